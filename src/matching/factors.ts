/**
 * The four factors of a candidate's score, each in [0, 1] with its reasons (formulas in
 * docs/design-choices.md, "Matching: trust- and conflict-aware ranking"). Pure: the day is the
 * request's `asOf`, never the clock.
 */
import { daysBetween, isStale } from '../capabilities/capability-facts.ts';
import type { CandidateFacts, PosterPlace, Reason, RequestSpec } from './matching.types.ts';
import type { MatchingWeights } from './weights.ts';

/** A factor's value and the reasons that explain it. */
export interface Scored {
  value: number;
  reasons: Reason[];
}

/** Level 1 (basic) counts 0.6, level 2 counts 0.8, level 3 (expert) counts 1. */
export const levelValue = (level: number): number => 0.4 + 0.2 * Math.min(3, Math.max(1, level));

/**
 * Capability fit = mean over the asked processes of levelValue (0 when missing)
 * × missingCertificationPenalty^(certifications missing) × (belowMinOrderPenalty when quantity < min order).
 * No asked process: the process part is 1.
 */
export function capabilityFit(spec: RequestSpec, c: CandidateFacts, w: MatchingWeights): Scored {
  const reasons: Reason[] = [];
  const codes = spec.processCodes;
  let processPart = 1;
  if (codes.length > 0) {
    const levels = codes.map((code) => c.capability.processLevels[code] ?? 0);
    const covered = levels.filter((l) => l > 0).length;
    processPart = levels.reduce((sum, l) => sum + (l > 0 ? levelValue(l) : 0), 0) / codes.length;
    reasons.push(
      covered === codes.length
        ? { code: 'processes_all', params: { count: codes.length } }
        : { code: 'processes_some', params: { covered, total: codes.length } },
    );
    const expert = levels.filter((l) => l >= 3).length;
    if (expert > 0) reasons.push({ code: 'expert_levels', params: { count: expert } });
  }
  const held = new Set(c.capability.validCertifications);
  const missing = spec.requiredCertifications.filter((kind) => !held.has(kind));
  if (spec.requiredCertifications.length > 0) {
    reasons.push(
      missing.length === 0
        ? { code: 'certifications_all', params: { count: spec.requiredCertifications.length } }
        : { code: 'certifications_missing', params: { kinds: missing.join(', '), count: missing.length } },
    );
  }
  let value = processPart * w.missingCertificationPenalty ** missing.length;
  const minOrder = c.capability.minOrderQty;
  if (minOrder !== null && sameUnit(c.capability.capacityUnit, spec.unit) && spec.quantity < minOrder) {
    value *= w.belowMinOrderPenalty;
    reasons.push({ code: 'below_min_order', params: { minOrder, unit: spec.unit } });
  }
  return { value, reasons };
}

/**
 * Spare = spareFloor + (1 − spareFloor) × share, where share is the part of the quantity the free monthly
 * capacity covers (capacity × spare% ÷ quantity, at most 1) when the units agree, else spare% ÷ 100;
 * an unknown spare capacity counts 25 %. Stale (unconfirmed for more than `staleDays`, or never):
 * × stalePenalty.
 */
export function spareFactor(spec: RequestSpec, c: CandidateFacts, w: MatchingWeights): Scored {
  const reasons: Reason[] = [];
  const { sparePct, monthlyCapacity, capacityUnit, spareConfirmedOn } = c.capability;
  let share: number;
  if (sparePct === null) {
    share = 0.25;
    reasons.push({ code: 'spare_unknown', params: {} });
  } else if (monthlyCapacity !== null && sameUnit(capacityUnit, spec.unit)) {
    const free = (monthlyCapacity * sparePct) / 100;
    share = Math.min(1, free / spec.quantity);
    reasons.push({ code: 'spare_covers', params: { pct: sparePct, covers: Math.round(share * 100) } });
  } else {
    share = sparePct / 100;
    reasons.push({ code: 'spare_pct', params: { pct: sparePct } });
  }
  let value = w.spareFloor + (1 - w.spareFloor) * share;
  const age = spareConfirmedOn === null ? null : daysBetween(spareConfirmedOn, spec.asOf);
  if (sparePct !== null && isStale(spareConfirmedOn, spec.asOf, w.staleDays)) {
    value *= w.stalePenalty;
    reasons.push({ code: 'stale_profile', params: { days: age ?? -1, limit: w.staleDays } });
  }
  return { value, reasons };
}

/**
 * Proximity by the poster's place: a member of the poster's centre 1; same regency (region code's first
 * two parts) 0.85; same province 0.7; farther 0.5. Without a poster enterprise every candidate is in a
 * centre the buyer chose: 1.
 */
export function proximityFactor(place: PosterPlace | null, c: CandidateFacts): Scored {
  if (place === null || place.centerIds.includes(c.centerId)) {
    return { value: 1, reasons: place === null ? [] : [{ code: 'same_center', params: {} }] };
  }
  const prefix = (code: string | null, parts: number) => code?.split('.').slice(0, parts).join('.') ?? null;
  const same = (parts: number) =>
    prefix(place.regionCode, parts) !== null &&
    prefix(place.regionCode, parts) === prefix(c.regionCode, parts);
  if (same(2)) return { value: 0.85, reasons: [{ code: 'same_regency', params: {} }] };
  if (same(1)) return { value: 0.7, reasons: [{ code: 'same_province', params: {} }] };
  return { value: 0.5, reasons: [{ code: 'far', params: {} }] };
}

/**
 * Fairness (only when asked) = (1 − fairnessAwardedShare × awarded ÷ most awarded among the candidates)
 * × (1 − fairnessNonMicro when not micro): spreads work to firms that got less this quarter, and to micro firms.
 */
export function fairnessFactor(c: CandidateFacts, mostAwarded: number, w: MatchingWeights): Scored {
  const reasons: Reason[] = [];
  const share = mostAwarded > 0 ? c.awardedThisQuarter / mostAwarded : 0;
  let value = 1 - w.fairnessAwardedShare * share;
  if (mostAwarded > 0 && share < 0.5) {
    reasons.push({ code: 'fair_awarded', params: { pct: Math.round(share * 100) } });
  }
  if (c.isMicro) reasons.push({ code: 'fair_micro', params: {} });
  else value *= 1 - w.fairnessNonMicro;
  return { value, reasons };
}

function sameUnit(a: string | null, b: string): boolean {
  return a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

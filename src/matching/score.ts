/**
 * The explained, trust- and conflict-aware candidate ranking (issue #18, point 3):
 * score = capability^w₁ × spare^w₂ × trust^w₃ × proximity^w₄ (× fairness^w₅ when asked), each factor in
 * [0, 1] (factors.ts, trust.ts). Candidates in conflict with the poster are set apart with their reasons
 * unless `includeConflicted`. Pure and deterministic: equal scores are ordered by name, then id.
 */
import { capabilityFit, fairnessFactor, proximityFactor, spareFactor } from './factors.ts';
import type {
  CandidateFacts,
  ConflictedCandidate,
  Factors,
  PosterPlace,
  RankedCandidate,
  Ranking,
  Reason,
  RequestSpec,
} from './matching.types.ts';
import { trustFactor } from './trust.ts';
import { DEFAULT_WEIGHTS, type MatchingWeights } from './weights.ts';

/** How to rank. */
export interface RankOptions {
  weights?: MatchingWeights;
  /** Rank candidates in conflict with the poster too (they keep their conflict reasons). */
  includeConflicted?: boolean;
  /** Multiply by the fairness factor, spreading awards across micro firms. */
  fair?: boolean;
  /** Where the poster is; null for an outside buyer. */
  poster?: PosterPlace | null;
}

/** Ranks `candidates` for `spec`. */
export function rankCandidates(
  spec: RequestSpec,
  candidates: readonly CandidateFacts[],
  options: RankOptions = {},
): Ranking {
  const w = options.weights ?? DEFAULT_WEIGHTS;
  const qualified = candidates.filter((c) => mastersAny(spec, c));
  const conflicted: ConflictedCandidate[] = [];
  const rankable: CandidateFacts[] = [];
  for (const c of qualified) {
    if (c.conflicts.length > 0) {
      conflicted.push({
        enterpriseId: c.enterpriseId,
        name: c.name,
        centerId: c.centerId,
        reasons: conflictReasons(c),
      });
      if (options.includeConflicted) rankable.push(c);
    } else {
      rankable.push(c);
    }
  }
  const mostAwarded = Math.max(0, ...rankable.map((c) => c.awardedThisQuarter));
  const scored = rankable.map((c) => scoreOne(spec, c, w, options, mostAwarded));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.name.localeCompare(b.name) ||
      (a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : 0),
  );
  scored.forEach((c, i) => {
    c.rank = i + 1;
  });
  conflicted.sort((a, b) => a.name.localeCompare(b.name));
  return { ranked: scored, conflicted, unqualified: candidates.length - qualified.length };
}

/** Scores one candidate: the weighted product of its factors, with every factor's reasons. */
function scoreOne(
  spec: RequestSpec,
  c: CandidateFacts,
  w: MatchingWeights,
  options: RankOptions,
  mostAwarded: number,
): RankedCandidate {
  const capability = capabilityFit(spec, c, w);
  const spare = spareFactor(spec, c, w);
  const trust = trustFactor(spec.posterEnterpriseId, spec.asOf, c, w);
  const proximity = proximityFactor(options.poster ?? null, c);
  const fairness = options.fair ? fairnessFactor(c, mostAwarded, w) : { value: 1, reasons: [] };
  const factors: Factors = {
    capability: capability.value,
    spare: spare.value,
    trust: trust.value,
    proximity: proximity.value,
    fairness: fairness.value,
  };
  const score =
    capability.value ** w.capability *
    spare.value ** w.spare *
    trust.value ** w.trust *
    proximity.value ** w.proximity *
    (options.fair ? fairness.value ** w.fairness : 1);
  const reasons = [
    ...capability.reasons,
    ...spare.reasons,
    ...trust.reasons,
    ...proximity.reasons,
    ...fairness.reasons,
    ...(c.conflicts.length > 0 ? conflictReasons(c) : []),
  ];
  return {
    rank: 0,
    enterpriseId: c.enterpriseId,
    name: c.name,
    centerId: c.centerId,
    score,
    factors,
    reasons,
  };
}

/** A candidate masters at least one asked process (any member qualifies when none is asked). */
function mastersAny(spec: RequestSpec, c: CandidateFacts): boolean {
  return (
    spec.processCodes.length === 0 ||
    spec.processCodes.some((code) => (c.capability.processLevels[code] ?? 0) > 0)
  );
}

/** The reasons a candidate is set apart: each conflict tie and open case with the poster. */
function conflictReasons(c: CandidateFacts): Reason[] {
  return c.conflicts.map(
    (f): Reason =>
      f.kind === 'tie'
        ? { code: 'conflict_tie', params: { type: f.type, since: f.since } }
        : { code: 'open_case', params: { caseId: f.caseId, since: f.since } },
  );
}

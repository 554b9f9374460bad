import type { CertificationKind } from '../capabilities/capabilities.constants.ts';
import type { CapabilityFactsInput } from '../capabilities/capability-facts.ts';
import { capabilityFacts } from '../capabilities/capability-facts.ts';
import type { Db } from '../db/database.ts';
import { umkmClass } from '../enterprises/size-classes.ts';
import { type CandidateRow, candidateRows } from './candidates.repo.ts';
import {
  awardedRows,
  type CandidateScope,
  conflictRows,
  deliveryRows,
  historyTieRows,
  posterPlaceRow,
  weightRows,
} from './matching.repo.ts';
import type {
  CandidateFacts,
  CapabilityFacts,
  PosterPlace,
  RequestSpec,
  TrustFacts,
} from './matching.types.ts';
import { NO_HISTORY, summaryCovers, trustFromRows, trustFromSummary } from './trust-facts.ts';
import type { TrustSummaryRow } from './trust-summary.repo.ts';
import { type MatchingWeights, weightsWith } from './weights.ts';

/** Everything the ranking of one spec needs from the database. */
export interface LoadedFacts {
  candidates: CandidateFacts[];
  poster: PosterPlace | null;
  weights: MatchingWeights;
}

/** Where trust comes from: the trust summary (the default) or the live ties and awards. */
export type TrustSource = 'summary' | 'live';

const NO_PROFILE: CapabilityFacts = {
  processLevels: {},
  validCertifications: [],
  monthlyCapacity: null,
  capacityUnit: null,
  sparePct: null,
  spareConfirmedOn: null,
  leadTimeDays: null,
  minOrderQty: null,
  acceptsToll: false,
  acceptsSubcontract: false,
  acceptsClientMaterials: false,
};

/**
 * Loads the facts of every member of the spec's target centres (the poster itself left out): the members
 * with their profiles and trust summaries in one query, conflicts, awards, the poster's place and the
 * weights beside it, whatever the number of members. Trust is read from the summary unless `source` is
 * 'live' or the ranking day is before a summarised tie (then from the ties).
 * The weights are those of the first target centre (by id) that stored its own, else the defaults.
 */
export async function loadCandidateFacts(
  db: Db,
  spec: RequestSpec,
  source: TrustSource = 'summary',
): Promise<LoadedFacts> {
  const centers = spec.targetCenterIds;
  const posterId = spec.posterEnterpriseId;
  const scope = { centerIds: centers, asOf: spec.asOf, processCodes: spec.processCodes };
  const [members, conflicts, awarded, place, weights] = await Promise.all([
    candidateRows(db, scope, posterId),
    posterId ? conflictRows(db, scope, posterId) : Promise.resolve([]),
    awardedRows(db, scope, quarterStart(spec.asOf)),
    posterId ? posterPlaceRow(db, posterId, spec.asOf) : Promise.resolve(undefined),
    weightRows(db, centers),
  ]);
  const trustOf = await trustFacts(db, scope, members, posterId, source);
  const conflictsOf = new Map<string, CandidateFacts['conflicts'][number][]>();
  for (const c of conflicts) {
    conflictsOf.set(c.enterprise_id, [
      ...(conflictsOf.get(c.enterprise_id) ?? []),
      { kind: 'tie', type: c.type, since: c.since },
    ]);
  }
  const awardedOf = new Map(awarded.map((a) => [a.enterprise_id, a.volume]));
  const candidates = members
    .filter((m) => m.id !== posterId)
    .map(
      (m): CandidateFacts => ({
        enterpriseId: m.id,
        name: m.name,
        centerId: m.center_id,
        regionCode: m.region_code,
        isMicro: isMicro(m),
        capability: capabilityOf(m, spec.asOf),
        trust: trustOf.get(m.id) ?? NO_HISTORY,
        conflicts: conflictsOf.get(m.id) ?? [],
        awardedThisQuarter: awardedOf.get(m.id) ?? 0,
      }),
    );
  const poster = place ? { centerIds: place.center_ids, regionCode: place.region_code } : null;
  return { candidates, poster, weights: weightsWith(weights[0]?.weights) };
}

/** Trust facts of the members: from their summaries when those cover the day, else from the live rows. */
async function trustFacts(
  db: Db,
  scope: CandidateScope,
  members: readonly CandidateRow[],
  posterId: string | null,
  source: TrustSource,
): Promise<Map<string, TrustFacts>> {
  if (source === 'summary') {
    const rows = summariesOf(members);
    if (summaryCovers(rows, scope.asOf)) return trustFromSummary(rows, posterId, scope.asOf);
  }
  const [ties, deliveries] = await Promise.all([historyTieRows(db, scope), deliveryRows(db, scope)]);
  return trustFromRows(ties, deliveries);
}

/** The trust summaries carried by the member rows (those that have one). */
function summariesOf(members: readonly CandidateRow[]): TrustSummaryRow[] {
  const rows: TrustSummaryRow[] = [];
  for (const m of members) {
    if (m.summary_id === null) continue;
    rows.push({
      enterprise_id: m.id,
      job_days: m.job_days ?? {},
      breach_count: m.breach_count ?? 0,
      delivery_count: m.delivery_count ?? 0,
      on_time_count: m.on_time_count ?? 0,
      rating_sum: m.rating_sum ?? 0,
      rating_count: m.rating_count ?? 0,
      late_ties: m.late_ties ?? [],
      horizon: m.horizon,
      poster_job_days: m.poster_job_days ?? {},
      poster_delivery_count: m.poster_delivery_count ?? 0,
      poster_on_time_count: m.poster_on_time_count ?? 0,
    });
  }
  return rows;
}

/** The capability facts by the rules of src/capabilities (certificate validity, staleness) on `asOf`. */
function capabilityOf(m: CandidateRow, asOf: string): CapabilityFacts {
  if (m.profile_id === null) return NO_PROFILE;
  const levels = m.process_levels ?? [];
  const from = m.cert_from ?? [];
  const until = m.cert_until ?? [];
  const input: CapabilityFactsInput = {
    enterpriseId: m.id,
    processes: (m.process_codes ?? []).map((code, i) => ({ processCode: code, level: levels[i] ?? 0 })),
    certifications: (m.cert_kinds ?? []).map((kind, i) => ({
      kind: kind as CertificationKind,
      validFrom: from[i] ?? null,
      validUntil: until[i] ?? null,
    })),
    monthlyCapacity: m.monthly_capacity,
    capacityUnit: m.capacity_unit,
    spareCapacityPct: m.spare_capacity_pct,
    spareConfirmedOn: m.spare_confirmed_on,
    leadTimeDays: m.lead_time_days,
    minOrderQty: m.min_order_qty,
    acceptsToll: m.accepts_toll ?? false,
    acceptsSubcontract: m.accepts_subcontract ?? false,
    acceptsClientMaterials: m.accepts_client_materials ?? false,
  };
  const f = capabilityFacts(input, asOf);
  return {
    processLevels: f.processLevels,
    validCertifications: f.validCertifications,
    monthlyCapacity: f.monthlyCapacity,
    capacityUnit: f.capacityUnit,
    sparePct: f.spareCapacityPct,
    spareConfirmedOn: f.spareConfirmedOn,
    leadTimeDays: f.leadTimeDays,
    minOrderQty: f.minOrderQty,
    acceptsToll: f.acceptsToll,
    acceptsSubcontract: f.acceptsSubcontract,
    acceptsClientMaterials: f.acceptsClientMaterials,
  };
}

/** Micro under PP 7/2021 (sales, else capital) from the latest year recorded; unknown counts as not micro. */
function isMicro(m: CandidateRow): boolean {
  if (m.year === null) return false;
  const verdict = umkmClass({
    year: m.year,
    workersMale: m.workers_male,
    workersFemale: m.workers_female,
    investmentExclLandBuilding: m.investment_excl_land_building,
    businessCapital: m.business_capital,
    annualSales: m.annual_sales,
  });
  return verdict.class === 'micro';
}

/** The first day of the quarter of `day`. */
export function quarterStart(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

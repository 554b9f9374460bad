import { certificationStatus } from '../capabilities/capability-facts.ts';
import type { Db } from '../db/database.ts';
import { umkmClass } from '../enterprises/size-classes.ts';
import {
  awardedRows,
  type CandidateScope,
  conflictRows,
  deliveryRows,
  historyTieRows,
  type MemberRow,
  memberRows,
  type ProfileRow,
  posterPlaceRow,
  profileRows,
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
import { trustSummaryRows } from './trust-summary.repo.ts';
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
 * Loads the facts of every member of the spec's target centres (the poster itself left out) in eight
 * set-based queries, whatever the number of members; trust is read from the trust summary, one row per
 * candidate, unless `source` is 'live' or the ranking day is before a summarised tie (then from the ties).
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
  const [members, profiles, trustOf, conflicts, awarded, place, weights] = await Promise.all([
    memberRows(db, centers, spec.asOf),
    profileRows(db, scope),
    trustFacts(db, scope, posterId, source),
    posterId ? conflictRows(db, scope, posterId) : Promise.resolve([]),
    awardedRows(db, scope, quarterStart(spec.asOf)),
    posterId ? posterPlaceRow(db, posterId, spec.asOf) : Promise.resolve(undefined),
    weightRows(db, centers),
  ]);
  const profileOf = new Map(profiles.map((p) => [p.enterprise_id, p]));
  const conflictsOf = new Map<string, CandidateFacts['conflicts'][number][]>();
  for (const c of conflicts) {
    const known = conflictsOf.get(c.enterprise_id);
    const fact = { kind: 'tie' as const, type: c.type, since: c.since };
    if (known) known.push(fact);
    else conflictsOf.set(c.enterprise_id, [fact]);
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
        capability: capabilityOf(profileOf.get(m.id), spec.asOf),
        trust: trustOf.get(m.id) ?? NO_HISTORY,
        conflicts: conflictsOf.get(m.id) ?? [],
        awardedThisQuarter: awardedOf.get(m.id) ?? 0,
      }),
    );
  const poster = place ? { centerIds: place.center_ids, regionCode: place.region_code } : null;
  return { candidates, poster, weights: weightsWith(weights[0]?.weights) };
}

/** Trust facts of the scope's members: from the summary when it covers the day, else from the live rows. */
async function trustFacts(
  db: Db,
  scope: CandidateScope,
  posterId: string | null,
  source: TrustSource,
): Promise<Map<string, TrustFacts>> {
  if (source === 'summary') {
    const rows = await trustSummaryRows(db, scope, posterId);
    if (summaryCovers(rows, scope.asOf)) return trustFromSummary(rows, posterId, scope.asOf);
  }
  const [ties, deliveries] = await Promise.all([historyTieRows(db, scope), deliveryRows(db, scope)]);
  return trustFromRows(ties, deliveries);
}

/**
 * The capability facts on `asOf`, certificate validity by src/capabilities' rule (certificationStatus), built
 * straight from the row: no intermediate input object, nothing matching does not read (GC was a sixth of a
 * ranking's CPU).
 */
function capabilityOf(p: ProfileRow | undefined, asOf: string): CapabilityFacts {
  if (!p) return NO_PROFILE;
  const processLevels: Record<string, number> = {};
  for (const x of p.processes) processLevels[x.code] = x.level;
  const valid: string[] = [];
  for (const c of p.certifications) {
    if (!valid.includes(c.kind) && certificationStatus(c, asOf) === 'valid') valid.push(c.kind);
  }
  return {
    processLevels,
    validCertifications: valid.sort(),
    monthlyCapacity: p.monthly_capacity,
    capacityUnit: p.capacity_unit,
    sparePct: p.spare_capacity_pct,
    spareConfirmedOn: p.spare_confirmed_on,
    leadTimeDays: p.lead_time_days,
    minOrderQty: p.min_order_qty,
    acceptsToll: p.accepts_toll,
    acceptsSubcontract: p.accepts_subcontract,
    acceptsClientMaterials: p.accepts_client_materials,
  };
}

/** Micro under PP 7/2021 (sales, else capital) from the latest year recorded; unknown counts as not micro. */
function isMicro(m: MemberRow): boolean {
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

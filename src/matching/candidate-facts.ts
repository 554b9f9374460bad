import type { Db } from '../db/database.ts';
import { umkmClass } from '../enterprises/size-classes.ts';
import {
  awardedRows,
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
import type { CandidateFacts, CapabilityFacts, PastJob, PosterPlace, RequestSpec } from './matching.types.ts';
import { type MatchingWeights, weightsWith } from './weights.ts';

/** Everything the ranking of one spec needs from the database. */
export interface LoadedFacts {
  candidates: CandidateFacts[];
  poster: PosterPlace | null;
  weights: MatchingWeights;
}

/** Trust facts while they are being gathered. */
interface MutableTrust {
  jobs: PastJob[];
  deliveries: { clientId: string | null; onTime: boolean }[];
  ratingAverage: number | null;
  ratingCount: number;
  breaches: number;
}

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
 * Loads the facts of every member of the spec's target centres (the poster itself left out) in nine
 * set-based queries, whatever the number of members. The weights are those of the first target centre
 * (by id) that stored its own, else the defaults.
 */
export async function loadCandidateFacts(db: Db, spec: RequestSpec): Promise<LoadedFacts> {
  const centers = spec.targetCenterIds;
  const posterId = spec.posterEnterpriseId;
  const scope = { centerIds: centers, asOf: spec.asOf, processCodes: spec.processCodes };
  const [members, profiles, ties, deliveries, conflicts, awarded, place, weights] = await Promise.all([
    memberRows(db, centers, spec.asOf),
    profileRows(db, scope),
    historyTieRows(db, scope),
    deliveryRows(db, scope),
    posterId ? conflictRows(db, scope, posterId) : Promise.resolve([]),
    awardedRows(db, scope, quarterStart(spec.asOf)),
    posterId ? posterPlaceRow(db, posterId, spec.asOf) : Promise.resolve(undefined),
    weightRows(db, centers),
  ]);
  const profileOf = new Map(profiles.map((p) => [p.enterprise_id, p]));
  const trustOf = new Map<string, MutableTrust>();
  const trust = (id: string): MutableTrust => {
    const known = trustOf.get(id);
    if (known) return known;
    const fresh: MutableTrust = {
      jobs: [],
      deliveries: [],
      ratingAverage: null,
      ratingCount: 0,
      breaches: 0,
    };
    trustOf.set(id, fresh);
    return fresh;
  };
  for (const tie of ties) {
    const t = trust(tie.maker_id);
    if (tie.type === 'BREACH_OF_CONTRACT') t.breaches += 1;
    else if (tie.client_id) t.jobs.push({ clientId: tie.client_id, lastDay: tie.last_day });
  }
  for (const d of deliveries) {
    const t = trust(d.enterprise_id);
    t.deliveries.push({ clientId: d.client_id, onTime: d.on_time });
    if (d.rating !== null) {
      t.ratingAverage = ((t.ratingAverage ?? 0) * t.ratingCount + d.rating) / (t.ratingCount + 1);
      t.ratingCount += 1;
    }
  }
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
        capability: capabilityOf(profileOf.get(m.id)),
        trust: trustOf.get(m.id) ?? {
          jobs: [],
          deliveries: [],
          ratingAverage: null,
          ratingCount: 0,
          breaches: 0,
        },
        conflicts: conflictsOf.get(m.id) ?? [],
        awardedThisQuarter: awardedOf.get(m.id) ?? 0,
      }),
    );
  const poster = place ? { centerIds: place.center_ids, regionCode: place.region_code } : null;
  return { candidates, poster, weights: weightsWith(weights[0]?.weights) };
}

function capabilityOf(p: ProfileRow | undefined): CapabilityFacts {
  if (!p) return NO_PROFILE;
  return {
    processLevels: Object.fromEntries(p.processes.map((x) => [x.code, x.level])),
    validCertifications: p.certifications,
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

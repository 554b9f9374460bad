import { chance, createRng, pick, type Rng, randInt } from '../demo/random.ts';
import type { CandidateFacts, PastJob, RequestSpec } from './matching.types.ts';

/** Processes of the synthetic footwear centre (codes as in the process taxonomy). */
export const SYNTHETIC_PROCESSES = [
  'footwear.pattern',
  'footwear.cutting',
  'footwear.upper',
  'footwear.lasting',
  'footwear.sole',
] as const;

/** A synthetic centre: its candidates' facts and a stream of requests posted by its members. */
export interface SyntheticCenter {
  centerId: string;
  candidates: CandidateFacts[];
  requests: RequestSpec[];
}

/**
 * A deterministic centre of `firms` enterprises and about `ties` maklun/subcontract/order-sharing ties,
 * with a heavy-tailed tie distribution (a few juragan get most of the work, as the field study found), for
 * the fairness report and the benchmark. Pure function of the seed.
 */
export function syntheticCenter(
  seed: number,
  centerId: string,
  firms: number,
  ties: number,
  asOf = '2026-06-30',
): SyntheticCenter {
  const rng = createRng(seed, `matching/${centerId}`);
  const ids = Array.from({ length: firms }, (_, i) => `${centerId}-e${i}`);
  const jobs = new Map<string, PastJob[]>(ids.map((id) => [id, []]));
  for (let t = 0; t < ties; t++) {
    // Squared uniform favours low indices: firm 0 is the biggest juragan.
    const maker = ids[Math.floor(rng() * rng() * firms)] ?? '';
    const client = pick(rng, ids);
    if (maker === client) continue;
    jobs.get(maker)?.push({ clientId: client, lastDay: dayBefore(asOf, randInt(rng, 1, 1500)) });
  }
  const candidates = ids.map((id, i) => candidate(rng, id, i, firms, centerId, jobs.get(id) ?? [], asOf));
  const requests = Array.from({ length: Math.max(10, Math.round(firms / 10)) }, () =>
    request(rng, ids, centerId, asOf),
  );
  return { centerId, candidates, requests };
}

function candidate(
  rng: Rng,
  id: string,
  i: number,
  firms: number,
  centerId: string,
  jobs: PastJob[],
  asOf: string,
): CandidateFacts {
  const processLevels: Record<string, number> = {};
  for (const code of SYNTHETIC_PROCESSES) if (chance(rng, 0.55)) processLevels[code] = randInt(rng, 1, 4);
  const big = i < firms / 20;
  const deliveries = jobs.slice(0, 5).map((j) => ({ clientId: j.clientId, onTime: chance(rng, 0.85) }));
  return {
    enterpriseId: id,
    name: `Firm ${String(i).padStart(5, '0')}`,
    centerId,
    regionCode: '32.73.17',
    isMicro: !big && chance(rng, 0.7),
    capability: {
      processLevels,
      validCertifications: chance(rng, 0.3) ? ['SNI'] : [],
      monthlyCapacity: big ? randInt(rng, 3000, 10000) : randInt(rng, 200, 2000),
      capacityUnit: 'pairs',
      sparePct: randInt(rng, 0, 100),
      spareConfirmedOn: dayBefore(asOf, randInt(rng, 0, 120)),
      leadTimeDays: randInt(rng, 3, 30),
      minOrderQty: chance(rng, 0.3) ? randInt(rng, 50, 500) : null,
      acceptsToll: chance(rng, 0.7),
      acceptsSubcontract: chance(rng, 0.6),
      acceptsClientMaterials: chance(rng, 0.5),
    },
    trust: {
      jobs,
      deliveries,
      ratingAverage: deliveries.length > 0 ? 3 + rng() * 2 : null,
      ratingCount: deliveries.length,
      breaches: chance(rng, 0.02) ? 1 : 0,
    },
    conflicts: [],
    awardedThisQuarter: 0,
  };
}

function request(rng: Rng, ids: string[], centerId: string, asOf: string): RequestSpec {
  const processCodes = SYNTHETIC_PROCESSES.filter(() => chance(rng, 0.5));
  return {
    processCodes: processCodes.length > 0 ? processCodes : ['footwear.lasting'],
    requiredCertifications: chance(rng, 0.2) ? ['SNI'] : [],
    quantity: randInt(rng, 100, 3000),
    unit: 'pairs',
    posterEnterpriseId: pick(rng, ids),
    targetCenterIds: [centerId],
    asOf,
  };
}

/** The day `days` before `day` (`YYYY-MM-DD`). */
export function dayBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

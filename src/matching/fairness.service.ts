import type { Db } from '../db/database.ts';
import { createRng, pick, randInt, shuffled } from '../demo/random.ts';
import { todayWib } from '../shared/periods.ts';
import { loadCandidateFacts } from './candidate-facts.ts';
import { type FairnessReport, fairnessReport, type ReplayedRequest } from './fairness-report.ts';
import { giniByCenterQuarter } from './gini.ts';
import { allProcessCodes, awardVolumeRows, centerNames, memberIdsByCenter } from './matching.repo.ts';

/** The Gini of awarded volume per centre and quarter, from the stored awards (members awarded nothing count). */
export async function awardGini(db: Db, centerIds: readonly string[], asOf = todayWib()) {
  const centers = await centerNames(db, centerIds);
  const ids = centers.map((c) => c.id);
  const [awards, members] = await Promise.all([awardVolumeRows(db, ids), memberIdsByCenter(db, ids, asOf)]);
  const byCenter = new Map<string, string[]>();
  for (const m of members) byCenter.set(m.center_id, [...(byCenter.get(m.center_id) ?? []), m.enterprise_id]);
  const rows = giniByCenterQuarter(
    awards.map((a) => ({
      centerId: a.center_id,
      enterpriseId: a.enterprise_id,
      quantity: a.quantity,
      awardedOn: a.awarded_on,
    })),
    byCenter,
  );
  const names = new Map(centers.map((c) => [c.id, c.name]));
  return rows.map((r) => ({ ...r, centerName: names.get(r.centerId) ?? r.centerId }));
}

/** A centre's replay: the Gini of awarded volume with and without the fairness option. */
export interface CenterFairness extends FairnessReport {
  centerId: string;
  centerName: string;
}

/**
 * Replays, per centre, a seeded stream of requests posted by its own members (one per five members, at
 * least ten; processes drawn from those its members master) and awards each to the top candidate, with
 * and without the fairness option (fairness-report.ts). Conflicts are left out of the replay: it asks only
 * how the option spreads the volume.
 */
export async function fairnessReplay(
  db: Db,
  centerIds: readonly string[],
  seed = 18,
  asOf = todayWib(),
): Promise<CenterFairness[]> {
  const codes = await allProcessCodes(db);
  const out: CenterFairness[] = [];
  for (const center of await centerNames(db, centerIds)) {
    const spec = {
      processCodes: codes,
      requiredCertifications: [],
      quantity: 1,
      unit: '',
      posterEnterpriseId: null,
      targetCenterIds: [center.id],
      asOf,
    };
    const { candidates, weights } = await loadCandidateFacts(db, spec);
    if (candidates.length < 2) continue;
    const rng = createRng(seed, `fairness/${center.id}`);
    const mastered = [...new Set(candidates.flatMap((c) => Object.keys(c.capability.processLevels)))].sort();
    const unit = candidates.find((c) => c.capability.capacityUnit)?.capability.capacityUnit ?? 'pcs';
    const requests: ReplayedRequest[] = Array.from(
      { length: Math.max(10, Math.round(candidates.length / 5)) },
      () => ({
        spec: {
          ...spec,
          processCodes: shuffled(rng, mastered).slice(0, randInt(rng, 1, 3)),
          quantity: randInt(rng, 100, 2000),
          unit,
          posterEnterpriseId: pick(rng, candidates).enterpriseId,
        },
        poster: { centerIds: [center.id], regionCode: null },
      }),
    );
    const plain = candidates.map((c) => ({ ...c, conflicts: [] }));
    out.push({ centerId: center.id, centerName: center.name, ...fairnessReport(requests, plain, weights) });
  }
  return out;
}

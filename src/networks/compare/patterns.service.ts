import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { interactionPolicy } from '../../interactions/interactions.policy.ts';
import { countTies } from '../analysis/analysis.repo.ts';
import { refreshAnalyses } from '../analysis/analysis.service.ts';
import { ANALYSIS_VERSION } from '../analysis/analyze-center.ts';
import { currentStoredPatterns } from './compare.repo.ts';
import type { CenterPatterns, PatternsQuery } from './compare.schema.ts';
import { REGION_COMPUTE_LIMIT, regionCenters } from './compare.service.ts';

/**
 * The pattern labels of every centre of a region (the whole country without one) that `actor` may read,
 * for the overview: only the `pattern` of each current stored analysis is read, in one query, however
 * many centres there are. Up to `REGION_COMPUTE_LIMIT` centres, missing or stale analyses are computed
 * first; beyond it they stay null (`simpul analyze --all` fills them). A centre where the actor does not
 * see every tie gets null: its stored label could reflect a confidential conflict (as `analysesFor`).
 */
export async function centerPatterns(db: Db, actor: Actor, query: PatternsQuery): Promise<CenterPatterns> {
  const ids = await regionCenters(db, actor, query.region);
  const visible = interactionPolicy.readScope(actor);
  let full = ids;
  if (visible !== undefined && ids.length > 0) {
    const [all, seen] = await Promise.all([
      countTies(db, ids, null, undefined),
      countTies(db, ids, null, visible),
    ]);
    full = ids.filter((id) => all.get(id) === seen.get(id));
  }
  if (full.length > 0 && full.length <= REGION_COMPUTE_LIMIT) {
    await refreshAnalyses(db, full, null, { returnResults: false });
  }
  const patterns = await currentStoredPatterns(db, full, ANALYSIS_VERSION);
  return { items: ids.map((id) => ({ centerId: id, pattern: patterns.get(id) ?? null })) };
}

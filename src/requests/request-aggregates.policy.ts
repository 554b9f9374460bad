import type { Actor } from '../auth/actor.ts';
import { assertInScope, readBy, regionInScope } from '../auth/policy.ts';
import { centerScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { requestPolicy } from './requests.policy.ts';
import { centersInPredicate } from './requests.repo.ts';

/**
 * Who reads the request aggregates: researchers, the ministry and admins over the whole country; regional
 * officers and centre managers over the requests they may read (aimed at a centre, or posted by a firm,
 * in their scope). Enterprise users and viewers do not: the counts of a centre's market are the
 * officers' and researchers' business, and a firm has its own requests on the requests screen. The
 * aggregates name no firm, so researchers (who see no request) may read them.
 */
export const requestAggregatesPolicy = {
  read: readBy('admin', 'ministry', 'researcher', 'regional_officer', 'center_manager'),

  /** Requests (alias `r`) counted for the actor; undefined = all. */
  scope(actor: Actor): ScopePredicate {
    if (actor.kind === 'user' && actor.role === 'researcher') return undefined;
    return requestPolicy.readScope(actor);
  },
};

/**
 * 403 when a scoped reader filters by a centre or region outside their scope: the answer would be empty,
 * and an empty answer would read as "no requests there" rather than "not yours to see".
 */
export async function assertMayFilterAggregates(
  db: Db,
  actor: Actor,
  filter: { regionCode?: string | undefined; centerId?: string | undefined },
): Promise<void> {
  if (actor.kind !== 'user' || !['regional_officer', 'center_manager'].includes(actor.role)) return;
  if (filter.centerId) {
    assertInScope(await centersInPredicate(db, [filter.centerId], centerScope(actor, 't.id')));
  }
  if (filter.regionCode && actor.role === 'regional_officer') {
    assertInScope(regionInScope(actor, filter.regionCode));
  }
}

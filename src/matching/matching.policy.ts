import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { assertInScope, isNational, readBy, writeBy } from '../auth/policy.ts';
import { centerScope, enterpriseScope } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { idsOutside, requestAccessRow } from './matching.repo.ts';
import type { MatchingDraft } from './matching.schema.ts';

/**
 * Who may see a ranking of candidates (issue #18, Access). A ranking names firms and their conflicts
 * with the poster, so it is shown only to the poster (the user who posted the request, or a user of the
 * posting enterprise) and to officers whose scope covers a target centre; national roles see all. A
 * draft's ranking needs what posting the request would: officers for centres in their scope, an
 * enterprise for its own firm and centres its firms belong to.
 */
export const matchingPolicy = {
  candidates: readBy('admin', 'ministry', 'regional_officer', 'center_manager', 'enterprise'),
  preview: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise'),
};

/** 403 unless the actor is the request's poster or an officer of a target centre; a missing request passes (404 later). */
export async function assertMayReadCandidates(db: Db, actor: Actor, requestId: string): Promise<void> {
  if (isNational(actor) || !isUuid(requestId)) return;
  if (actor.kind !== 'user') return assertInScope(false);
  const officer = actor.role === 'center_manager' || actor.role === 'regional_officer';
  const centers = (officer ? centerScope(actor, 'pc.center_id') : undefined) ?? sql<boolean>`false`;
  const row = await requestAccessRow(db, requestId, actor.userId, actor.scopes.enterprises, centers);
  if (row) assertInScope(row.own || row.targets_in_scope);
}

/** 403 unless the actor could post `draft`: its poster and every target centre within the actor's reach. */
export async function assertMayPreview(db: Db, actor: Actor, draft: MatchingDraft): Promise<void> {
  if (isNational(actor)) return;
  if (actor.kind !== 'user') return assertInScope(false);
  const poster = draft.posterEnterpriseId ?? null;
  if (actor.role === 'enterprise') {
    assertInScope(poster !== null && actor.scopes.enterprises.includes(poster));
    const theirs = sql<boolean>`t.id IN (SELECT cm.center_id FROM center_memberships cm
      WHERE cm.enterprise_id = ANY(${actor.scopes.enterprises}::uuid[]))`;
    assertInScope((await idsOutside(db, 'centers', draft.targetCenterIds, theirs)).length === 0);
    return;
  }
  const centers = centerScope(actor, 't.id') ?? sql<boolean>`true`;
  assertInScope((await idsOutside(db, 'centers', draft.targetCenterIds, centers)).length === 0);
  if (poster !== null) {
    const enterprises = enterpriseScope(actor, 't.id') ?? sql<boolean>`true`;
    assertInScope((await idsOutside(db, 'enterprises', [poster], enterprises)).length === 0);
  }
}

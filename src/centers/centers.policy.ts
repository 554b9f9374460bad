import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { assertInScope, isAdmin, PUBLIC, regionInScope, roleAllows, writeBy } from '../auth/policy.ts';
import { centerScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { membershipPolicy } from '../memberships/memberships.policy.ts';
import { findCenterRegionCodes } from './centers.repo.ts';

/** The parts of a centre its rules look at. */
export interface CenterScopeFacts {
  id: string;
  regionCodes: readonly string[];
}

/**
 * Who may do what with centres. A centre's profile (name, product, regions, figures) is public: it is
 * aggregate, non-personal data, and Dinas offices publish it. Writes belong to the national admin, the
 * regional officers whose regions cover the centre, and (profile edits only) the centre's managers.
 */
export const centerPolicy = {
  read: PUBLIC,
  register: writeBy('admin', 'regional_officer'),
  edit: writeBy('admin', 'regional_officer', 'center_manager'),
  archive: writeBy('admin', 'regional_officer'),

  /** Create: admin, or a regional officer whose scope covers every region of the new centre. */
  canCreate(actor: Actor, regionCodes: readonly string[]): boolean {
    if (isAdmin(actor)) return true;
    return (
      actor.kind === 'user' &&
      actor.role === 'regional_officer' &&
      regionCodes.length > 0 &&
      regionCodes.every((code) => regionInScope(actor, code))
    );
  },

  /** Edit the profile: admin, a regional officer covering any of its regions, or one of its managers. */
  canUpdate(actor: Actor, center: CenterScopeFacts): boolean {
    if (isAdmin(actor)) return true;
    if (actor.kind !== 'user') return false;
    if (actor.role === 'regional_officer')
      return center.regionCodes.some((code) => regionInScope(actor, code));
    if (actor.role === 'center_manager') return actor.scopes.centers.includes(center.id);
    return false;
  },

  /** Archive or restore: admin or a covering regional officer (a manager cannot retire their own centre). */
  canArchive(actor: Actor, center: CenterScopeFacts): boolean {
    if (isAdmin(actor)) return true;
    return (
      actor.kind === 'user' &&
      actor.role === 'regional_officer' &&
      center.regionCodes.some((code) => regionInScope(actor, code))
    );
  },
};

/** 403 unless `rule` allows the actor on the centre `id` (a missing centre falls through to the service's 404). */
export async function checkCenter(
  db: Db,
  actor: Actor,
  id: string,
  rule: (actor: Actor, center: { id: string; regionCodes: string[] }) => boolean,
): Promise<void> {
  const regionCodes = isUuid(id) ? await findCenterRegionCodes(db, id) : undefined;
  if (regionCodes) assertInScope(rule(actor, { id, regionCodes }));
}

/**
 * The centres (by `idColumn`) a list asked for `usableFor` may show `actor`: those whose member list (and
 * so network) they may read, or those in their editing scope. Nothing for a role the route rule refuses.
 */
export function centerListScope(
  actor: Actor,
  usableFor: 'members' | 'edit',
  idColumn: string,
): ScopePredicate {
  const rule = usableFor === 'members' ? membershipPolicy.read : centerPolicy.edit;
  if (actor.kind === 'anonymous') return sql<boolean>`false`;
  if (actor.kind === 'user' && !roleAllows(actor.role, actor.readOnly, rule)) return sql<boolean>`false`;
  return usableFor === 'members'
    ? membershipPolicy.readScope(actor, 'center')(idColumn)
    : centerScope(actor, idColumn);
}

import type { Actor, Role } from '../auth/actor.ts';
import { readBy, writeBy } from '../auth/policy.ts';
import { centerScope, institutionScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { MembershipKind } from './memberships.rules.ts';

const READERS: Role[] = ['admin', 'ministry', 'regional_officer', 'center_manager', 'researcher'];

/**
 * Member lists name enterprises (often the owner's own name), so they are for signed-in officers,
 * managers and (pseudonymised) researchers. Admins, regional officers and the centre's managers keep the
 * list; the scope check is on the centre or institution, and on the enterprise joining.
 */
export const membershipPolicy = {
  read: readBy(...READERS),
  edit: writeBy('admin', 'regional_officer', 'center_manager'),

  /** Centres or institutions whose member lists the actor may read (researchers: all of them). */
  readScope(actor: Actor, kind: MembershipKind): (idColumn: string) => ScopePredicate {
    if (actor.kind === 'user' && actor.role === 'researcher') return () => undefined;
    return membershipPolicy.ownerScope(actor, kind);
  },

  /** Centres or institutions whose member lists the actor may change. */
  ownerScope(actor: Actor, kind: MembershipKind): (idColumn: string) => ScopePredicate {
    return (idColumn) =>
      kind === 'center' ? centerScope(actor, idColumn) : institutionScope(actor, idColumn);
  },

  /**
   * A centre manager may enrol in their own centre an enterprise located in one of the centre's regions
   * (a village code, or below one): a firm that is not yet a member is not yet in their scope.
   */
  mayEnrolByLocation(
    actor: Actor,
    center: { id: string; regionCodes: readonly string[] },
    enterpriseRegion: string | null,
  ): boolean {
    if (actor.kind !== 'user' || actor.role !== 'center_manager') return false;
    if (!actor.scopes.centers.includes(center.id) || !enterpriseRegion) return false;
    return center.regionCodes.some(
      (code) => enterpriseRegion === code || enterpriseRegion.startsWith(`${code}.`),
    );
  },
};

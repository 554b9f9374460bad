import type { Actor, Role } from '../auth/actor.ts';
import { isAdmin, readBy, regionInScope, writeBy } from '../auth/policy.ts';
import { enterpriseScope, type ScopePredicate } from '../auth/scope-sql.ts';

const READERS: Role[] = [
  'admin',
  'ministry',
  'regional_officer',
  'center_manager',
  'enterprise',
  'researcher',
];
const EDITORS: Role[] = ['admin', 'regional_officer', 'center_manager', 'enterprise'];

/**
 * Enterprises hold personal data (owner, phone, address, NIB): no anonymous or viewer access. National
 * roles see all; researchers see all but pseudonymised; others see their scope. Regional officers and
 * admins register and archive enterprises; centre managers and the enterprise itself may edit its profile
 * and yearly figures.
 */
export const enterprisePolicy = {
  read: readBy(...READERS),
  edit: writeBy(...EDITORS),
  register: writeBy('admin', 'regional_officer'),
  archive: writeBy('admin', 'regional_officer'),

  /** Which enterprises the actor may read. */
  readScope(actor: Actor): (idColumn: string) => ScopePredicate {
    return (idColumn) =>
      actor.kind === 'user' && actor.role === 'researcher' ? undefined : enterpriseScope(actor, idColumn);
  },

  /** Which enterprises the actor may change. */
  editScope(actor: Actor): (idColumn: string) => ScopePredicate {
    return (idColumn) => enterpriseScope(actor, idColumn);
  },

  /** May the actor place an enterprise in `regionCode` (registering it, or moving it there)? */
  canPlace(actor: Actor, regionCode: string): boolean {
    if (isAdmin(actor)) return true;
    if (actor.kind !== 'user') return false;
    if (actor.role === 'regional_officer') return regionInScope(actor, regionCode);
    // A manager or owner correcting their own firm's village is editing their own record.
    return actor.role === 'center_manager' || actor.role === 'enterprise';
  },
};

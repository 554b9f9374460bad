import type { Actor, Role } from '../auth/actor.ts';
import { isAdmin, readBy, regionInScope, writeBy } from '../auth/policy.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { enterpriseScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import type { Enterprise } from './enterprises.schema.ts';

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

  /** May the actor verify a firm recorded in the field (clear its pending mark)? Who may register one. */
  canVerify(actor: Actor): boolean {
    return isAdmin(actor) || (actor.kind === 'user' && actor.role === 'regional_officer');
  },

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

/**
 * An enterprise as a researcher without personal-data access sees it (UU 27/2022): the firm's and the
 * owner's names become stable pseudonyms, and whatever leads back to the owner (phone, address, NIB,
 * coordinates, the Dinas's own record number) is withheld. Products, KBLI, region and figures stay: they
 * are what research needs.
 */
export function pseudonymiseEnterprise<T extends Enterprise>(enterprise: T, key: string): T {
  return {
    ...enterprise,
    name: pseudonym(key, 'IKM', enterprise.id),
    ownerName: enterprise.ownerPersonId ? pseudonym(key, 'Orang', enterprise.ownerPersonId) : null,
    // The external id is the row number of a Dinas sheet that names the owner: a join key back to them.
    externalId: null,
    nib: null,
    phone: null,
    address: null,
    latitude: null,
    longitude: null,
  };
}

/** The enterprise as `actor` may see it: pseudonymised for researchers without personal-data access. */
export function enterpriseAsSeenBy<T extends Enterprise>(actor: Actor, key: string, enterprise: T): T {
  return seesPseudonyms(actor) ? pseudonymiseEnterprise(enterprise, key) : enterprise;
}

/** 403 unless the actor may read enterprise `id` (a missing one passes, for the service's 404). */
export async function assertMayReadEnterprise(db: Db, actor: Actor, id: string): Promise<void> {
  await assertRecordInScope(db, 'enterprises', id, enterprisePolicy.readScope(actor));
}

/** 403 unless the actor may change enterprise `id` or its yearly figures (a missing one passes, for the 404). */
export async function assertMayEditEnterprise(db: Db, actor: Actor, id: string): Promise<void> {
  await assertRecordInScope(db, 'enterprises', id, enterprisePolicy.editScope(actor));
}

/** Researchers without personal-data access read firms as pseudonyms: lists must not search by name. */
export function hidesEnterpriseNames(actor: Actor): boolean {
  return seesPseudonyms(actor);
}

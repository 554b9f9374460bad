import type { Actor, Role } from '../auth/actor.ts';
import { readBy, writeBy } from '../auth/policy.ts';
import { personScope, type ScopePredicate } from '../auth/scope-sql.ts';

const READERS: Role[] = [
  'admin',
  'ministry',
  'regional_officer',
  'center_manager',
  'enterprise',
  'researcher',
];

/**
 * People are personal data (UU 27/2022). National roles see everyone; researchers see pseudonyms unless
 * granted; others see the people of the enterprises and institutions in their scope. Admins and regional
 * officers manage people; centre managers and enterprises manage the people of their own firms.
 */
export const personPolicy = {
  read: readBy(...READERS),
  edit: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise'),
  archive: writeBy('admin', 'regional_officer'),
  /** Export and erasure on request of the person (UU 27/2022 arts. 7–8): the data controllers. */
  personalDataRights: writeBy('admin', 'regional_officer'),

  readScope(actor: Actor): (idColumn: string) => ScopePredicate {
    return (idColumn) =>
      actor.kind === 'user' && actor.role === 'researcher' ? undefined : personScope(actor, idColumn);
  },

  editScope(actor: Actor): (idColumn: string) => ScopePredicate {
    return (idColumn) => personScope(actor, idColumn);
  },
};

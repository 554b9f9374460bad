import type { Actor, Role } from '../auth/actor.ts';
import { assertInScope, isNational, readBy, writeBy } from '../auth/policy.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { enterpriseScope, institutionScope, personScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { type AffiliationValues, findPersonRecords, idsOutsideScope } from './people.repo.ts';
import type { AffiliationInput, Person } from './people.schema.ts';

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

const keyOf = (a: AffiliationValues) => JSON.stringify([a.enterprise_id, a.institution_id, a.role]);

function values(a: AffiliationInput): AffiliationValues {
  return { enterprise_id: a.enterpriseId ?? null, institution_id: a.institutionId ?? null, role: a.role };
}

/**
 * 403 unless every affiliation added or removed points to an enterprise or institution the actor may
 * change: a regional officer may not attach a person to (or detach one from) another region's firm.
 * Affiliations left as they are may point anywhere.
 */
async function assertChangesInScope(
  db: Db,
  actor: Actor,
  current: readonly AffiliationValues[],
  next: readonly AffiliationValues[],
): Promise<void> {
  const before = new Set(current.map(keyOf));
  const after = new Set(next.map(keyOf));
  const changed = [
    ...next.filter((a) => !before.has(keyOf(a))),
    ...current.filter((a) => !after.has(keyOf(a))),
  ];
  const targets = (key: 'enterprise_id' | 'institution_id') => changed.flatMap((a) => a[key] ?? []);
  const [enterprises, institutions] = await Promise.all([
    idsOutsideScope(db, 'enterprises', targets('enterprise_id'), (id) => enterpriseScope(actor, id)),
    idsOutsideScope(db, 'institutions', targets('institution_id'), (id) => institutionScope(actor, id)),
  ]);
  assertInScope(enterprises.length === 0 && institutions.length === 0);
}

/**
 * A new person must land inside the actor's scope: outside the national roles, they need at least one
 * affiliation, and every affiliation must point into the scope (else nobody but the ministry could see them).
 */
export async function assertNewPersonInScope(
  db: Db,
  actor: Actor,
  affiliations: readonly AffiliationInput[],
): Promise<void> {
  if (isNational(actor)) return;
  assertInScope(affiliations.length > 0);
  await assertChangesInScope(db, actor, [], affiliations.map(values));
}

/** 403 when replacing the person's affiliations by `next` would add or remove one outside the scope. */
export async function assertAffiliationChangesInScope(
  db: Db,
  actor: Actor,
  personId: string,
  next: readonly AffiliationInput[],
): Promise<void> {
  if (isNational(actor) || !isUuid(personId)) return;
  const [record] = await findPersonRecords(db, [personId]);
  if (!record) return; // the service answers 404
  await assertChangesInScope(db, actor, record.affiliations, next.map(values));
}

const MESSAGES = {
  noNameSearch: {
    id: 'Pencarian nama tidak tersedia karena Anda melihat data berpseudonim.',
    en: 'Searching by name is not available: you see pseudonymised data.',
  },
};

/**
 * A person as a researcher without personal-data access sees them (UU 27/2022): a stable pseudonym for the
 * name, no contact details, birth year or notes, and pseudonyms for the enterprises they work in (an
 * enterprise's name often is its owner's). Gender and roles stay: they are what research counts.
 */
export function pseudonymisePerson(person: Person, key: string): Person {
  return {
    ...person,
    fullName: pseudonym(key, 'Orang', person.id),
    phone: null,
    email: null,
    birthYear: null,
    notes: null,
    affiliations: person.affiliations.map((a) =>
      a.enterpriseId ? { ...a, name: pseudonym(key, 'IKM', a.enterpriseId) } : a,
    ),
  };
}

/**
 * 403 when an actor who sees pseudonyms searches by name: the answer would tie a real name to its
 * pseudonym and undo the protection.
 */
export function assertNoNameSearch(actor: Actor, q: string | undefined): void {
  if (q !== undefined && seesPseudonyms(actor)) throw new AppError('forbidden', tr(MESSAGES.noNameSearch));
}

/** The person as `actor` may see them: pseudonymised for researchers without personal-data access. */
export function personAsSeenBy(actor: Actor, key: string, person: Person): Person {
  return seesPseudonyms(actor) ? pseudonymisePerson(person, key) : person;
}

/** 403 unless the actor may read person `id` (a missing one passes, for the service's 404). */
export async function assertMayReadPerson(db: Db, actor: Actor, id: string): Promise<void> {
  await assertRecordInScope(db, 'people', id, personPolicy.readScope(actor));
}

/** 403 unless the actor may change person `id`, export or erase their data (a missing one passes). */
export async function assertMayEditPerson(db: Db, actor: Actor, id: string): Promise<void> {
  await assertRecordInScope(db, 'people', id, personPolicy.editScope(actor));
}

/** Researchers without personal-data access read people as pseudonyms: lists must not search by name. */
export function hidesPersonNames(actor: Actor): boolean {
  return seesPseudonyms(actor);
}

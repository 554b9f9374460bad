import type { Actor } from '../auth/actor.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Person } from './people.schema.ts';

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

import type { Actor } from '../auth/actor.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import type { Enterprise } from './enterprises.schema.ts';

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

import type { Actor } from '../auth/actor.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import type { Membership } from './memberships.service.ts';

/**
 * Member lists as a reader may see them. Researchers without personal data access get `IKM-…`
 * pseudonyms (the same ones the enterprise API gives them) instead of firm names, which are often the
 * owner's own name.
 */
export function memberListView(actor: Actor, pseudonymKey: string) {
  const hidden = seesPseudonyms(actor);
  const presentAll = <M extends Membership>(items: M[]): M[] =>
    hidden
      ? items.map((m) => ({ ...m, enterpriseName: pseudonym(pseudonymKey, 'IKM', m.enterpriseId) }))
      : items;
  return {
    /** Names are hidden from this reader: the list must be ordered without them. */
    namesHidden: hidden,

    /** 403 for a name search by a reader who sees pseudonyms: its hits would reveal the real names. */
    assertSearchAllowed(q: string | undefined): void {
      if (hidden && q) {
        throw new AppError(
          'forbidden',
          tr({
            id: 'Pencarian menurut nama IKM tidak tersedia untuk data yang disamarkan.',
            en: 'Searching by enterprise name is not available on pseudonymised data.',
          }),
        );
      }
    },

    /** The page with enterprise names replaced by pseudonyms where the reader must not see them. */
    present(page: Page<Membership>): Page<Membership> {
      return hidden ? { ...page, items: presentAll(page.items) } : page;
    },

    /** Memberships with enterprise names replaced by pseudonyms where the reader must not see them. */
    presentAll,
  };
}

import { isUuid } from '../db/versioned.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { MAX_ECOSYSTEM_CENTERS } from './ecosystem.schema.ts';

/**
 * The distinct centre ids of a comma-separated `list` given in `field`: a 400 naming the field for more
 * than `max` or for a value that is no centre id. Nothing is looked up here.
 */
export function parseCenterList(
  list: string,
  field: 'centers' | 'compare',
  max = MAX_ECOSYSTEM_CENTERS,
): string[] {
  const ids = [
    ...new Set(
      list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const label =
    field === 'centers'
      ? { id: 'Daftar sentra', en: 'Centres' }
      : { id: 'Sentra pembanding', en: 'Compared centres' };
  if (ids.length > max) {
    throw errors.validation([
      {
        path: field,
        message: tr(
          {
            id: '{label}: paling banyak {max} sentra dapat dibandingkan sekaligus; diberikan {count}.',
            en: '{label}: at most {max} centres can be compared at once; {count} were given.',
          },
          { label: tr(label), max, count: ids.length },
        ),
      },
    ]);
  }
  const bad = ids.map((id, i) => ({ id, i })).filter(({ id }) => !isUuid(id));
  if (bad.length > 0) {
    throw errors.validation(
      bad.map(({ id, i }) => ({
        path: `${field}.${i}`,
        // Quoted short: a pasted paragraph must not become the message.
        message: tr(
          {
            id: '{label}: "{value}" bukan id sentra di Simpul; pilih sentra dari daftar.',
            en: '{label}: "{value}" is not the id of a centre in Simpul; choose centres from the list.',
          },
          { label: tr(label), value: id.length > 40 ? `${id.slice(0, 40)}…` : id },
        ),
      })),
    );
  }
  return ids;
}

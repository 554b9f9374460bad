import { tr } from '../shared/i18n.ts';

/** A membership period for messages: `2020-01-01 – 2021-06-30`, or `2020-01-01 – sekarang` if ongoing. */
export function formatPeriod(validFrom: string, validTo: string | null): string {
  return `${validFrom} – ${validTo ?? tr({ id: 'sekarang', en: 'ongoing' })}`;
}

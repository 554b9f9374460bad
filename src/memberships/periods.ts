import { todayInIndonesia } from '../shared/dates.ts';
import { tr } from '../shared/i18n.ts';

/** Today's date as `YYYY-MM-DD` in WIB, the same "today" every screen uses. */
export function todayIso(): string {
  return todayInIndonesia();
}

/** A membership period for messages: `2020-01-01 – 2021-06-30`, or `2020-01-01 – sekarang` if ongoing. */
export function formatPeriod(validFrom: string, validTo: string | null): string {
  return `${validFrom} – ${validTo ?? tr({ id: 'sekarang', en: 'ongoing' })}`;
}

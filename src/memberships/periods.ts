import { tr } from '../shared/i18n.ts';

/**
 * Today's date as `YYYY-MM-DD`, in UTC like the centres' active-member count, so that "active today"
 * means the same thing on every screen.
 */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A membership period for messages: `2020-01-01 – 2021-06-30`, or `2020-01-01 – sekarang` if ongoing. */
export function formatPeriod(validFrom: string, validTo: string | null): string {
  return `${validFrom} – ${validTo ?? tr({ id: 'sekarang', en: 'ongoing' })}`;
}

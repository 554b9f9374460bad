import type { Lang } from './i18n.tsx';

/** Intl locale per app language: Indonesian grouping (1.250.000,5) and dates (28 Nov 2026). */
const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** A count or measure: `1.250` in Indonesian, `1,250` in English; `–` for null. */
export function formatNumber(lang: Lang, value: number | null | undefined, maxDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return cached(
    `n:${lang}:${maxDigits}`,
    () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxDigits }),
  ).format(value);
}

/** Rupiah without decimals: `Rp 1.250.000`; large sums shortened (`Rp 1,3 M`) when `compact`. */
export function formatRupiah(lang: Lang, value: number | null | undefined, compact = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return cached(
    `r:${lang}:${compact}`,
    () =>
      new Intl.NumberFormat(LOCALE[lang], {
        style: 'currency',
        currency: 'IDR',
        maximumFractionDigits: compact ? 1 : 0,
        minimumFractionDigits: 0,
        ...(compact && { notation: 'compact' }),
      }),
  ).format(value);
}

/** A calendar date (`YYYY-MM-DD` or Date): `28 Nov 2026`. */
export function formatDate(lang: Lang, value: string | Date | null | undefined): string {
  if (!value) return '–';
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return cached(
    `d:${lang}`,
    () =>
      new Intl.DateTimeFormat(LOCALE[lang], {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(date);
}

/** The one per-measure number format (shares as %, counts whole, indices fixed), shared with the CLI. */
export { formatMeasure, formatValue, type MeasureKey } from '../../../src/shared/measure-format.ts';

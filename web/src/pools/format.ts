import type { Lang } from '../i18n/i18n.tsx';

/** A quantity or rupiah amount with the reader's digit grouping (1.250 in id, 1,250 in en). */
export function amount(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 3 });
}

import { parseAmount } from '../../../src/shared/amount.ts';
import type { Lang } from '../i18n/i18n.tsx';

/** Outcome of reading a typed cell: empty, a number, or text that is not a number. */
export type Parsed = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/**
 * Reads a figure as people type it, with the rule the file import uses (`parseAmount`, src/shared/amount.ts): in Indonesian
 * `1.250.000` (a dot before three digits groups thousands) and `1,5` (decimal comma), `Rp` and spaces
 * ignored. In English the separators are swapped first, so `1,250,000` and `1.5` read the same way.
 */
export function parseNumber(lang: Lang, text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const indonesian =
    lang === 'id' ? trimmed : trimmed.replace(/[.,]/g, (separator) => (separator === '.' ? ',' : '.'));
  const value = parseAmount(indonesian);
  if (value === undefined) return { kind: 'invalid' };
  return value === null ? { kind: 'empty' } : { kind: 'number', value };
}

/** A stored figure as the grid shows it when not being edited: grouped, up to two decimals. */
export function formatEntry(lang: Lang, value: number | null): string {
  if (value === null) return '';
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

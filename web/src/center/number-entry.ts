import type { Lang } from '../i18n/i18n.tsx';

/** Outcome of reading a typed cell: empty, a number, or text that is not a number. */
export type Parsed = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/**
 * Reads a number as people type it: in Indonesian `1.250.000` (dots group thousands) and `1,5` (comma for
 * the decimal); in English `1,250,000` and `1.5`. A leading `Rp` and spaces are ignored, since figures are
 * often copied from sheets formatted as Rupiah.
 */
export function parseNumber(lang: Lang, text: string): Parsed {
  const cleaned = text.replace(/^\s*rp\.?/i, '').replace(/[\s\u00a0]/g, '');
  if (cleaned === '' || cleaned === '-' || cleaned === '–') return { kind: 'empty' };
  const [group, decimal] = lang === 'id' ? ['.', ','] : [',', '.'];
  const parts = cleaned.split(decimal);
  if (parts.length > 2) return { kind: 'invalid' };
  const [whole = '', fraction] = parts;
  // Group separators must sit between groups of three digits, so a mistyped `1.5` in Indonesian (meant as
  // one and a half) is refused rather than silently read as fifteen.
  const groups = whole.split(group);
  const grouped = groups.length > 1;
  const wholeOk = grouped
    ? /^-?\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g))
    : /^-?\d*$/.test(whole);
  if (!wholeOk || (fraction !== undefined && !/^\d+$/.test(fraction))) return { kind: 'invalid' };
  if (whole === '' || whole === '-') {
    if (fraction === undefined) return { kind: 'invalid' };
  }
  const value = Number(`${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** A stored figure as the grid shows it when not being edited: grouped, up to two decimals. */
export function formatEntry(lang: Lang, value: number | null): string {
  if (value === null) return '';
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

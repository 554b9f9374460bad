import { type FormatLang, formatMeasure, formatValue } from '../shared/measure-format.ts';

/** A proxy's raw value as its kind says (share as %, count as integer, rate with two decimals); `–` when null. */
export function formatProxy(
  lang: FormatLang,
  kind: 'share' | 'count' | 'rate',
  value: number | null,
): string {
  if (kind === 'share') return formatValue(lang, { kind: 'share', digits: 1 }, value);
  if (kind === 'count') return formatValue(lang, { kind: 'count' }, value);
  return formatMeasure(lang, 'ecosystemElementScore', value);
}

/** An element score or an index, with two decimals (the set's average element is 1,00 / 1.00). */
export function formatScore(lang: FormatLang, value: number | null): string {
  return formatMeasure(lang, 'ecosystemElementScore', value);
}

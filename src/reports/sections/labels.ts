import { CHOICE_LABELS } from '../../shared/choice-labels.ts';
import type { Lang } from '../../shared/lang.ts';

/** The label of a stored choice (status, indicator, type, source) in `lang`; the value itself when it has none. */
export function choice(value: string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '–';
  return CHOICE_LABELS[value]?.[lang] ?? value;
}

/** A whole number grouped as the language writes it. */
export function whole(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 0 }).format(value);
}

import type { Message } from '../shared/lang.ts';
import {
  type FormatLang,
  formatValue,
  INTERVENTION_EFFECT_FORMATS,
  type MeasureFormat,
} from '../shared/measure-format.ts';
import type { EffectIndicator } from './did.ts';

/**
 * How each effect indicator is written (shares as %, a change in a share in percentage points): the
 * formats of `src/shared/measure-format.ts`, typed here against the indicators.
 */
export const EFFECT_FORMATS: Record<EffectIndicator, MeasureFormat> = INTERVENTION_EFFECT_FORMATS;

/** The label of each effect indicator, id and en. */
export const EFFECT_LABELS: Record<EffectIndicator, Message> = {
  firms: { id: 'Unit usaha (anggota)', en: 'Firms (members)' },
  workers: { id: 'Tenaga kerja', en: 'Workers' },
  productionValue: { id: 'Nilai produksi (Rp)', en: 'Production value (IDR)' },
  investment: { id: 'Nilai investasi (Rp)', en: 'Investment (IDR)' },
  valueAdded: { id: 'Nilai tambah, proksi (Rp)', en: 'Value added, proxy (IDR)' },
  collaborationDensity: { id: 'Kepadatan kerja sama', en: 'Collaboration density' },
  conflictDensity: { id: 'Kepadatan konflik', en: 'Conflict density' },
  components: { id: 'Komponen jaringan kerja sama', en: 'Collaboration components' },
  balanceShare: { id: 'Pangsa triad seimbang', en: 'Balanced triad share' },
};

/** `value` of `indicator` written in `lang`; `–` for none. */
export function formatEffect(lang: FormatLang, indicator: EffectIndicator, value: number | null): string {
  return formatValue(lang, EFFECT_FORMATS[indicator], value);
}

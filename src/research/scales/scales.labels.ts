import type { FieldLabel } from '../../shared/field-labels.ts';

/** Labels of the survey scales' request fields (spread into `FIELD_LABELS`). */
export const SCALE_FIELD_LABELS: Record<string, FieldLabel> = {
  textId: { id: 'Teks butir (Bahasa Indonesia)', en: 'Item wording (Indonesian)' },
  textEn: { id: 'Teks butir (bahasa Inggris)', en: 'Item wording (English)' },
  reverse: { id: 'Butir terbalik', en: 'Reverse-keyed' },
  wave: { id: 'Gelombang survei', en: 'Survey wave' },
  answeredOn: { id: 'Tanggal menjawab', en: 'Answered on' },
};

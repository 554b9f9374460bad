import type { FieldLabel } from '../shared/field-labels.ts';

/**
 * Labels of the fields matching's requests carry (the draft of POST /matching/preview and the options of
 * a candidate list). Spread first into FIELD_LABELS, so a label the requests domain gives the same
 * field (quantity, processCodes, …) takes precedence and the two stay one wording.
 */
export const MATCHING_FIELD_LABELS: Record<string, FieldLabel> = {
  draft: { id: 'Rancangan permintaan', en: 'Draft request' },
  processCodes: { id: 'Proses yang dibutuhkan', en: 'Processes needed' },
  requiredCertifications: { id: 'Sertifikat yang disyaratkan', en: 'Required certificates' },
  quantity: { id: 'Jumlah pesanan', en: 'Quantity ordered' },
  posterEnterpriseId: { id: 'IKM pemesan', en: 'Posting enterprise' },
  targetCenterIds: { id: 'Sentra tujuan', en: 'Target centres' },
  asOf: { id: 'Tanggal peringkat', en: 'Ranking date' },
  includeConflicted: { id: 'Sertakan yang berkonflik', en: 'Include conflicted firms' },
  fair: { id: 'Sebar ke usaha mikro', en: 'Spread work to micro firms' },
};

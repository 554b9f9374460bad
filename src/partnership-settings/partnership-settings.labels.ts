import type { FieldLabel } from '../shared/field-labels.ts';

/**
 * Labels of a centre's partnership settings: the review flag and each matching weight, in the words of
 * the settings form (spread into FIELD_LABELS before its own entries, like matching's).
 */
export const SETTINGS_FIELD_LABELS: Record<string, FieldLabel> = {
  requestReviewRequired: { id: 'Tinjauan petugas sebelum terbit', en: 'Officer review before publishing' },
  weights: { id: 'Bobot peringkat', en: 'Ranking weights' },
  capability: { id: 'Bobot kecocokan kemampuan', en: 'Weight of capability fit' },
  spare: { id: 'Bobot kapasitas luang', en: 'Weight of spare capacity' },
  trust: { id: 'Bobot kepercayaan', en: 'Weight of trust' },
  proximity: { id: 'Bobot kedekatan', en: 'Weight of proximity' },
  fairness: { id: 'Bobot pemerataan', en: 'Weight of fairness' },
  staleDays: { id: 'Hari sampai kapasitas usang', en: 'Days until capacity is stale' },
  stalePenalty: { id: 'Pengali kapasitas usang', en: 'Stale capacity multiplier' },
  spareFloor: { id: 'Batas bawah kapasitas luang', en: 'Least spare capacity factor' },
  missingCertificationPenalty: {
    id: 'Pengali per sertifikat yang kurang',
    en: 'Multiplier per missing certificate',
  },
  belowMinOrderPenalty: {
    id: 'Pengali di bawah pesanan minimum',
    en: 'Multiplier below the minimum order',
  },
  breachPenalty: { id: 'Pengali per wanprestasi', en: 'Multiplier per breach of contract' },
  recencyHalfLifeYears: { id: 'Waktu paruh pekerjaan lalu (tahun)', en: 'Half-life of past jobs (years)' },
  fairnessAwardedShare: {
    id: 'Penurunan bagi penerima terbanyak',
    en: 'Lowering of the most-awarded firm',
  },
  fairnessNonMicro: { id: 'Penurunan bagi usaha non-mikro', en: 'Lowering of firms that are not micro' },
};

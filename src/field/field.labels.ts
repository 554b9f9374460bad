import type { FieldLabel } from '../shared/field-labels.ts';

/** Labels of the field-capture request fields (spread into `FIELD_LABELS`). */
export const FIELD_SYNC_LABELS: Record<string, FieldLabel> = {
  changes: { id: 'Perubahan', en: 'Changes' },
  clientChangeId: { id: 'ID perubahan di ponsel', en: 'Change id on the phone' },
  collectedAt: { id: 'Waktu pencatatan', en: 'Collected at' },
  basedOnVersion: { id: 'Versi dasar', en: 'Base version' },
  payload: { id: 'Isi perubahan', en: 'Change content' },
  keep: { id: 'Pilihan penyelesaian', en: 'Resolution' },
  merged: { id: 'Nilai gabungan', en: 'Merged values' },
  pending: { id: 'Menunggu verifikasi', en: 'Awaiting verification' },
  question: { id: 'Pertanyaan', en: 'Question' },
  respondent: { id: 'IKM responden', en: 'Respondent firm' },
  named: { id: 'IKM yang disebut', en: 'Firm named' },
  image: { id: 'Foto', en: 'Photo' },
  caption: { id: 'Keterangan foto', en: 'Caption' },
  facilityId: { id: 'Fasilitas bersama', en: 'Shared facility' },
  projectId: { id: 'Proyek penelitian', en: 'Research project' },
};

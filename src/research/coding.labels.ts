import type { FieldLabel } from '../shared/field-labels.ts';

/** Labels of the codebook, coding round, segment and memo fields (spread into `FIELD_LABELS`). */
export const CODING_FIELD_LABELS: Record<string, FieldLabel> = {
  glossEn: { id: 'Padanan bahasa Inggris', en: 'English gloss' },
  examples: { id: 'Contoh', en: 'Examples' },
  color: { id: 'Warna', en: 'Colour' },
  codable: { id: 'Dapat dipakai mengode', en: 'Codable' },
  parentId: { id: 'Kode induk', en: 'Parent code' },
  position: { id: 'Urutan', en: 'Position' },
  documentIds: { id: 'Dokumen', en: 'Documents' },
  coderIds: { id: 'Pengode', en: 'Coders' },
  blind: {
    id: 'Buta (pengode tidak melihat kode orang lain)',
    en: "Blind (coders do not see each other's codes)",
  },
  startCp: { id: 'Awal segmen', en: 'Segment start' },
  endCp: { id: 'Akhir segmen', en: 'Segment end' },
  codeIds: { id: 'Kode', en: 'Codes' },
  codeId: { id: 'Kode', en: 'Code' },
  roundId: { id: 'Putaran pengodean', en: 'Coding round' },
  informantId: { id: 'Informan', en: 'Informant' },
  unitisation: { id: 'Satuan perbandingan', en: 'Unitisation' },
  targetKind: { id: 'Jenis sasaran catatan', en: 'Memo target' },
  targetId: { id: 'Sasaran catatan', en: 'Memo target' },
  body: { id: 'Isi', en: 'Text' },
};

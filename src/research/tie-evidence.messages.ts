/** The sentences of tie evidence, in both languages. */
export const EVIDENCE_MESSAGES = {
  segmentMissing: { id: 'Segmen {id} tidak ditemukan.', en: 'Segment {id} not found.' },
  evidenceMissing: { id: 'Bukti {id} tidak ditemukan.', en: 'Evidence {id} not found.' },
  invalid: { id: 'Bukti tidak dapat disimpan.', en: 'The evidence cannot be stored.' },
  oneTie: {
    id: 'Pilih ikatan yang sudah tercatat atau isi ikatan baru — salah satu saja.',
    en: 'Choose a recorded tie or fill in a new tie — exactly one of them.',
  },
  centerNotStudied: {
    id: 'Sentra ikatan ini tidak diteliti oleh proyek.',
    en: 'The tie’s centre is not one the project studies.',
  },
  informantNotOfDocument: {
    id: 'Informan ini tidak tercatat pada dokumen segmen.',
    en: 'This informant is not one of the segment’s document.',
  },
  duplicate: {
    id: 'Segmen ini sudah menjadi bukti ikatan tersebut.',
    en: 'This segment is already evidence for that tie.',
  },
  notOwn: {
    id: 'Hanya pembuatnya atau ketua proyek yang dapat melepas bukti ini.',
    en: 'Only its author or the project lead may unlink this evidence.',
  },
  tieNotes: {
    id: 'Dari wawancara penelitian: "{title}"{date}.',
    en: 'From a research interview: "{title}"{date}.',
  },
} as const;

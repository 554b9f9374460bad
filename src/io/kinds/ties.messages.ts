import type { Message } from '../../shared/i18n.ts';

/** Messages of the tie and name-generator survey layouts. */
export const TIE_MESSAGES = {
  what: { id: 'ikatan', en: 'tie' },
  nameAmbiguous: {
    id: 'Nama "{value}" cocok dengan {count} IKM anggota sentra ini; tulis id atau NIB-nya.',
    en: 'The name "{value}" matches {count} member enterprises of this centre; write its id or NIB.',
  },
  enterpriseNotFound: {
    id: 'IKM "{value}" tidak ditemukan (id, NIB, kode, atau nama persis anggota sentra).',
    en: 'Enterprise "{value}" was not found (id, NIB, code, or the exact name of a member of the centre).',
  },
  institutionNotFound: {
    id: 'Lembaga "{value}" tidak ditemukan (id, kode, atau nama persis).',
    en: 'Institution "{value}" was not found (id, code, or exact name).',
  },
  institutionAmbiguous: {
    id: 'Nama lembaga "{value}" cocok dengan {count} lembaga; tulis id atau kodenya.',
    en: 'The institution name "{value}" matches {count} institutions; write its id or code.',
  },
  overlap: {
    id: 'Ikatan {type} yang sama antara kedua pihak sudah tercatat untuk masa yang tumpang tindih ({other}).',
    en: 'The same {type} tie between these parties is already recorded for an overlapping period ({other}).',
  },
  storedTie: { id: 'ikatan tersimpan {id}', en: 'stored tie {id}' },
  fileRow: { id: 'baris {row}', en: 'row {row}' },
  // Name-generator survey.
  unknownQuestion: {
    id: 'Pertanyaan/relasi "{value}" tidak dikenal; tulis kode jenis (mis. TOLL_MANUFACTURING), labelnya (Maklun) atau salah satu pertanyaan baku.',
    en: 'Unknown question or relation "{value}"; write a type code (e.g. TOLL_MANUFACTURING), its label (Maklun) or one of the standard questions.',
  },
  namedNotFound: {
    id: 'Nama "{value}" tidak ditemukan di antara anggota sentra.',
    en: 'The name "{value}" is not a member of this centre.',
  },
  suggestions: { id: ' Mungkin maksudnya: {names}.', en: ' Did you mean: {names}.' },
  centerRequired: {
    id: 'Sentra wajib diisi: nama yang disebut dicari di antara anggotanya.',
    en: 'The centre is required: named enterprises are looked up among its members.',
  },
  interviewer: {
    id: 'Survei name generator; pewawancara: {names}.',
    en: 'Name-generator survey; interviewer(s): {names}.',
  },
} as const satisfies Record<string, Message>;

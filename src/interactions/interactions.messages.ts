import type { Message } from '../shared/i18n.ts';

/** Every message of the interactions domain, in Bahasa Indonesia and English. */
export const INTERACTION_MESSAGES = {
  entity: { id: 'Interaksi', en: 'Interaction' },
  notFound: {
    id: 'Interaksi dengan id {id} tidak ditemukan.',
    en: 'Interaction with id {id} was not found.',
  },
  versionConflict: {
    id: 'Interaksi sudah diubah orang lain (versi Anda {expected}, versi sekarang {actual}). Muat ulang lalu ulangi.',
    en: 'The interaction was changed by someone else (your version {expected}, current {actual}). Reload and try again.',
  },
  invalid: { id: 'Interaksi ini tidak bisa dicatat.', en: 'This interaction cannot be recorded.' },
  oneTarget: {
    id: 'Isi tepat salah satu: toEnterpriseId atau toInstitutionId.',
    en: 'Give exactly one of toEnterpriseId or toInstitutionId.',
  },
  selfTie: {
    id: 'Sebuah IKM tidak bisa berinteraksi dengan dirinya sendiri.',
    en: 'An enterprise cannot be tied to itself.',
  },
  endAfterStart: {
    id: 'Tanggal selesai harus sesudah tanggal mulai (hari selesai tidak termasuk).',
    en: 'The end date must come after the start date (the end day is excluded).',
  },
  valenceFixed: {
    id: 'Jenis {type} selalu bernilai {valence}; hanya SPIN_OFF yang boleh dipilih.',
    en: 'Type {type} is always {valence}; only SPIN_OFF lets you choose.',
  },
  valenceChoice: {
    id: 'Untuk {type} pilih salah satu: {choices}.',
    en: 'For {type} choose one of: {choices}.',
  },
  noInstitutionEnd: {
    id: 'Jenis {type} hanya antar-IKM; lembaga bisa menjadi pihak pada: {types}.',
    en: 'Type {type} links enterprises only; an institution can be a party to: {types}.',
  },
  enterpriseMissing: { id: 'IKM {id} tidak ditemukan.', en: 'Enterprise {id} does not exist.' },
  institutionMissing: { id: 'Lembaga {id} tidak ditemukan.', en: 'Institution {id} does not exist.' },
  centerMissing: { id: 'Sentra {id} tidak ditemukan.', en: 'Centre {id} does not exist.' },
  duplicate: {
    id: 'Interaksi {type} antara kedua pihak ini sudah tercatat untuk periode yang tumpang tindih (interaksi {existingId}); ubah catatan itu.',
    en: 'A {type} tie between these parties is already recorded for an overlapping period (interaction {existingId}); edit that record instead.',
  },
  notMemberAtStart: {
    id: 'IKM {end} bukan anggota sentra ini pada tanggal mulai {date}.',
    en: 'The {end} enterprise is not a member of this centre on the start date {date}.',
  },
  endFrom: { id: 'asal', en: 'from' },
  endTo: { id: 'tujuan', en: 'to' },
  archived: { id: 'Interaksi ini sudah diarsipkan.', en: 'This interaction is archived.' },
  notArchived: { id: 'Interaksi ini tidak diarsipkan.', en: 'This interaction is not archived.' },
} as const satisfies Record<string, Message>;

import type {
  COMMITMENT_STATES,
  CONFIDENTIALITIES,
  EVIDENCE_KINDS,
  MEDIATOR_ROLES,
  PARTY_SIDES,
  REFERRALS,
} from '../../../src/cases/cases.constants.ts';
import type { Message } from '../i18n/i18n.tsx';

type LabelsOf<T extends readonly string[]> = Record<T[number], Message>;

/** Who may read a case besides admins, in words (the confidentiality choice of the forms). */
export const CONFIDENTIALITY_LABELS: LabelsOf<typeof CONFIDENTIALITIES> = {
  internal: {
    id: 'Internal: hanya penangan (pengelola sentra, Dinas)',
    en: 'Internal: the handlers only (centre managers, Dinas)',
  },
  parties: { id: 'Para pihak juga boleh membaca', en: 'The parties may read it too' },
  dinas_only: { id: 'Hanya Dinas', en: 'Dinas only' },
};

/** Who mediates, in words. */
export const MEDIATOR_LABELS: LabelsOf<typeof MEDIATOR_ROLES> = {
  association_board: { id: 'Pengurus paguyuban/koperasi', en: 'Association board' },
  center_manager: { id: 'Pengelola sentra', en: 'Centre manager' },
  dinas: { id: 'Dinas', en: 'Regional office (Dinas)' },
  kanwil_kemenkumham: { id: 'Kanwil Kemenkumham', en: 'Regional Law Ministry office' },
  kppu: { id: 'KPPU', en: 'Competition commission (KPPU)' },
};

/** Where a case can be referred, in words. */
export const REFERRAL_LABELS: LabelsOf<typeof REFERRALS> = {
  DJKI: { id: 'DJKI (kekayaan intelektual)', en: 'DJKI (intellectual property)' },
  KPPU: { id: 'KPPU (persaingan usaha)', en: 'KPPU (competition)' },
  court: { id: 'Pengadilan', en: 'Court' },
  police: { id: 'Polisi', en: 'Police' },
};

/** Kinds of evidence, in words. */
export const EVIDENCE_KIND_LABELS: LabelsOf<typeof EVIDENCE_KINDS> = {
  photo: { id: 'Foto', en: 'Photo' },
  sample: { id: 'Contoh barang', en: 'Sample' },
  receipt: { id: 'Nota', en: 'Receipt' },
  chat: { id: 'Percakapan (chat)', en: 'Chat' },
  contract: { id: 'Kontrak', en: 'Contract' },
  registered_design: { id: 'Desain terdaftar', en: 'Registered design' },
  design_ledger_record: { id: 'Catatan buku desain', en: 'Design-ledger record' },
  witness: { id: 'Saksi', en: 'Witness' },
};

/** A party's side, in words. */
export const SIDE_LABELS: LabelsOf<typeof PARTY_SIDES> = {
  complainant: { id: 'pelapor/pengadu', en: 'complainant' },
  respondent: { id: 'teradu', en: 'respondent' },
  other: { id: 'lainnya', en: 'other' },
};

/** Where a commitment stands, in words. */
export const COMMITMENT_STATE_LABELS: LabelsOf<typeof COMMITMENT_STATES> = {
  open: { id: 'belum jatuh tempo', en: 'open' },
  kept: { id: 'ditepati', en: 'kept' },
  missed: { id: 'tidak ditepati', en: 'missed' },
};

/** Whether an evidence item was checked, in words. */
export const VERIFICATION_LABELS: Record<'unverified' | 'verified' | 'rejected', Message> = {
  unverified: { id: 'belum diperiksa', en: 'not checked' },
  verified: { id: 'terverifikasi', en: 'verified' },
  rejected: { id: 'ditolak', en: 'rejected' },
};

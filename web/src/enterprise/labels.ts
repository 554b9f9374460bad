import type { LegalForm } from '../../../src/enterprises/enterprises.constants.ts';
import type {
  CENTER_MEMBERSHIP_ROLES,
  INSTITUTION_MEMBERSHIP_ROLES,
} from '../../../src/memberships/memberships.constants.ts';
import type { Message } from '../i18n/i18n.tsx';

/** bentuk_badan_usaha as Dinas sheets write it. */
export const LEGAL_FORM_LABELS: Record<LegalForm, Message> = {
  individual: { id: 'Perorangan (PO)', en: 'Sole proprietor' },
  UD: { id: 'UD', en: 'UD' },
  CV: { id: 'CV', en: 'CV' },
  PT: { id: 'PT', en: 'PT' },
  cooperative: { id: 'Koperasi', en: 'Cooperative' },
  other: { id: 'Lainnya', en: 'Other' },
};

/** An enterprise's role in a centre. */
export const CENTER_ROLE_LABELS: Record<(typeof CENTER_MEMBERSHIP_ROLES)[number], Message> = {
  member: { id: 'anggota', en: 'member' },
  board: { id: 'pengurus', en: 'board member' },
  manager: { id: 'pengelola', en: 'manager' },
};

/** An enterprise's role in an institution (koperasi, paguyuban). */
export const INSTITUTION_ROLE_LABELS: Record<(typeof INSTITUTION_MEMBERSHIP_ROLES)[number], Message> = {
  member: { id: 'anggota', en: 'member' },
  board: { id: 'pengurus', en: 'board member' },
  chair: { id: 'ketua', en: 'chair' },
  secretary: { id: 'sekretaris', en: 'secretary' },
  treasurer: { id: 'bendahara', en: 'treasurer' },
  manager: { id: 'pengelola', en: 'manager' },
};

import type { Message } from '../shared/lang.ts';

/** Kinds of programme (DOMAIN.md §3.7). */
export const INTERVENTION_TYPES = [
  'dak_revitalisation',
  'machine_grant',
  'training',
  'tpl_visit',
  'promotion',
  'certification',
  'other',
] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

/** Who paid: the state budget, the regional budget, special allocation funds, a company's CSR, or other. */
export const FUNDER_KINDS = ['apbn', 'apbd', 'dak', 'csr', 'other'] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

/** The label of each intervention type. */
export const INTERVENTION_TYPE_LABELS: Record<InterventionType, Message> = {
  dak_revitalisation: { id: 'Revitalisasi sentra (DAK)', en: 'Centre revitalisation (DAK)' },
  machine_grant: { id: 'Hibah mesin/peralatan', en: 'Machine grant' },
  training: { id: 'Pelatihan', en: 'Training' },
  tpl_visit: { id: 'Pendampingan TPL', en: 'TPL field facilitation' },
  promotion: { id: 'Promosi/pameran', en: 'Promotion' },
  certification: { id: 'Sertifikasi', en: 'Certification' },
  other: { id: 'Lainnya', en: 'Other' },
};

/** The label of each funder kind. */
export const FUNDER_KIND_LABELS: Record<FunderKind, Message> = {
  apbn: { id: 'APBN', en: 'State budget (APBN)' },
  apbd: { id: 'APBD', en: 'Regional budget (APBD)' },
  dak: { id: 'DAK', en: 'Special allocation fund (DAK)' },
  csr: { id: 'CSR', en: 'Corporate CSR' },
  other: { id: 'Lainnya', en: 'Other' },
};

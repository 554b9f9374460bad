import type { Message } from '../shared/lang.ts';

/** The six areas of the self-assessment, after the European cluster label (ESCA) areas. */
export const ASSESSMENT_AREAS = [
  'structure_membership',
  'governance',
  'financing',
  'services',
  'interaction',
  'achievements',
] as const;
export type AssessmentArea = (typeof ASSESSMENT_AREAS)[number];

/** The areas in words. */
export const AREA_LABELS: Record<AssessmentArea, Message> = {
  structure_membership: { id: 'Struktur dan keanggotaan', en: 'Structure and membership' },
  governance: { id: 'Tata kelola', en: 'Governance' },
  financing: { id: 'Pembiayaan', en: 'Financing' },
  services: { id: 'Layanan', en: 'Services' },
  interaction: { id: 'Interaksi', en: 'Interaction' },
  achievements: { id: 'Capaian', en: 'Achievements' },
};

/** The tiers from lowest to highest; `none` is "belum bertingkat", below Perunggu. */
export const ASSESSMENT_TIERS = ['none', 'perunggu', 'perak', 'emas'] as const;
export type AssessmentTier = (typeof ASSESSMENT_TIERS)[number];

/** The tiers in words (the Indonesian names are kept in English too: they are the label's names). */
export const TIER_LABELS: Record<AssessmentTier, Message> = {
  none: { id: 'Belum bertingkat', en: 'Not yet tiered' },
  perunggu: { id: 'Perunggu', en: 'Perunggu (bronze)' },
  perak: { id: 'Perak', en: 'Perak (silver)' },
  emas: { id: 'Emas', en: 'Emas (gold)' },
};

import type { Message } from '../shared/lang.ts';

/** The certifications a profile records (DOMAIN.md §6.5), as stored (migration 0014's check). */
export const CERTIFICATION_KINDS = ['SNI', 'HALAL', 'PIRT', 'BPOM', 'SVLK', 'HKI', 'TKDN_IK'] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

/** How an enterprise came by a machine: bought it, got it as a grant, or uses a shared facility's. */
export const MACHINE_ACQUISITIONS = ['own', 'grant', 'shared_facility'] as const;
export type MachineAcquisition = (typeof MACHINE_ACQUISITIONS)[number];

/** Where a certification stands on a given day. */
export const CERTIFICATION_STATUSES = ['valid', 'expired', 'not_yet_valid'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

/** Spare capacity older than this many days is stale: ranked with a penalty, its owner reminded. */
export const STALE_AFTER_DAYS = 60;

/** Process skill levels: 1 basic, 2 skilled, 3 expert. */
export const PROCESS_LEVELS = [1, 2, 3] as const;

/** The words for each certification, as a person reads them. */
export const CERTIFICATION_LABELS: Record<CertificationKind, Message> = {
  SNI: { id: 'SNI', en: 'SNI (Indonesian National Standard)' },
  HALAL: { id: 'Sertifikat halal', en: 'Halal certificate' },
  PIRT: { id: 'PIRT (izin pangan rumah tangga)', en: 'PIRT (home food industry permit)' },
  BPOM: { id: 'Izin edar BPOM', en: 'BPOM distribution permit' },
  SVLK: { id: 'SVLK (legalitas kayu)', en: 'SVLK (timber legality)' },
  HKI: { id: 'HKI (kekayaan intelektual)', en: 'HKI (intellectual property)' },
  TKDN_IK: { id: 'TKDN-IK', en: 'TKDN-IK (local content)' },
};

/** The words for each way of acquiring a machine. */
export const ACQUISITION_LABELS: Record<MachineAcquisition, Message> = {
  own: { id: 'Milik sendiri', en: 'Own' },
  grant: { id: 'Bantuan / hibah', en: 'Grant' },
  shared_facility: { id: 'Fasilitas bersama', en: 'Shared facility' },
};

/** The words for each process level. */
export const LEVEL_LABELS: Record<1 | 2 | 3, Message> = {
  1: { id: 'dasar', en: 'basic' },
  2: { id: 'terampil', en: 'skilled' },
  3: { id: 'ahli', en: 'expert' },
};

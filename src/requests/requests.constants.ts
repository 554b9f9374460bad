import type { Message } from '../shared/lang.ts';

/** The life of a request (issue #18), in the order it normally runs. */
export const REQUEST_STATUSES = [
  'draft',
  'in_review',
  'open',
  'closed',
  'awarded',
  'in_production',
  'delivered',
  'rated',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A status in words, as the 409 of an illegal move and every screen names it. */
export const REQUEST_STATUS_LABELS: Record<RequestStatus, Message> = {
  draft: { id: 'Draf', en: 'Draft' },
  in_review: { id: 'Ditinjau petugas', en: 'In review' },
  open: { id: 'Dibuka', en: 'Open' },
  closed: { id: 'Ditutup', en: 'Closed' },
  awarded: { id: 'Diberikan', en: 'Awarded' },
  in_production: { id: 'Dalam produksi', en: 'In production' },
  delivered: { id: 'Terkirim', en: 'Delivered' },
  rated: { id: 'Dinilai', en: 'Rated' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
};

/** The collaboration tie a delivered award becomes (DOMAIN.md §6.3: principal/contractor/overloaded → maker). */
export const REQUEST_TIE_TYPES = ['TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING'] as const;

/** Who may see an open request: only invited firms, or every firm of the target centres. */
export const REQUEST_VISIBILITIES = ['invited', 'targeted'] as const;

/** Certifications a request may require (the capability profile's list). */
export const CERTIFICATIONS = ['SNI', 'HALAL', 'PIRT', 'BPOM', 'SVLK', 'HKI', 'TKDN_IK'] as const;

/** The two parties of an award. */
export const AWARD_SIDES = ['poster', 'supplier'] as const;
export type AwardSide = (typeof AWARD_SIDES)[number];

/** The life of one award (a share of a request). */
export const AWARD_STATUSES = ['awarded', 'in_production', 'delivered', 'failed', 'cancelled'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

/** How a delivery failed. */
export const FAILURE_KINDS = ['late', 'broken'] as const;

/**
 * The setting N of "late by more than N days": a failure for lateness may be reported only once the
 * delivery is this many days past its date (a week is the grace the Cibaduyut pilots gave each other).
 */
export const LATE_AFTER_DAYS = 7;

/** The largest quantity a firm may offer or be awarded, as a multiple of its monthly capacity. */
export const CAPACITY_MULTIPLE_LIMIT = 1000;

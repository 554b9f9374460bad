import type { Message } from '../shared/lang.ts';

/** Where a case stands (DOMAIN.md §6.4); `cases.rules.ts` holds the allowed moves. */
export const CASE_STATUSES = [
  'reported',
  'verifying',
  'mediation_scheduled',
  'in_mediation',
  'agreed',
  'not_agreed',
  'referred',
  'closed',
  'cancelled',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The statuses in words (DOMAIN.md §6.4 gives the Indonesian ones). */
export const CASE_STATUS_LABELS: Record<CaseStatus, Message> = {
  reported: { id: 'dilaporkan', en: 'reported' },
  verifying: { id: 'verifikasi', en: 'verifying' },
  mediation_scheduled: { id: 'mediasi dijadwalkan', en: 'mediation scheduled' },
  in_mediation: { id: 'mediasi berlangsung', en: 'in mediation' },
  agreed: { id: 'sepakat', en: 'agreed' },
  not_agreed: { id: 'tidak sepakat', en: 'not agreed' },
  referred: { id: 'dirujuk', en: 'referred' },
  closed: { id: 'selesai', en: 'closed' },
  cancelled: { id: 'dibatalkan', en: 'cancelled' },
};

/** The conflict tie types a case can be about (DOMAIN.md §6.3, the negative-valence codes). */
export const CASE_TYPES = [
  'PRICE_UNDERCUTTING',
  'DESIGN_COPYING',
  'MISREPRESENTATION',
  'BUYER_POACHING',
  'WORKER_POACHING',
  'BREACH_OF_CONTRACT',
  'RESOURCE_COMPETITION',
  'ENVIRONMENTAL_NUISANCE',
  'GOVERNANCE_DISPUTE',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const REPORTER_ROLES = ['party', 'board', 'dinas', 'researcher', 'anonymous'] as const;
export type ReporterRole = (typeof REPORTER_ROLES)[number];
export const MEDIATOR_ROLES = [
  'association_board',
  'center_manager',
  'dinas',
  'kanwil_kemenkumham',
  'kppu',
] as const;
export const REFERRALS = ['DJKI', 'KPPU', 'court', 'police'] as const;

/**
 * Who may read a case besides admins: `internal` the handlers (centre managers of its centre, Dinas in
 * scope); `parties` the handlers and the parties; `dinas_only` Dinas in scope only.
 */
export const CONFIDENTIALITIES = ['internal', 'parties', 'dinas_only'] as const;
export type Confidentiality = (typeof CONFIDENTIALITIES)[number];
/** New cases are `internal`: see docs/design-choices.md (cases) for why not `dinas_only`. */
export const DEFAULT_CONFIDENTIALITY: Confidentiality = 'internal';

export const PARTY_KINDS = ['enterprise', 'person', 'institution'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const PARTY_SIDES = ['complainant', 'respondent', 'other'] as const;

export const EVIDENCE_KINDS = [
  'photo',
  'sample',
  'receipt',
  'chat',
  'contract',
  'registered_design',
  'design_ledger_record',
  'witness',
] as const;

/** Media types an uploaded evidence file may have (photos, scans, screenshots, PDFs of contracts). */
export const EVIDENCE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
/** Largest evidence file kept in the database: a phone photo or a scanned contract fits. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

export const COMMITMENT_STATES = ['open', 'kept', 'missed'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];

/** Anonymous intakes and follow-ups a single address may make per minute (the rest get 429). */
export const ANONYMOUS_PER_MINUTE = 5;

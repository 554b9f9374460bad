import { z } from 'zod';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { PageQuerySchema } from '../shared/pagination.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import {
  CASE_STATUSES,
  CASE_TYPES,
  COMMITMENT_STATES,
  CONFIDENTIALITIES,
  EVIDENCE_KINDS,
  MEDIATOR_ROLES,
  PARTY_KINDS,
  PARTY_SIDES,
  REFERRALS,
  REPORTER_ROLES,
  SEVERITIES,
} from './cases.constants.ts';

const version = z.number().int().positive();
const title = singleLine().trim().min(1).max(200);
const description = multiLine().trim().min(1).max(5000);

/** One party named at intake or added later: an enterprise, a person or an institution, and its side. */
export const PartyInputSchema = z
  .object({
    /** What the party is. */
    partyKind: z.enum(PARTY_KINDS),
    /** The enterprise's, person's or institution's id. */
    partyId: z.uuid(),
    /** Complainant, respondent or other. */
    side: z.enum(PARTY_SIDES).default('other'),
  })
  .strict();
export type PartyInput = z.infer<typeof PartyInputSchema>;

/** Body of `POST /api/cases`: a signed-in report; the reporter's role follows from the account. */
export const CaseCreateSchema = z
  .object({
    /** The centre the conflict arose in. */
    centerId: z.uuid(),
    /** The conflict tie type the case is about. */
    caseType: z.enum(CASE_TYPES),
    /** How serious the reporter judges it. */
    severity: z.enum(SEVERITIES).default('medium'),
    /** A short name of the case. */
    title,
    /** What happened. */
    description,
    /** The parties known at intake. */
    parties: z.array(PartyInputSchema).max(20).default([]),
    /** Conflict ties already recorded that the case is about. */
    interactionIds: z.array(z.uuid()).max(20).default([]),
    /** Who may read it besides admins (default internal: the handlers only). */
    confidentiality: z.enum(CONFIDENTIALITIES).default('internal'),
    /** Whether researchers may read it, pseudonymised. */
    allowsResearch: z.boolean().default(false),
  })
  .strict();
export type CaseCreate = z.infer<typeof CaseCreateSchema>;

/** Body of `POST /api/cases/anonymous`: a report without an account; parties are described in words. */
export const AnonymousCaseSchema = CaseCreateSchema.pick({
  centerId: true,
  caseType: true,
  severity: true,
  title: true,
  description: true,
}).strict();
export type AnonymousCase = z.infer<typeof AnonymousCaseSchema>;

/** Body of `PATCH /api/cases/:id`: any subset of the handlers' fields plus the version last read. */
export const CaseUpdateSchema = z
  .object({
    version,
    severity: z.enum(SEVERITIES),
    title,
    description,
    /** Who mediates. */
    mediatorRole: z.enum(MEDIATOR_ROLES).nullable(),
    confidentiality: z.enum(CONFIDENTIALITIES),
    allowsResearch: z.boolean(),
    /** How the case ended, in words. */
    outcome: multiLine().trim().max(5000).nullable(),
  })
  .partial()
  .required({ version: true })
  .strict();
export type CaseUpdate = z.infer<typeof CaseUpdateSchema>;

/** Body of `POST /api/cases/:id/move`: the next status; a referral names where to. */
export const CaseMoveSchema = z
  .object({
    version,
    /** The status to move to. */
    status: z.enum(CASE_STATUSES),
    /** Where the case goes when referred. */
    referral: z.enum(REFERRALS).nullish(),
    /** How the case ended, when closing or cancelling. */
    outcome: multiLine().trim().max(5000).nullish(),
    /** Why the case moves, kept in its history. */
    moveNote: multiLine().trim().max(2000).nullish(),
  })
  .strict();
export type CaseMove = z.infer<typeof CaseMoveSchema>;

/** Body of `POST /api/cases/:id/ties`: link a recorded conflict tie, or describe one to record. */
export const TieLinkSchema = z
  .object({
    /** A conflict tie already recorded. */
    interactionId: z.uuid().nullish(),
    /** The tie to record when none exists: from (the undercutter, copier…) to (the one affected). */
    fromEnterpriseId: z.uuid().nullish(),
    toEnterpriseId: z.uuid().nullish(),
    /** When the conflict began. */
    startDate: DateSchema.nullish(),
  })
  .strict();
export type TieLink = z.infer<typeof TieLinkSchema>;

const evidenceFields = {
  /** Photo, sample, receipt, chat, contract, registered design, design-ledger record or witness. */
  evidenceKind: z.enum(EVIDENCE_KINDS),
  /** What the item shows. */
  description: multiLine().trim().min(1).max(2000),
  /** When it was captured (a photo taken, a chat sent). */
  capturedOn: DateSchema,
};

/** Body of `POST /api/cases/:id/evidence`: an item described, with its SHA-256 if already known. */
export const EvidenceCreateSchema = z
  .object({
    ...evidenceFields,
    /** Hex SHA-256 of the item's file, when it was hashed elsewhere. */
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/)
      .transform((v) => v.toLowerCase())
      .nullish(),
  })
  .strict();
export type EvidenceCreate = z.infer<typeof EvidenceCreateSchema>;

/** Query of `POST /api/cases/:id/evidence/file`: the file itself is the body. */
export const EvidenceFileQuerySchema = z.object(evidenceFields).strict();
export type EvidenceFileQuery = z.infer<typeof EvidenceFileQuerySchema>;

/** Body of `POST /api/cases/:id/evidence/:evidenceId/verify`. */
export const EvidenceVerifySchema = z
  .object({
    /** Verified or rejected after checking. */
    verification: z.enum(['verified', 'rejected']),
    /** How it was checked. */
    verificationNote: multiLine().trim().max(2000).nullish(),
  })
  .strict();
export type EvidenceVerify = z.infer<typeof EvidenceVerifySchema>;

/** Path of evidence and commitment routes. */
export const CaseItemParamsSchema = z.object({ id: singleLine().max(100), itemId: singleLine().max(100) });

/** Body of `POST /api/cases/:id/sessions`. */
export const SessionCreateSchema = z
  .object({
    /** Day of the session. */
    heldOn: DateSchema,
    /** Where it was held. */
    place: singleLine().trim().min(1).max(200),
    /** Who mediated. */
    mediatorRole: z.enum(MEDIATOR_ROLES),
    /** Who attended, in words. */
    attendees: multiLine().trim().min(1).max(2000),
    /** What was said and decided. */
    sessionNotes: multiLine().trim().max(5000).nullish(),
  })
  .strict();
export type SessionCreate = z.infer<typeof SessionCreateSchema>;

/** One commitment of an agreement. */
export const CommitmentInputSchema = z
  .object({
    /** Who commits (a party, in words). */
    who: singleLine().trim().min(1).max(200),
    /** What they will do. */
    what: multiLine().trim().min(1).max(2000),
    /** By when; not before the agreement date. */
    dueOn: DateSchema,
  })
  .strict();

/** Body of `POST /api/cases/:id/agreement`: moves a case in mediation to agreed. */
export const AgreementSchema = z
  .object({
    version,
    /** Day the parties agreed. */
    agreedOn: DateSchema,
    /** The agreement's text. */
    agreementText: multiLine().trim().min(1).max(10000),
    /** Who does what by when; each becomes a reminder. */
    commitments: z.array(CommitmentInputSchema).max(20).default([]),
    /** End the case's conflict ties at the agreement date. */
    endTies: z.boolean().default(false),
  })
  .strict();
export type Agreement = z.infer<typeof AgreementSchema>;

/** Body of `POST /api/cases/:id/commitments/:itemId/mark`. */
export const CommitmentMarkSchema = z.object({ commitmentState: z.enum(['kept', 'missed']) }).strict();
export type CommitmentMark = z.infer<typeof CommitmentMarkSchema>;

/** A follow-up code as the reporter types it (groups and case do not matter). */
const followUpCode = singleLine().trim().min(8).max(64);

/** Body of `POST /api/cases/follow-up`. */
export const FollowUpSchema = z.object({ followUpCode }).strict();

/** Body of `POST /api/cases/follow-up/notes`: more information from the anonymous reporter. */
export const FollowUpNoteSchema = z
  .object({ followUpCode, noteText: multiLine().trim().min(1).max(5000) })
  .strict();
export type FollowUpNote = z.infer<typeof FollowUpNoteSchema>;

/** Query of `GET /api/cases`. */
export const CaseListQuerySchema = PageQuerySchema.pick({ limit: true, offset: true })
  .extend({
    centerId: z.uuid().optional(),
    status: z.enum(CASE_STATUSES).optional(),
  })
  .strict();
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

const StatusSchema = z.enum(CASE_STATUSES);

/** A case in a list. */
export const CaseSummarySchema = z.object({
  id: z.uuid(),
  centerId: z.uuid(),
  centerName: z.string(),
  caseType: z.enum(CASE_TYPES),
  severity: z.enum(SEVERITIES),
  status: StatusSchema,
  title: z.string(),
  confidentiality: z.enum(CONFIDENTIALITIES),
  createdAt: IsoDateTimeSchema,
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/** A case in full, as its reader may see it (pseudonymised for researchers: names and free text withheld). */
export const CaseSchema = CaseSummarySchema.extend({
  reporterRole: z.enum(REPORTER_ROLES),
  description: z.string(),
  nextStatuses: z.array(StatusSchema),
  mediatorRole: z.enum(MEDIATOR_ROLES).nullable(),
  referral: z.enum(REFERRALS).nullable(),
  allowsResearch: z.boolean(),
  outcome: z.string().nullable(),
  agreementText: z.string().nullable(),
  agreedOn: z.string().nullable(),
  pseudonymised: z.boolean(),
  parties: z.array(
    z.object({
      id: z.uuid(),
      partyKind: z.enum(PARTY_KINDS),
      partyId: z.string(),
      name: z.string(),
      side: z.enum(PARTY_SIDES),
    }),
  ),
  ties: z.array(
    z.object({ id: z.uuid(), type: z.string(), startDate: z.string(), endDate: z.string().nullable() }),
  ),
  evidence: z.array(
    z.object({
      id: z.uuid(),
      evidenceKind: z.enum(EVIDENCE_KINDS),
      description: z.string(),
      capturedOn: z.string(),
      sha256: z.string().nullable(),
      /** SHA-256 of the bytes kept: a photo is re-encoded without metadata, so it differs from `sha256`. */
      storedSha256: z.string().nullable(),
      mediaType: z.string().nullable(),
      byteSize: z.number().int().nullable(),
      verification: z.enum(['unverified', 'verified', 'rejected']),
      verificationNote: z.string().nullable(),
    }),
  ),
  sessions: z.array(
    z.object({
      id: z.uuid(),
      heldOn: z.string(),
      place: z.string(),
      mediatorRole: z.enum(MEDIATOR_ROLES),
      attendees: z.string(),
      sessionNotes: z.string().nullable(),
    }),
  ),
  commitments: z.array(
    z.object({
      id: z.uuid(),
      who: z.string(),
      what: z.string(),
      dueOn: z.string(),
      commitmentState: z.enum(COMMITMENT_STATES),
    }),
  ),
  notes: z.array(z.object({ fromReporter: z.boolean(), noteText: z.string(), createdAt: IsoDateTimeSchema })),
  /** Every status move, oldest first; the report step names no one, a pseudonymised reader sees no mover. */
  history: z.array(
    z.object({
      fromStatus: StatusSchema.nullable(),
      toStatus: StatusSchema,
      movedAt: IsoDateTimeSchema,
      /** The mover's role (a role key) and display name; null for the report step and for pseudonymised readers. */
      byRole: z.string().nullable(),
      byName: z.string().nullable(),
      moveNote: z.string().nullable(),
    }),
  ),
  version: z.number().int(),
  updatedAt: IsoDateTimeSchema,
});
export type Case = z.infer<typeof CaseSchema>;

/** What an anonymous reporter reads with the code: the public status, nothing about anyone. */
export const PublicCaseStatusSchema = z.object({
  caseType: z.enum(CASE_TYPES),
  status: StatusSchema,
  /** The status in Bahasa Indonesia and English. */
  statusLabel: z.object({ id: z.string(), en: z.string() }),
  reportedAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** How many notes the reporter has added. */
  notesAdded: z.number().int(),
});
export type PublicCaseStatus = z.infer<typeof PublicCaseStatusSchema>;

/** The answer to an anonymous report: the code, shown once, and the public status. */
export const AnonymousReceiptSchema = PublicCaseStatusSchema.extend({
  /** Keep it: the only way back to the case. It is stored only as a hash. */
  followUpCode: z.string(),
});
export type AnonymousReceipt = z.infer<typeof AnonymousReceiptSchema>;

import { z } from 'zod';
import { SIZE_CLASSES, SIZE_CRITERIA, SIZE_REGIMES } from '../enterprises/size-classes.schema.ts';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { PageQuerySchema } from '../shared/pagination.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import { FLAG_STATUSES, PRICE_KINDS } from './price-agreements.constants.ts';

/** Body of `POST /api/price-agreements`. */
export const PriceAgreementCreateSchema = z
  .object({
    /** The koperasi or paguyuban that agreed the price. */
    institutionId: z.uuid(),
    /** The centre whose members the agreement is for (one the institution serves). */
    centerId: z.uuid(),
    /** What the price is for (batik cap, kerupuk udang…). */
    product: singleLine().trim().min(1).max(200),
    /** The unit the price is per (lembar, kg, kodi). */
    unit: singleLine().trim().min(1).max(40),
    /** A floor (the least members sell at) or a reference price (a guide). */
    priceKind: z.enum(PRICE_KINDS).default('floor'),
    /** Rupiah per unit; must be above zero. */
    price: z.number().positive().max(1e12),
    /** First day the price applies. */
    effectiveFrom: DateSchema,
    /** Last day it applies; empty means until changed. */
    effectiveTo: DateSchema.nullish(),
    /** How it was agreed, anything members should know. */
    notes: multiLine().max(5000).nullish(),
  })
  .strict();
export type PriceAgreementCreate = z.infer<typeof PriceAgreementCreateSchema>;

/** Body of `POST /api/price-agreements/:id/consents`: a member firm's dated consent. */
export const ConsentCreateSchema = z
  .object({
    /** The member firm consenting. */
    enterpriseId: z.uuid(),
    /** The day it consented. */
    consentedOn: DateSchema,
  })
  .strict();
export type ConsentCreate = z.infer<typeof ConsentCreateSchema>;

/**
 * Body of `POST /api/price-agreements/:id/withdraw`: a firm withdrawing its consent, or the institution's
 * board withdrawing a member's (then with a reason; the member is told).
 */
export const ConsentWithdrawSchema = z
  .object({
    /** The firm withdrawing. */
    enterpriseId: z.uuid(),
    /** The day it withdrew. */
    withdrawnOn: DateSchema,
    /** Why the board withdraws another member's consent (needed then). */
    withdrawReason: multiLine().trim().max(2000).nullish(),
  })
  .strict();
export type ConsentWithdraw = z.infer<typeof ConsentWithdrawSchema>;

/** Body of `POST /api/price-agreements/:id/violations`: a firm sold below the agreed price. */
export const ViolationCreateSchema = z
  .object({
    /** The firm that sold below the price. */
    offenderEnterpriseId: z.uuid(),
    /** The member firm harmed (often the reporter's own). */
    affectedEnterpriseId: z.uuid(),
    /** The day of the sale. */
    soldOn: DateSchema,
    /** The price it sold at, rupiah per unit, if known. */
    soldPrice: z.number().min(0).max(1e12).nullish(),
    /** What shows it: a receipt, a buyer's word, a chat. */
    evidenceNote: multiLine().trim().min(1).max(4000),
  })
  .strict();
export type ViolationCreate = z.infer<typeof ViolationCreateSchema>;

/** Query of `GET /api/price-agreements`. */
export const PriceAgreementListQuerySchema = PageQuerySchema.pick({ limit: true, offset: true })
  .extend({
    centerId: z.uuid().optional(),
    institutionId: z.uuid().optional(),
    flag: z.enum(FLAG_STATUSES).optional(),
  })
  .strict();
export type PriceAgreementListQuery = z.infer<typeof PriceAgreementListQuerySchema>;

/** One consenting firm's size verdict and the sentence saying what decided it. */
export const FirmVerdictSchema = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  verdict: z.enum(['small', 'not_small', 'unknown']),
  year: z.number().int().nullable(),
  regime: z.enum(SIZE_REGIMES).nullable(),
  sizeClass: z.enum(SIZE_CLASSES).nullable(),
  criterion: z.enum(SIZE_CRITERIA).nullable(),
  figure: z.number().nullable(),
  workers: z.number().nullable(),
  /** In the reader's language: "CV Maju is a medium enterprise under PP 7/2021…, by annual sales Rp18 bn". */
  explanation: z.string(),
});

/** The competition-law flag as recorded, explained in the reader's language. */
export const CompetitionFlagSchema = z.object({
  status: z.enum(FLAG_STATUSES),
  label: z.string(),
  summary: z.string(),
  firms: z.array(FirmVerdictSchema),
  /** Said wherever the flag is shown. */
  notLegalAdvice: z.string(),
  evaluatedAt: IsoDateTimeSchema,
});

/** A price agreement as listed. */
export const PriceAgreementSummarySchema = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  centerId: z.uuid(),
  centerName: z.string(),
  product: z.string(),
  unit: z.string(),
  priceKind: z.enum(PRICE_KINDS),
  price: z.number(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  flag: z.enum(FLAG_STATUSES),
  consents: z.number().int(),
});
export type PriceAgreementSummary = z.infer<typeof PriceAgreementSummarySchema>;

/** A dated consent. */
export const ConsentSchema = z.object({
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  consentedOn: z.string(),
  withdrawnOn: z.string().nullable(),
  /** Why the institution's board withdrew it; null when the firm withdrew itself. */
  withdrawReason: z.string().nullable(),
});

/** A violation report and the tie it wrote. */
export const ViolationSchema = z.object({
  id: z.uuid(),
  offenderEnterpriseId: z.uuid(),
  offenderName: z.string(),
  affectedEnterpriseId: z.uuid(),
  affectedName: z.string(),
  soldOn: z.string(),
  soldPrice: z.number().nullable(),
  evidenceNote: z.string(),
  /** The PRICE_UNDERCUTTING tie recorded (or found already recorded) for the report. */
  interactionId: z.uuid(),
  /** The conflict case opened from it; null until one is. */
  caseId: z.uuid().nullable(),
  createdAt: IsoDateTimeSchema,
});

/** A member firm the reader may record a consent or a report for. */
export const MemberOptionSchema = z.object({ enterpriseId: z.uuid(), enterpriseName: z.string() });

/** A price agreement with its consents, flag and violation reports. */
export const PriceAgreementSchema = PriceAgreementSummarySchema.extend({
  notes: z.string().nullable(),
  competitionFlag: CompetitionFlagSchema,
  consentList: z.array(ConsentSchema),
  violations: z.array(ViolationSchema),
  /** The institution's current members the reader may act for, for the consent and report forms. */
  members: z.array(MemberOptionSchema),
  /** Whether the reader may withdraw another member's consent (the institution's board; officers, managers). */
  withdrawOthers: z.boolean(),
  version: z.number().int(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type PriceAgreement = z.infer<typeof PriceAgreementSchema>;

import { z } from 'zod';
import { DateSchema } from '../shared/dates.ts';
import type { Message } from '../shared/lang.ts';
import { patternError } from '../shared/pattern-error.ts';
import { singleLine } from '../shared/text.ts';
import { MatchingWeightsSchema } from './weights.ts';

/** Certification kinds a request may require (as stored in capability_certifications). */
export const CERTIFICATION_KINDS = ['SNI', 'HALAL', 'PIRT', 'BPOM', 'SVLK', 'HKI', 'TKDN_IK'] as const;

/** What a process code looks like, in words. */
const PROCESS_CODE_EXPECTED: Message = {
  id: 'kode proses sektor.proses dengan huruf kecil, mis. footwear.lasting',
  en: 'a process code sector.process in lower case, e.g. footwear.lasting',
};

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** Options of a candidate list. */
export const CandidatesQuerySchema = z
  .object({
    /** Rank the candidates in conflict with the poster too (they stay listed apart with their reasons). */
    includeConflicted: booleanQuery,
    /** Spread awards across micro firms and firms awarded less this quarter. */
    fair: booleanQuery,
    /** How many of the best-ranked candidates to return (all are ranked). */
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();
export type CandidatesQuery = z.infer<typeof CandidatesQuerySchema>;

/** A request not yet stored, as far as matching reads it. */
export const MatchingDraftSchema = z
  .object({
    /** Process codes (`sector.process`) the work needs. */
    processCodes: z
      .array(
        singleLine().regex(
          /^[a-z][a-z0-9_]{1,39}\.[a-z][a-z0-9_]{1,39}$/,
          patternError(PROCESS_CODE_EXPECTED),
        ),
      )
      .max(30)
      .default([]),
    /** Certifications every candidate should hold. */
    requiredCertifications: z.array(z.enum(CERTIFICATION_KINDS)).max(7).default([]),
    /** How much is asked for, in `unit`. */
    quantity: z.number().positive().max(1e12),
    /** The unit of the quantity (pairs, pieces, kg, …). */
    unit: singleLine().trim().min(1).max(40),
    /** The posting enterprise; omitted or null when an officer posts for an outside buyer. */
    posterEnterpriseId: z.uuid().nullish(),
    /** The centres whose members are the candidates. */
    targetCenterIds: z.array(z.uuid()).min(1).max(50),
    /** The day to rank for; today when omitted. */
    asOf: DateSchema.optional(),
  })
  .strict();
export type MatchingDraft = z.infer<typeof MatchingDraftSchema>;

/** The body of a preview: the draft and the options of the list. */
export const MatchingPreviewSchema = z
  .object({
    /** The draft request to rank candidates for. */
    draft: MatchingDraftSchema,
    /** As the query option of the stored request's list. */
    includeConflicted: z.boolean().default(false),
    /** As the query option of the stored request's list. */
    fair: z.boolean().default(false),
    /** As the query option of the stored request's list. */
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type MatchingPreview = z.infer<typeof MatchingPreviewSchema>;

/** One structured reason (a code and its numbers), beside the words it was rendered to. */
export const ReasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.string()])),
});

/** A ranked candidate with its score, factors, reasons and the explanation in the reader's language. */
export const RankedCandidateSchema = z.object({
  rank: z.number().int(),
  enterpriseId: z.string(),
  name: z.string(),
  centerId: z.string(),
  score: z.number(),
  factors: z.object({
    capability: z.number(),
    spare: z.number(),
    trust: z.number(),
    proximity: z.number(),
    fairness: z.number(),
  }),
  reasons: z.array(ReasonSchema),
  /** "ranked 2nd: all 4 processes, 40% spare capacity, 3 deliveries to you on time, same centre". */
  explanation: z.string(),
});
export type RankedCandidateOut = z.infer<typeof RankedCandidateSchema>;

/** A candidate set apart for a conflict with the poster, and why. */
export const ConflictedCandidateSchema = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  centerId: z.string(),
  reasons: z.array(ReasonSchema),
  explanation: z.string(),
});

/** The explained ranking of one request or draft. */
export const CandidateListSchema = z.object({
  /** The stored request, or null for a draft. */
  requestId: z.string().nullable(),
  asOf: z.string(),
  fair: z.boolean(),
  includeConflicted: z.boolean(),
  /** The weights used (the target centre's own over the defaults). */
  weights: MatchingWeightsSchema,
  /** The best `limit` of the ranking. */
  ranked: z.array(RankedCandidateSchema),
  /** How many candidates were ranked in all. */
  rankedTotal: z.number().int(),
  conflicted: z.array(ConflictedCandidateSchema),
  /** Members of the target centres that master none of the processes asked for. */
  unqualified: z.number().int(),
});
export type CandidateList = z.infer<typeof CandidateListSchema>;

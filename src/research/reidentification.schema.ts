import { z } from 'zod';
import { IDENTIFIER_KINDS } from './reidentification.rules.ts';

/** A sentence in both languages of the app (stored or exported reports carry both). */
const MessageSchema = z.object({ id: z.string(), en: z.string() });

export const REIDENTIFICATION_KINDS = ['quotation', 'attributes', 'small_center'] as const;

/** One re-identification warning about one informant. */
export const ReidentificationWarningSchema = z.object({
  /** What could identify the informant: a quotation, an attribute combination, or a small centre. */
  kind: z.enum(REIDENTIFICATION_KINDS),
  informantId: z.uuid().nullable(),
  /** The informant's pseudonym (never their name); null for a number in a quotation nobody's record holds. */
  pseudonym: z.string().nullable(),
  /** Why this could identify them. */
  reason: MessageSchema,
  /** What to do about it. */
  action: MessageSchema,
  /** For a quotation: the segment, its document, what it holds and the quotation masked. */
  segmentId: z.uuid().nullable(),
  documentId: z.uuid().nullable(),
  identifiers: z.array(z.enum(IDENTIFIER_KINDS)),
  masked: MessageSchema.nullable(),
});
export type ReidentificationWarning = z.infer<typeof ReidentificationWarningSchema>;

/** `GET /api/research/projects/:id/reidentification`. */
export const ReidentificationReportSchema = z.object({
  projectId: z.uuid(),
  /** The k of k-anonymity and the smallest centre, as applied. */
  k: z.number().int(),
  smallCenterFirms: z.number().int(),
  /** Informants still in the study that were checked. */
  informantsChecked: z.number().int(),
  quotationsChecked: z.number().int(),
  warnings: z.array(ReidentificationWarningSchema),
});
export type ReidentificationReport = z.infer<typeof ReidentificationReportSchema>;

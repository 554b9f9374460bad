import { z } from 'zod';
import { InteractionTypeCodeSchema } from '../interactions/interactions.schema.ts';
import { DateSchema } from '../shared/dates.ts';
import { CORROBORATIONS, PERSPECTIVES, STANCES } from './tie-evidence.rules.ts';

/** The tie a segment creates when none is recorded yet (the interview is its source). */
export const EvidenceNewTieSchema = z
  .object({
    /** A centre the project studies: the tie belongs to it. */
    centerId: z.uuid(),
    fromEnterpriseId: z.uuid(),
    toEnterpriseId: z.uuid(),
    type: InteractionTypeCodeSchema,
    startDate: DateSchema,
  })
  .strict();

/** Body of `POST /research/evidence`: link a coded segment to a tie, or create the tie from it. */
export const EvidenceCreateSchema = z
  .object({
    segmentId: z.uuid(),
    stance: z.enum(STANCES),
    /** The recorded tie; or `newTie` to record it from the interview. */
    interactionId: z.uuid().nullish(),
    newTie: EvidenceNewTieSchema.nullish(),
    /** The informant speaking, when the segment names none and the document has several. */
    informantId: z.uuid().nullish(),
  })
  .strict();
export type EvidenceCreate = z.infer<typeof EvidenceCreateSchema>;

/** One piece of evidence as a project member sees it. */
export const EvidenceItemSchema = z.object({
  id: z.uuid(),
  interactionId: z.uuid(),
  segmentId: z.uuid(),
  projectId: z.uuid(),
  documentId: z.uuid(),
  documentTitle: z.string(),
  heldOn: z.string().nullable(),
  stance: z.enum(STANCES),
  perspective: z.enum(PERSPECTIVES),
  informantPseudonym: z.string().nullable(),
  /** The words, only with the informant's quotation consent; null means "excerpt withheld". */
  excerpt: z.string().nullable(),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

/** Answer of `POST /research/evidence`: the evidence and the tie's confidence after it. */
export const EvidenceLinkedSchema = z.object({
  evidence: EvidenceItemSchema,
  tieCreated: z.boolean(),
  corroboration: z.enum(CORROBORATIONS),
  confidence: z.string(),
});

/** A tie of the centre with interview evidence. */
export const TieEvidenceSchema = z.object({
  interactionId: z.uuid(),
  source: z.uuid(),
  target: z.uuid(),
  sourceLabel: z.string(),
  targetLabel: z.string(),
  type: InteractionTypeCodeSchema,
  confidence: z.string(),
  corroboration: z.enum(CORROBORATIONS),
  /** Supporting and contradicting pieces, counted over every project (the words only for members). */
  supports: z.number().int(),
  contradicts: z.number().int(),
  evidence: z.array(EvidenceItemSchema),
});

/** Answer of `GET /research/centers/:id/evidence`: the centre's corroboration and its ties' evidence. */
export const CenterEvidenceSchema = z.object({
  centerId: z.uuid(),
  tiesWithEvidence: z.number().int(),
  bothSides: z.number().int(),
  oneSide: z.number().int(),
  thirdParty: z.number().int(),
  contradicted: z.number().int(),
  /** Share of the ties with evidence that both sides confirm; null without evidence. */
  corroborationRate: z.number().nullable(),
  ties: z.array(TieEvidenceSchema),
});
export type CenterEvidence = z.infer<typeof CenterEvidenceSchema>;

/** A still-consented segment of the project, for linking. */
export const EvidenceSegmentSchema = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  documentTitle: z.string(),
  startCp: z.number().int(),
  endCp: z.number().int(),
  text: z.string(),
  informantPseudonym: z.string().nullable(),
  codes: z.array(z.string()),
  evidence: z.array(z.object({ id: z.uuid(), interactionId: z.uuid(), stance: z.enum(STANCES) })),
});

/** Answer of `GET /research/projects/:id/evidence`: segments to link, and the studied centres' ties and firms. */
export const ProjectEvidenceSchema = z.object({
  projectId: z.uuid(),
  segments: z.array(EvidenceSegmentSchema),
  centers: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      firms: z.array(z.object({ id: z.uuid(), label: z.string() })),
      ties: z.array(
        z.object({
          id: z.uuid(),
          source: z.uuid(),
          target: z.uuid(),
          type: InteractionTypeCodeSchema,
          confidence: z.string(),
        }),
      ),
    }),
  ),
});
export type ProjectEvidence = z.infer<typeof ProjectEvidenceSchema>;

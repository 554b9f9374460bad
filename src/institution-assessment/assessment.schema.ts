import { z } from 'zod';
import { singleLine } from '../shared/text.ts';
import { ASSESSMENT_AREAS, ASSESSMENT_TIERS } from './assessment.constants.ts';

/** The answers to one questionnaire: its version and a value per item id (0–4, or 1/0 for yes/no). */
export const AssessmentCreateSchema = z
  .object({
    /** The questionnaire version the answers were given in (the current one). */
    questionnaireVersion: z.number().int().positive(),
    /** Item id → answer; the range of each item is checked against its scale (named by its wording). */
    answers: z.record(singleLine().max(60), z.number()),
  })
  .strict();
export type AssessmentCreate = z.infer<typeof AssessmentCreateSchema>;

/** One questionnaire item as the form shows it. */
export const QuestionnaireItemSchema = z.object({
  /** Stable item id, the key of its answer. */
  id: z.string(),
  /** The area it scores in. */
  area: z.enum(ASSESSMENT_AREAS),
  /** 0–4 scale or yes/no. */
  scale: z.enum(['scale4', 'yes_no']),
  /** The question, in the request's language. */
  label: z.string(),
  /** The five steps' words of a 0–4 item, lowest first; empty for yes/no. */
  steps: z.array(z.string()),
});

/** One indicator with its value, score and (for a live one) where the value came from. */
export const AssessmentIndicatorSchema = z.object({
  /** Stable indicator id (a live indicator's or a questionnaire item's). */
  id: z.string(),
  /** The area it scores in. */
  area: z.enum(ASSESSMENT_AREAS),
  /** `live` from Simpul's data, `questionnaire` from the answers. */
  kind: z.enum(['live', 'questionnaire']),
  /** Its name, in the request's language. */
  label: z.string(),
  /** Where a live value came from; null for an answer. */
  source: z.string().nullable(),
  /** The value (a count, a share 0–1, an index, or an answer); null when it cannot be computed. */
  value: z.number().nullable(),
  /** Format of the value: count, share, index, or answer. */
  format: z.enum(['count', 'share', 'index', 'answer']),
  /** The value normalised to [0, 1] by the published thresholds. */
  score: z.number(),
  /** The value that scores 1. */
  best: z.number(),
});

/** One area's score (0–100). */
export const AreaScoreSchema = z.object({
  /** The area id. */
  area: z.enum(ASSESSMENT_AREAS),
  /** Its name. */
  label: z.string(),
  /** Mean of its indicators' scores ×100. */
  score: z.number(),
});

/** One rise that would help reach the next tier. */
export const RiseSchema = z.object({
  /** The indicator. */
  id: z.string(),
  /** Its name. */
  label: z.string(),
  /** Its value now. */
  from: z.number().nullable(),
  /** The value to reach. */
  to: z.number(),
  /** Points it would add (to the total, or to its area for an area floor). */
  points: z.number(),
});

/** One unmet condition of the next tier, said in words, with the rises that would meet it. */
export const RequirementSchema = z.object({
  /** Which condition: the total, the active members, or an area's floor. */
  kind: z.enum(['total', 'active_members', 'area']),
  /** The area, for an area floor. */
  area: z.enum(ASSESSMENT_AREAS).nullable(),
  /** The condition in words. */
  text: z.string(),
  /** What the tier asks. */
  needed: z.number(),
  /** What the institution has. */
  have: z.number(),
  /** The indicators whose rise would meet it, largest gain first. */
  rises: z.array(RiseSchema),
});

/** A scored assessment. */
export const AssessmentResultSchema = z.object({
  /** Total score 0–100: the mean of the six areas. */
  total: z.number(),
  /** The tier reached. */
  tier: z.enum(ASSESSMENT_TIERS),
  /** The tier's name. */
  tierLabel: z.string(),
  /** Active member firms counted. */
  activeMembers: z.number().int(),
  /** The six areas. */
  areas: z.array(AreaScoreSchema),
  /** Every indicator. */
  indicators: z.array(AssessmentIndicatorSchema),
  /** The tier above and what it takes; null at Emas. */
  next: z
    .object({
      /** The next tier. */
      tier: z.enum(ASSESSMENT_TIERS),
      /** Its name. */
      tierLabel: z.string(),
      /** Its unmet conditions. */
      requirements: z.array(RequirementSchema),
    })
    .nullable(),
});
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;

/** A stored assessment (a snapshot of the trend). */
export const AssessmentSnapshotSchema = AssessmentResultSchema.extend({
  /** Snapshot id. */
  id: z.string(),
  /** The institution. */
  institutionId: z.string(),
  /** The day it was scored. */
  assessedOn: z.string(),
  /** Who answered (user id); null for the demo or a removed account. */
  assessedBy: z.string().nullable(),
  /** The questionnaire version answered. */
  questionnaireVersion: z.number().int(),
  /** The answers given, item id → value. */
  answers: z.record(z.string(), z.number()),
});
export type AssessmentSnapshot = z.infer<typeof AssessmentSnapshotSchema>;

/** The institution's assessments, newest first. */
export const AssessmentHistorySchema = z.object({
  /** The snapshots, newest first. */
  items: z.array(AssessmentSnapshotSchema),
});

/** The live part now and the questionnaire to answer. */
export const AssessmentPreviewSchema = z.object({
  /** The institution. */
  institutionId: z.string(),
  /** Today. */
  assessedOn: z.string(),
  /** The live indicators as they stand today. */
  live: z.array(AssessmentIndicatorSchema),
  /** The questionnaire to answer. */
  questionnaire: z.object({
    /** Its version, to send back with the answers. */
    version: z.number().int(),
    /** Its items, in order. */
    items: z.array(QuestionnaireItemSchema),
  }),
  /** Whether the reader may answer for this institution (its board, or an admin). */
  mayAnswer: z.boolean(),
});
export type AssessmentPreview = z.infer<typeof AssessmentPreviewSchema>;

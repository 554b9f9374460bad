import { z } from 'zod';
import { DateSchema } from '../../shared/dates.ts';
import { singleLine } from '../../shared/text.ts';

/** The wire shapes of the survey scales (#21 item 8): instruments, responses, α and scores. */

/** A text in both languages. */
const BilingualSchema = z.object({ id: z.string(), en: z.string() });

/** One item of an instrument version. */
export const SurveyItemSchema = z.object({
  id: z.uuid(),
  /** Stable across versions; the CSV column of the item. */
  key: z.string(),
  position: z.number().int(),
  text: BilingualSchema,
  /** Scored as 6 − answer (none of the seeded items is). */
  reverse: z.boolean(),
});

/** One version of a scale's instrument. */
export const InstrumentSchema = z.object({
  id: z.uuid(),
  scale: z.string(),
  name: BilingualSchema,
  version: z.number().int(),
  /** The version new responses are written to (the highest). */
  current: z.boolean(),
  createdAt: z.string(),
  items: z.array(SurveyItemSchema),
  /** Responses recorded against this version. */
  responses: z.number().int(),
});
export type Instrument = z.infer<typeof InstrumentSchema>;

/** A firm a response may be recorded for: one of the project's centres' firms, as the reader sees it. */
export const SurveyFirmSchema = z.object({
  id: z.uuid(),
  /** The name, or the pseudonym for researchers without personal-data access. */
  label: z.string(),
  centerId: z.uuid(),
  centerName: z.string(),
});
export type SurveyFirm = z.infer<typeof SurveyFirmSchema>;

/** The project's instruments (every version), its firms and the waves recorded so far. */
export const ScalesSchema = z.object({
  projectId: z.uuid(),
  likertPoints: z.number().int(),
  instruments: z.array(InstrumentSchema),
  firms: z.array(SurveyFirmSchema),
  waves: z.array(z.string()),
});
export type Scales = z.infer<typeof ScalesSchema>;

/** New wording (or keying) of an item: written as a new version of its instrument. */
export const ItemUpdateSchema = z
  .object({
    /** The item in Bahasa Indonesia. */
    textId: singleLine().trim().min(1).max(300).optional(),
    /** The item in English. */
    textEn: singleLine().trim().min(1).max(300).optional(),
    /** Reverse-keyed: scored as 6 − answer. */
    reverse: z.boolean().optional(),
  })
  .strict();
export type ItemUpdate = z.infer<typeof ItemUpdateSchema>;

/** A wave's label (a name such as "2024-1", or a date). */
const WaveSchema = singleLine().trim().min(1).max(100);

/** One enterprise's questionnaire for one wave, every scale at once. */
export const ResponseCreateSchema = z
  .object({
    enterpriseId: z.uuid(),
    wave: WaveSchema,
    /** The day it was answered, if known. */
    answeredOn: DateSchema.nullish(),
    /** Item key → answer 1–5; a missing key or null is an unanswered item. */
    answers: z.record(singleLine().max(50), z.number().int().min(1).max(5).nullable()),
  })
  .strict();
export type ResponseCreate = z.infer<typeof ResponseCreateSchema>;

/** What an entry or an import wrote. */
export const ResponsesWrittenSchema = z.object({
  /** Questionnaires (enterprise × wave). */
  questionnaires: z.number().int(),
  /** Responses (one per scale with at least one answer). */
  responses: z.number().int(),
  waves: z.array(z.string()),
});
export type ResponsesWritten = z.infer<typeof ResponsesWrittenSchema>;

/** Which questionnaire to delete. */
export const ResponseDeleteQuerySchema = z.object({ enterpriseId: z.uuid(), wave: WaveSchema }).strict();

/** The CSV's name, for messages. */
export const ResponsesFileQuerySchema = z.object({ filename: singleLine().max(255).optional() }).strict();

/** Results of one wave, or of every wave. */
export const ResultsQuerySchema = z.object({ wave: WaveSchema.optional() }).strict();

/** Cronbach's α of one scale version in one wave. */
export const AlphaRowSchema = z.object({
  scale: z.string(),
  name: BilingualSchema,
  version: z.number().int(),
  wave: z.string(),
  /** Null when undefined; `reason` says why. */
  alpha: z.number().nullable(),
  reason: z.enum(['too_few_items', 'too_few_respondents', 'no_total_variance']).nullable(),
  /** The reason in the reader's language. */
  reasonText: z.string().nullable(),
  items: z.number().int(),
  /** Respondents who answered every item (α drops the others listwise). */
  respondents: z.number().int(),
  /** Every response of the scale in the wave. */
  responses: z.number().int(),
});
export type AlphaRow = z.infer<typeof AlphaRowSchema>;

/** One scale's score of one questionnaire. */
export const ScaleScoreSchema = z.object({
  scale: z.string(),
  /** Mean of the answered items (reverse-keyed ones reversed); null below the missing-item rule. */
  score: z.number().nullable(),
  answered: z.number().int(),
  items: z.number().int(),
});

/** A firm's position in its centre's network today (the stored analysis, as the reader may see it). */
export const NetworkPositionSchema = z.object({
  degree: z.number().int(),
  positiveDegree: z.number().int(),
  negativeDegree: z.number().int(),
  betweenness: z.number().nullable(),
});

/** One enterprise's scores in one wave beside its network position. */
export const ScoreRowSchema = z.object({
  enterpriseId: z.uuid(),
  label: z.string(),
  centerId: z.uuid(),
  centerName: z.string(),
  wave: z.string(),
  answeredOn: z.string().nullable(),
  scores: z.array(ScaleScoreSchema),
  /** Null when the firm is not a node of its centre's network as the reader sees it. */
  position: NetworkPositionSchema.nullable(),
});
export type ScoreRow = z.infer<typeof ScoreRowSchema>;

/** α per scale × wave and the scores beside the network positions. */
export const ScaleResultsSchema = z.object({
  projectId: z.uuid(),
  wave: z.string().nullable(),
  waves: z.array(z.string()),
  /** The missing-item rule of the scores, in the reader's language. */
  scoreRule: z.string(),
  alphas: z.array(AlphaRowSchema),
  scores: z.array(ScoreRowSchema),
  /** Questionnaires of firms outside the project's centres as the reader sees them (counted in α, not listed). */
  unlisted: z.number().int(),
});
export type ScaleResults = z.infer<typeof ScaleResultsSchema>;

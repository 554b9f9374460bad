import { z } from 'zod';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { PageQuerySchema } from '../shared/pagination.ts';
import { multiLine } from '../shared/text.ts';
import { CHALLENGE_CATEGORIES, CHALLENGE_SEVERITIES, CHALLENGE_STATUSES } from './institutions.constants.ts';

/** What kind of institutional weakness was observed (DOMAIN.md §6.2). */
export const ChallengeCategorySchema = z.enum(CHALLENGE_CATEGORIES);
/** How much the challenge hurts the institution's work. */
export const ChallengeSeveritySchema = z.enum(CHALLENGE_SEVERITIES);
/** Where the challenge stands; see `challenges.rules.ts` for the allowed moves. */
export const ChallengeStatusSchema = z.enum(CHALLENGE_STATUSES);
export type ChallengeStatus = z.infer<typeof ChallengeStatusSchema>;

const challengeFields = {
  category: ChallengeCategorySchema,
  severity: ChallengeSeveritySchema,
  status: ChallengeStatusSchema,
  /** Day the challenge was first observed (field visit, board report). */
  observedOn: DateSchema,
  /** Day it was resolved; required when status is `resolved`, forbidden otherwise. */
  resolvedOn: DateSchema.nullish(),
  /** What was seen, who said it, what is being done. */
  notes: multiLine().max(5000).nullish(),
};

/** Body of `POST /api/institutions/:id/challenges`. */
export const ChallengeCreateSchema = z
  .object({ ...challengeFields, status: challengeFields.status.default('open') })
  .strict();
export type ChallengeCreate = z.infer<typeof ChallengeCreateSchema>;

/** Body of `PATCH /api/challenges/:id`: any subset of fields plus the version the client last read. */
export const ChallengeUpdateSchema = z
  .object(challengeFields)
  .partial()
  .extend({ version: z.number().int().positive() })
  .strict();
export type ChallengeUpdate = z.infer<typeof ChallengeUpdateSchema>;

/** One entry of an institution's challenges log. */
export const ChallengeSchema = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  category: ChallengeCategorySchema,
  severity: ChallengeSeveritySchema,
  status: ChallengeStatusSchema,
  observedOn: z.string(),
  resolvedOn: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Challenge = z.infer<typeof ChallengeSchema>;

/**
 * Query of `GET /api/institutions/:id/challenges`. A log reads newest first, which the shared
 * `sortSchema` cannot default to, hence the local sort.
 */
export const ChallengeListQuerySchema = PageQuerySchema.pick({ limit: true, offset: true })
  .extend({
    status: ChallengeStatusSchema.optional(),
    category: ChallengeCategorySchema.optional(),
    severity: ChallengeSeveritySchema.optional(),
    sort: z
      .enum(['observedOn', '-observedOn', 'updatedAt', '-updatedAt'])
      .default('-observedOn')
      .transform((v) => ({
        field: v.replace('-', '') as 'observedOn' | 'updatedAt',
        direction: v.startsWith('-') ? ('desc' as const) : ('asc' as const),
      })),
  })
  .strict();
export type ChallengeListQuery = z.infer<typeof ChallengeListQuerySchema>;

import { z } from 'zod';
import { DateSchema } from '../shared/dates.ts';
import { multiLine } from '../shared/text.ts';
import { AWARD_SIDES, AWARD_STATUSES, FAILURE_KINDS } from './requests.constants.ts';

/** Body of `POST /api/requests/:id/awards`: one or several answers and the quantity each gets. */
export const AwardCreateSchema = z
  .object({
    version: z.number().int().positive(),
    awards: z
      .array(z.object({ answerId: z.uuid(), awardQuantity: z.number().positive().max(1e12) }).strict())
      .min(1)
      .max(50),
  })
  .strict();
export type AwardCreate = z.infer<typeof AwardCreateSchema>;

/** Body of an award step taken by one side (confirm delivery). */
export const AwardConfirmSchema = z
  .object({
    version: z.number().int().positive(),
    side: z.enum(AWARD_SIDES),
    /** The day the goods arrived (default today). */
    deliveredOn: DateSchema.optional(),
  })
  .strict();
export type AwardConfirm = z.infer<typeof AwardConfirmSchema>;

/** Body of `POST /api/request-awards/:id/failure`: a report (with its kind) or the other side's statement. */
export const AwardFailureSchema = z
  .object({
    version: z.number().int().positive(),
    side: z.enum(AWARD_SIDES),
    /** Late or broken: needed by whoever reports first. */
    failureKind: z.enum(FAILURE_KINDS).optional(),
    statement: multiLine().trim().min(1).max(4000),
  })
  .strict();
export type AwardFailure = z.infer<typeof AwardFailureSchema>;

/** Body of `POST /api/request-awards/:id/rating`: one side rates the other, once. */
export const AwardRatingSchema = z
  .object({
    side: z.enum(AWARD_SIDES),
    onTime: z.number().int().min(1).max(5),
    quality: z.number().int().min(1).max(5),
    communication: z.number().int().min(1).max(5),
    ratingComment: multiLine().max(2000).nullish(),
  })
  .strict();
export type AwardRating = z.infer<typeof AwardRatingSchema>;

const RatingSchema = z.object({
  side: z.enum(AWARD_SIDES),
  onTime: z.number().int(),
  quality: z.number().int(),
  communication: z.number().int(),
  ratingComment: z.string().nullable(),
});

/** An award as the API returns it. */
export const AwardSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  answerId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  quantity: z.number(),
  unitPrice: z.number().nullable(),
  deliveryDate: z.string(),
  status: z.enum(AWARD_STATUSES),
  posterConfirmedAt: z.string().nullable(),
  supplierConfirmedAt: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  failureKind: z.enum(FAILURE_KINDS).nullable(),
  posterStatement: z.string().nullable(),
  supplierStatement: z.string().nullable(),
  interactionId: z.uuid().nullable(),
  breachInteractionId: z.uuid().nullable(),
  ratings: z.array(RatingSchema),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Award = z.infer<typeof AwardSchema>;

import { z } from 'zod';
import { DateSchema } from '../shared/dates.ts';
import { PageQuerySchema } from '../shared/pagination.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import {
  CERTIFICATIONS,
  REQUEST_STATUSES,
  REQUEST_TIE_TYPES,
  REQUEST_VISIBILITIES,
} from './requests.constants.ts';

export type { RequestStatus } from './requests.constants.ts';

const quantity = z.number().positive().max(1e12);
const price = z.number().min(0).max(1e15);

/** The fields a poster fills in; the same for a new draft and (each optional) for an edit. */
const requestFields = {
  /** The posting enterprise (an overloaded firm, principal or contractor); empty for an outside buyer. */
  posterEnterpriseId: z.uuid().nullish(),
  /** The outside buyer a centre manager or Dinas officer posts for; exactly one of this or the enterprise. */
  buyerName: singleLine().trim().min(1).max(200).nullish(),
  /** What is to be made. */
  product: singleLine().trim().min(1).max(200),
  /** Details: sizes, materials, quality. */
  description: multiLine().max(5000).nullish(),
  /** Processes from the taxonomy (`footwear.lasting`). */
  processCodes: z.array(singleLine().trim().min(3).max(81)).max(30).optional(),
  /** Certifications the maker must hold. */
  requiredCertifications: z.array(z.enum(CERTIFICATIONS)).max(7).optional(),
  /** How much is needed, in `unit`. */
  quantity,
  unit: singleLine().trim().min(1).max(40),
  /** The price per unit the poster has in mind (optional). */
  targetUnitPrice: price.nullish(),
  /** The last day answers are taken. */
  answerDeadline: DateSchema,
  /** The day the goods are due. */
  deliveryDate: DateSchema,
  /** The tie a delivered award becomes. */
  tieType: z.enum(REQUEST_TIE_TYPES),
  /** The centres whose firms the request is for (at least one). */
  targetCenterIds: z.array(z.uuid()).min(1).max(20),
  /** A region the request is meant for, besides the centres. */
  targetRegionCode: singleLine().max(13).nullish(),
  /** `targeted`: every firm of the target centres may answer; `invited`: only invited firms. */
  visibility: z.enum(REQUEST_VISIBILITIES).optional(),
  /** Ask for an officer's review before publishing. */
  reviewRequired: z.boolean().optional(),
};

/** Body of `POST /api/requests`: a new draft. */
export const RequestCreateSchema = z.object(requestFields).strict();
export type RequestCreate = z.infer<typeof RequestCreateSchema>;

/** Body of `PATCH /api/requests/:id`: a draft's changed fields and the version last read. */
export const RequestUpdateSchema = z
  .object(requestFields)
  .partial()
  .extend({ version: z.number().int().positive() })
  .strict();
export type RequestUpdate = z.infer<typeof RequestUpdateSchema>;

/** Body of a status move (submit, close, cancel, award start): the version last read. */
export const RequestVersionSchema = z.object({ version: z.number().int().positive() }).strict();
export type RequestVersion = z.infer<typeof RequestVersionSchema>;

/** Body of `POST /api/requests/:id/review`: approve (publish) or return to the poster with a note. */
export const RequestReviewSchema = z
  .object({
    version: z.number().int().positive(),
    decision: z.enum(['approve', 'return']),
    /** Why it is returned (shown to the poster). */
    reviewNote: multiLine().max(2000).nullish(),
  })
  .strict();
export type RequestReview = z.infer<typeof RequestReviewSchema>;

/** Query of `GET /api/requests`. */
export const RequestListQuerySchema = PageQuerySchema.pick({ limit: true, offset: true }).extend({
  status: z.enum(REQUEST_STATUSES).optional(),
  /** Only requests aimed at this centre. */
  centerId: z.uuid().optional(),
  /** `mine`: posted by me or my firms; `open_for_me`: open ones my firms may answer; `scope`: everything I may see. */
  view: z.enum(['mine', 'open_for_me', 'scope']).default('scope'),
});
export type RequestListQuery = z.infer<typeof RequestListQuerySchema>;

/** A request as the API returns it. */
export const RequestSchema = z.object({
  id: z.uuid(),
  status: z.enum(REQUEST_STATUSES),
  posterEnterpriseId: z.uuid().nullable(),
  posterName: z.string().nullable(),
  buyerName: z.string().nullable(),
  product: z.string(),
  description: z.string().nullable(),
  processCodes: z.array(z.string()),
  requiredCertifications: z.array(z.string()),
  quantity: z.number(),
  unit: z.string(),
  targetUnitPrice: z.number().nullable(),
  answerDeadline: z.string(),
  deliveryDate: z.string(),
  tieType: z.enum(REQUEST_TIE_TYPES),
  targetCenterIds: z.array(z.uuid()),
  targetRegionCode: z.string().nullable(),
  visibility: z.enum(REQUEST_VISIBILITIES),
  reviewRequired: z.boolean(),
  reviewNote: z.string().nullable(),
  publishedAt: z.string().nullable(),
  awardedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PartnershipRequest = z.infer<typeof RequestSchema>;

import { z } from 'zod';
import type { Endpoint } from '../http/endpoints.ts';
import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import {
  AwardConfirmSchema,
  AwardCreateSchema,
  AwardFailureSchema,
  AwardRatingSchema,
  AwardSchema,
} from './awards.schema.ts';
import {
  AnswerCreateSchema,
  AnswerSchema,
  AnswerUpdateSchema,
  InvitationCreateSchema,
  InvitationReplySchema,
  MessageCreateSchema,
  RequestMessageSchema,
} from './offers.schema.ts';
import { RequestDetailSchema } from './request-detail.schema.ts';
import {
  RequestCreateSchema,
  RequestListQuerySchema,
  RequestReviewSchema,
  RequestSchema,
  RequestUpdateSchema,
  RequestVersionSchema,
} from './requests.schema.ts';

const params = IdParamsSchema;
const move = { params, body: RequestVersionSchema, response: RequestSchema };
const awardStep = <B extends z.ZodType>(body: B) => ({ params, body, response: AwardSchema });

/** The request routes' entries of the endpoint table (issue #18), spread into `http/endpoints.ts`. */
export const REQUEST_ENDPOINTS = {
  'GET /requests': { query: RequestListQuerySchema, response: pageOf(RequestSchema) },
  'POST /requests': { body: RequestCreateSchema, response: RequestSchema, statuses: [201] },
  'GET /requests/:id': { params, response: RequestDetailSchema },
  'PATCH /requests/:id': { params, body: RequestUpdateSchema, response: RequestSchema },
  'POST /requests/:id/submit': move,
  'POST /requests/:id/review': { params, body: RequestReviewSchema, response: RequestSchema },
  'POST /requests/:id/close': move,
  'POST /requests/:id/cancel': move,
  'POST /requests/:id/invitations': {
    params,
    body: InvitationCreateSchema,
    response: z.object({ invited: z.array(z.uuid()) }),
  },
  'POST /requests/:id/invitation-reply': {
    params,
    body: InvitationReplySchema,
    response: z.object({ ok: z.literal(true) }),
  },
  'POST /requests/:id/answers': { params, body: AnswerCreateSchema, response: AnswerSchema, statuses: [201] },
  'PATCH /request-answers/:id': { params, body: AnswerUpdateSchema, response: AnswerSchema },
  'POST /request-answers/:id/withdraw': { params, body: RequestVersionSchema, response: AnswerSchema },
  'GET /requests/:id/messages': { params, response: z.object({ items: z.array(RequestMessageSchema) }) },
  'POST /requests/:id/messages': {
    params,
    body: MessageCreateSchema,
    response: RequestMessageSchema,
    statuses: [201],
  },
  'POST /requests/:id/awards': {
    params,
    body: AwardCreateSchema,
    response: z.object({ items: z.array(AwardSchema) }),
    statuses: [201],
  },
  'POST /request-awards/:id/start': awardStep(RequestVersionSchema),
  'POST /request-awards/:id/confirm': awardStep(AwardConfirmSchema),
  'POST /request-awards/:id/failure': awardStep(AwardFailureSchema),
  'POST /request-awards/:id/breach': awardStep(RequestVersionSchema),
  'POST /request-awards/:id/rating': {
    params,
    body: AwardRatingSchema,
    response: AwardSchema,
    statuses: [201],
  },
} as const satisfies Record<string, Endpoint>;

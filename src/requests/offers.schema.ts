import { z } from 'zod';
import { DateSchema } from '../shared/dates.ts';
import { multiLine } from '../shared/text.ts';

/** Body of `POST /api/requests/:id/invitations`: firms invited to answer. */
export const InvitationCreateSchema = z.object({ enterpriseIds: z.array(z.uuid()).min(1).max(200) }).strict();
export type InvitationCreate = z.infer<typeof InvitationCreateSchema>;

/** Body of `POST /api/requests/:id/invitation-reply`: an invitee marks the invitation seen or declines it. */
export const InvitationReplySchema = z
  .object({
    /** The invited firm (needed when the user speaks for several). */
    enterpriseId: z.uuid().optional(),
    reply: z.enum(['seen', 'declined']),
  })
  .strict();
export type InvitationReply = z.infer<typeof InvitationReplySchema>;

/** An invitation as the poster sees it. */
export const InvitationSchema = z.object({
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  invitedAt: z.string(),
  seenAt: z.string().nullable(),
  declinedAt: z.string().nullable(),
  answered: z.boolean(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

const answerFields = {
  /** The price per unit quoted (optional: some firms quote after a sample). */
  unitPrice: z.number().min(0).max(1e15).nullish(),
  /** How much of the request the firm can take on. */
  quantityOffered: z.number().positive().max(1e12),
  /** The day the firm can deliver. */
  readyOn: DateSchema,
  /** Anything the poster should know. */
  answerNote: multiLine().max(2000).nullish(),
};

/** Body of `POST /api/requests/:id/answers`: a firm's quote. */
export const AnswerCreateSchema = z
  .object({
    /** The answering firm (needed when the user speaks for several, or for an officer entering it). */
    enterpriseId: z.uuid().optional(),
    ...answerFields,
  })
  .strict();
export type AnswerCreate = z.infer<typeof AnswerCreateSchema>;

/** Body of `PATCH /api/request-answers/:id`: the firm edits its own quote. */
export const AnswerUpdateSchema = z
  .object(answerFields)
  .partial()
  .extend({ version: z.number().int().positive() })
  .strict();
export type AnswerUpdate = z.infer<typeof AnswerUpdateSchema>;

/** A quote: the poster sees every one, a firm only its own. */
export const AnswerSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  unitPrice: z.number().nullable(),
  quantityOffered: z.number(),
  readyOn: z.string(),
  answerNote: z.string().nullable(),
  withdrawn: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** Body of `POST /api/requests/:id/messages`: a question, or the poster's answer to one. */
export const MessageCreateSchema = z
  .object({
    messageBody: multiLine().trim().min(1).max(4000),
    /** The question this answers. */
    replyTo: z.uuid().nullish(),
    /** The firm the writer speaks for (when several). */
    enterpriseId: z.uuid().optional(),
  })
  .strict();
export type MessageCreate = z.infer<typeof MessageCreateSchema>;

/** One message of a request's thread. */
export const RequestMessageSchema = z.object({
  id: z.uuid(),
  authorEnterpriseId: z.uuid().nullable(),
  authorName: z.string(),
  replyTo: z.uuid().nullable(),
  messageBody: z.string(),
  createdAt: z.string(),
});
export type RequestMessage = z.infer<typeof RequestMessageSchema>;

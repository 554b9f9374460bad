import { z } from 'zod';
import { AwardSchema } from './awards.schema.ts';
import { AnswerSchema, InvitationSchema } from './offers.schema.ts';
import { RequestSchema } from './requests.schema.ts';

/** A firm named in a request's detail (an invitee that never answered). */
const FirmSchema = z.object({ enterpriseId: z.uuid(), enterpriseName: z.string() });

/**
 * `GET /api/requests/:id`: the request with what the reader may see of it. The poster's side sees every
 * invitation, answer and award and the invited firms that never answered; an answering firm sees only its
 * own invitation, answer and award (never another firm's quote).
 */
export const RequestDetailSchema = RequestSchema.extend({
  /** The reader speaks for the poster (may edit, invite, award). */
  isPosterSide: z.boolean(),
  /** The reader's firms that may answer this request now. */
  mayAnswerAs: z.array(z.uuid()),
  invitations: z.array(InvitationSchema),
  answers: z.array(AnswerSchema),
  awards: z.array(AwardSchema),
  nonResponders: z.array(FirmSchema),
});
export type RequestDetail = z.infer<typeof RequestDetailSchema>;

import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { todayWib } from '../shared/periods.ts';
import { listAwardRows } from './awards.repo.ts';
import { listAnswerRows, listInvitationRows, mayAnswer } from './offers.repo.ts';
import type { RequestDetail } from './request-detail.schema.ts';
import { rowToAnswer, rowToAward, rowToInvitation, rowToRequest } from './request-mappers.ts';
import { type RequestAccess, requestsAsSeenBy } from './requests.policy.ts';
import { requireRequest } from './requests.service.ts';

/**
 * A request as `actor` may see it. The poster's side (and officers, admins and the ministry, who oversee)
 * see every invitation, answer and award and the invited firms that never answered; an enterprise that is
 * not the poster sees only its own firms' invitations, answers and awards, never another firm's quote.
 */
export async function getRequestDetail(
  db: Db,
  actor: Actor,
  id: string,
  access: RequestAccess,
): Promise<RequestDetail> {
  const row = await requireRequest(db, id);
  const firm = actor.kind === 'user' && actor.role === 'enterprise';
  const own = actor.kind === 'user' ? actor.scopes.enterprises : [];
  const seesAll = access.manage || !firm;
  const filter = seesAll ? undefined : own;
  // A firm sees its own invitations (so it can decline them), never who else was invited.
  const invitations = (await listInvitationRows(db, row.id))
    .map(rowToInvitation)
    .filter((i) => seesAll || own.includes(i.enterpriseId));
  const answers = (await listAnswerRows(db, row.id, filter)).map(rowToAnswer);
  const awards = (await listAwardRows(db, row.id, filter)).map(rowToAward);
  const mayAnswerAs: string[] = [];
  if (firm && row.status === 'open' && todayWib() <= row.answer_deadline) {
    for (const enterpriseId of own) {
      if (enterpriseId === row.poster_enterprise_id || answers.some((a) => a.enterpriseId === enterpriseId))
        continue;
      if (await mayAnswer(db, row.id, enterpriseId, todayWib())) mayAnswerAs.push(enterpriseId);
    }
  }
  const [seen] = await requestsAsSeenBy(db, actor, [rowToRequest(row)], access.manage);
  return {
    ...(seen ?? rowToRequest(row)),
    isPosterSide: access.manage,
    mayAnswerAs,
    invitations,
    answers,
    awards,
    nonResponders: (seesAll ? invitations : [])
      .filter((i) => !i.answered && !i.declinedAt && !answers.some((a) => a.enterpriseId === i.enterpriseId))
      .map((i) => ({ enterpriseId: i.enterpriseId, enterpriseName: i.enterpriseName })),
  };
}

import type { Actor, UserActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { todayWib } from '../shared/periods.ts';
import {
  existingEnterprises,
  findAnswerOf,
  findAnswerRow,
  insertAnswer,
  insertInvitations,
  insertMessage,
  listMessageRows,
  lockAnswerRow,
  mayAnswer,
  messageOfRequest,
  monthlyCapacityOf,
  replyToInvitation,
  updateAnswerRow,
} from './offers.repo.ts';
import type {
  Answer,
  AnswerCreate,
  AnswerUpdate,
  InvitationCreate,
  MessageCreate,
  RequestMessage,
} from './offers.schema.ts';
import { rowToAnswer, rowToMessage } from './request-mappers.ts';
import { notifyFirms, notifyPoster, rescheduleReminders } from './request-notices.ts';
import type { RequestRow } from './requests.repo.ts';
import {
  answerDeadlineProblems,
  assertNoProblems,
  capacityProblem,
  problem,
  statusWord,
} from './requests.rules.ts';
import { lockRequest, requireRequest } from './requests.service.ts';

/** 409 unless the request is open (naming its status in words). */
function assertOpen(row: RequestRow, what: { id: string; en: string }): void {
  if (row.status === 'open') return;
  const message = tr(
    {
      id: '{what}: permintaan berstatus {status}, bukan Dibuka.',
      en: '{what}: the request is {status}, not Open.',
    },
    { what: tr(what), status: statusWord(row.status) },
  );
  throw new AppError('conflict', message, [{ path: 'status', message }]);
}

/** Invites firms (new ones are told at once if the request is published); returns the firms newly invited. */
export async function inviteFirms(
  db: Db,
  actor: UserActor,
  id: string,
  input: InvitationCreate,
): Promise<{ invited: string[] }> {
  return db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, id, undefined);
    if (!['draft', 'in_review', 'open'].includes(row.status))
      assertOpen(row, { id: 'Undangan', en: 'Invitations' });
    const existing = await existingEnterprises(trx, input.enterpriseIds);
    const missing = input.enterpriseIds.filter((e) => !existing.includes(e));
    if (missing.length > 0) {
      assertNoProblems([
        problem(
          'enterpriseIds',
          { id: '{field}: IKM {ids} tidak ditemukan.', en: '{field}: enterprise {ids} was not found.' },
          { ids: missing.join(', ') },
        ),
      ]);
    }
    const invited = await insertInvitations(
      trx,
      row.id,
      existing.filter((e) => e !== row.poster_enterprise_id),
      actor.userId,
    );
    if (row.status === 'open' && invited.length > 0) {
      await notifyFirms(trx, row, invited, 'request.invited', { firm: '' });
      await rescheduleReminders(trx, row);
    }
    return { invited };
  });
}

/** An invitee marks its invitation seen or declines it (404 when the firm was not invited). */
export async function replyInvitation(
  db: Db,
  id: string,
  enterpriseId: string,
  reply: 'seen' | 'declined',
): Promise<{ ok: true }> {
  return db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, id, undefined);
    if (!(await replyToInvitation(trx, row.id, enterpriseId, reply))) {
      throw new AppError(
        'not_found',
        tr({
          id: 'IKM ini tidak diundang ke permintaan ini.',
          en: 'This enterprise was not invited to this request.',
        }),
      );
    }
    if (reply === 'declined') await rescheduleReminders(trx, row);
    return { ok: true as const };
  });
}

/** The firm the actor answers or writes for: the one named, or an enterprise user's only firm (422 otherwise). */
export function firmOf(actor: Actor, enterpriseId: string | undefined): string {
  if (enterpriseId) return enterpriseId;
  if (actor.kind === 'user' && actor.role === 'enterprise' && actor.scopes.enterprises.length === 1) {
    return actor.scopes.enterprises[0] as string;
  }
  throw new AppError(
    'unprocessable',
    tr({ id: 'Pilih IKM yang Anda wakili.', en: 'Choose the enterprise you speak for.' }),
    [
      {
        path: 'enterpriseId',
        message: tr({ id: 'Pilih IKM yang Anda wakili.', en: 'Choose the enterprise you speak for.' }),
      },
    ],
  );
}

/**
 * A firm's quote on an open request, up to its deadline: the firm must be invited or (targeted request) a
 * member of a target centre, offer no more than 1,000× its monthly capacity, and answer once (edit after).
 */
export async function createAnswer(
  db: Db,
  actor: UserActor,
  id: string,
  enterpriseId: string,
  input: AnswerCreate,
): Promise<Answer> {
  const answerId = await db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, id, undefined);
    assertOpen(row, { id: 'Penawaran', en: 'Answers' });
    const today = todayWib();
    assertNoProblems(answerDeadlineProblems(row.answer_deadline, today));
    if (enterpriseId === row.poster_enterprise_id || !(await mayAnswer(trx, row.id, enterpriseId, today))) {
      throw new AppError(
        'forbidden',
        tr({
          id: 'IKM ini tidak diundang dan bukan anggota sentra sasaran.',
          en: 'This enterprise is neither invited nor a member of a target centre.',
        }),
      );
    }
    assertNoProblems(
      capacityProblem('quantityOffered', input.quantityOffered, await monthlyCapacityOf(trx, enterpriseId)),
    );
    if (await findAnswerOf(trx, row.id, enterpriseId)) {
      const message = tr({
        id: 'IKM ini sudah menawar; ubah penawarannya.',
        en: 'This enterprise has answered already; edit its answer.',
      });
      throw new AppError('conflict', message, [{ path: 'enterpriseId', message }]);
    }
    const answer = await insertAnswer(trx, {
      request_id: row.id,
      enterprise_id: enterpriseId,
      answered_by: actor.userId,
      unit_price: input.unitPrice ?? null,
      quantity_offered: input.quantityOffered,
      ready_on: input.readyOn,
      note: input.answerNote ?? null,
    });
    const firm = (await findAnswerOf(trx, row.id, enterpriseId))?.enterprise_name ?? '';
    await notifyPoster(trx, row, 'request.answered', { firm });
    await rescheduleReminders(trx, row);
    return answer;
  });
  return answerOf(db, answerId);
}

/** The firm edits (or, with `withdraw`, withdraws) its own quote while the request is open and before the deadline. */
export async function changeAnswer(
  db: Db,
  answerId: string,
  input: AnswerUpdate,
  withdraw = false,
): Promise<Answer> {
  await db.transaction().execute(async (trx) => {
    const answer = isUuid(answerId) ? await lockAnswerRow(trx, answerId) : undefined;
    if (!answer) throw answerNotFound(answerId);
    if (answer.version !== input.version) {
      throw new AppError(
        'version_conflict',
        tr(
          {
            id: 'Penawaran ini sudah diubah (versi {actual}). Muat ulang.',
            en: 'This answer was changed meanwhile (version {actual}). Reload.',
          },
          { actual: answer.version },
        ),
      );
    }
    const row = await lockRequest(trx, answer.request_id, undefined);
    assertOpen(row, { id: 'Penawaran', en: 'Answers' });
    assertNoProblems(answerDeadlineProblems(row.answer_deadline, todayWib()));
    if (input.quantityOffered !== undefined) {
      assertNoProblems(
        capacityProblem(
          'quantityOffered',
          input.quantityOffered,
          await monthlyCapacityOf(trx, answer.enterprise_id),
        ),
      );
    }
    await updateAnswerRow(trx, answerId, {
      ...(input.unitPrice !== undefined && { unit_price: input.unitPrice }),
      ...(input.quantityOffered !== undefined && { quantity_offered: input.quantityOffered }),
      ...(input.readyOn !== undefined && { ready_on: input.readyOn }),
      ...(input.answerNote !== undefined && { note: input.answerNote }),
      withdrawn_at: withdraw ? new Date() : null,
    });
    await rescheduleReminders(trx, row);
  });
  return answerOf(db, answerId);
}

/** The firm whose answer `answerId` is (for the route's check); 404 when missing. */
export async function answerFirm(db: Db, answerId: string): Promise<string> {
  return (await answerOf(db, answerId)).enterpriseId;
}

async function answerOf(db: Db, answerId: string): Promise<Answer> {
  const row = isUuid(answerId) ? await findAnswerRow(db, answerId) : undefined;
  if (!row) throw answerNotFound(answerId);
  return rowToAnswer(row);
}

const answerNotFound = (id: string) =>
  new AppError(
    'not_found',
    tr({ id: 'Penawaran {id} tidak ditemukan.', en: 'Answer {id} was not found.' }, { id }),
  );

/** A request's question thread. */
export async function listMessages(db: Db, id: string): Promise<RequestMessage[]> {
  const row = await requireRequest(db, id);
  return (await listMessageRows(db, row.id)).map(rowToMessage);
}

/** Adds a question (the poster is told) or the poster's reply; drafts and finished requests take none. */
export async function postMessage(
  db: Db,
  actor: UserActor,
  id: string,
  authorEnterpriseId: string | null,
  isPosterSide: boolean,
  input: MessageCreate,
): Promise<RequestMessage> {
  const messageId = await db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, id, undefined);
    if (row.status === 'cancelled' || row.status === 'rated')
      assertOpen(row, { id: 'Pesan', en: 'Messages' });
    if (input.replyTo && !(await messageOfRequest(trx, row.id, input.replyTo))) {
      assertNoProblems([
        problem('replyTo', {
          id: '{field} tidak ditemukan di permintaan ini.',
          en: '{field} is not a message of this request.',
        }),
      ]);
    }
    const created = await insertMessage(trx, {
      request_id: row.id,
      author_user_id: actor.userId,
      author_enterprise_id: authorEnterpriseId,
      reply_to: input.replyTo ?? null,
      body: input.messageBody,
    });
    if (!isPosterSide) await notifyPoster(trx, row, 'request.question', { author: actor.email });
    return created;
  });
  const message = (await listMessageRows(db, id)).find((m) => m.id === messageId);
  if (!message) throw new Error('postMessage: the new message is missing');
  return rowToMessage(message);
}

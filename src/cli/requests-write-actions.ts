// The writing actions of `simpul requests …` (create, invite, answer, decline, withdraw, rate), loaded when
// one runs. Each calls the service its API route calls, with the same access checks, as the user of --as.
import type { UserActor } from '../auth/actor.ts';
import { withActor } from '../auth/actor.ts';
import { checkAccess, requireUser } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { type Award, AwardRatingSchema } from '../requests/awards.schema.ts';
import { awardParties, rateAward } from '../requests/awards.service.ts';
import { AnswerCreateSchema, InvitationCreateSchema } from '../requests/offers.schema.ts';
import {
  changeAnswer,
  createAnswer,
  firmOf,
  inviteFirms,
  replyInvitation,
} from '../requests/offers.service.ts';
import { getRequestDetail } from '../requests/request-detail.service.ts';
import {
  assertMayManageRequest,
  assertMayPostFor,
  assertMayReadRequest,
  assertMaySpeakFor,
  requestPolicy,
} from '../requests/requests.policy.ts';
import { createRequest } from '../requests/requests.service.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { actorOf, line, OPERATOR } from './requests-actions.ts';
import { type CreateOptions, createRequestBody } from './requests-write-body.ts';
import { inOptionTerms, numberOf, parseOptions } from './requests-write-input.ts';
import { withDatabase } from './runtime.ts';

type Rule = typeof requestPolicy.post;

/** Opens the database, acts as the user of --as under `rule`; a service's field names become option names. */
async function asUser(email: string, rule: Rule, work: (db: Db, user: UserActor) => Promise<void>) {
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, email, false);
    checkAccess(actor, rule);
    try {
      await withActor(actor, () => work(db, requireUser(actor)));
    } catch (thrown) {
      throw inOptionTerms(thrown);
    }
  });
}

const print = (value: unknown, json: boolean | undefined, text: string) =>
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : text);

/** `simpul requests create --as EMAIL (--file request.json | --product … --quantity … …)`: a new draft. */
export async function createCommand(options: CreateOptions): Promise<void> {
  const body = await createRequestBody(options);
  await asUser(options.as, requestPolicy.post, async (db, user) => {
    await assertMayPostFor(db, user, body);
    const created = await createRequest(db, user, body);
    print(created, options.json, line(created));
    say(
      words(
        {
          id: 'Draf dibuat; terbitkan dengan: simpul requests publish {id} --as {email}',
          en: 'Draft created; publish it with: simpul requests publish {id} --as {email}',
        },
        { id: created.id, email: options.as },
      ),
    );
  });
}

/** `simpul requests invite REQUEST --as EMAIL --enterprise ID…`: the poster's side invites firms. */
export async function inviteCommand(
  id: string,
  options: { as: string; enterprise: string[]; json?: boolean },
) {
  const body = parseOptions(InvitationCreateSchema, { enterpriseIds: options.enterprise });
  await asUser(options.as, requestPolicy.post, async (db, user) => {
    await assertMayManageRequest(db, user, id);
    const result = await inviteFirms(db, user, id, body);
    print(result, options.json, result.invited.map((e) => `${e}\n`).join(''));
    say(
      words(
        { id: '{n} IKM baru diundang.', en: '{n} enterprises newly invited.' },
        { n: result.invited.length },
      ),
    );
  });
}

/** The options of `simpul requests answer`. */
export interface AnswerOptions {
  as: string;
  enterprise?: string;
  price?: string;
  capacity?: string;
  date?: string;
  note?: string;
  json?: boolean;
}

/** `simpul requests answer REQUEST --as EMAIL --capacity N --date D [--price P] [--note T]`: a firm's quote. */
export async function answerCommand(id: string, options: AnswerOptions) {
  const body = parseOptions(AnswerCreateSchema, {
    enterpriseId: options.enterprise,
    unitPrice: numberOf(options.price),
    quantityOffered: numberOf(options.capacity),
    readyOn: options.date,
    answerNote: options.note,
  });
  await asUser(options.as, requestPolicy.take, async (db, user) => {
    await assertMayReadRequest(db, user, id);
    const firm = firmOf(user, body.enterpriseId);
    await assertMaySpeakFor(db, user, firm);
    const a = await createAnswer(db, user, id, firm, body);
    print(
      a,
      options.json,
      `${a.id}\t${a.enterpriseName}\t${a.quantityOffered}\t${a.unitPrice ?? '-'}\t${a.readyOn}\n`,
    );
  });
}

type FirmOptions = { as: string; enterprise?: string; json?: boolean };

/** `simpul requests decline REQUEST --as EMAIL [--enterprise ID]`: an invited firm declines. */
export async function declineCommand(id: string, options: FirmOptions) {
  await asUser(options.as, requestPolicy.take, async (db, user) => {
    await assertMayReadRequest(db, user, id);
    const firm = firmOf(user, options.enterprise);
    await assertMaySpeakFor(db, user, firm);
    const result = await replyInvitation(db, id, firm, 'declined');
    print(result, options.json, '');
    say(words({ id: 'Undangan ditolak.', en: 'Invitation declined.' }));
  });
}

/** `simpul requests withdraw REQUEST --as EMAIL [--enterprise ID]`: a firm withdraws its quote while open. */
export async function withdrawCommand(id: string, options: FirmOptions) {
  await asUser(options.as, requestPolicy.take, async (db, user) => {
    await assertMayReadRequest(db, user, id);
    const firm = firmOf(user, options.enterprise);
    await assertMaySpeakFor(db, user, firm);
    const detail = await getRequestDetail(db, OPERATOR, id, { read: true, manage: true });
    const answer = detail.answers.find((a) => a.enterpriseId === firm && !a.withdrawn);
    if (!answer) {
      const message = tr({
        id: 'IKM ini tidak punya penawaran yang dapat ditarik pada permintaan ini.',
        en: 'This enterprise has no answer to withdraw on this request.',
      });
      throw new AppError('not_found', message, [{ path: '--enterprise', message }]);
    }
    const a = await changeAnswer(db, answer.id, { version: answer.version }, true);
    print(a, options.json, `${a.id}\t${a.enterpriseName}\t${a.withdrawn}\n`);
  });
}

/** The options of `simpul requests rate`. */
export interface RateOptions {
  as: string;
  side: string;
  onTime: string;
  quality: string;
  communication: string;
  comment?: string;
  json?: boolean;
}

/** `simpul requests rate AWARD --as EMAIL --side poster|supplier --on-time N --quality N --communication N`. */
export async function rateCommand(awardId: string, options: RateOptions) {
  const body = parseOptions(AwardRatingSchema, {
    side: options.side,
    onTime: numberOf(options.onTime),
    quality: numberOf(options.quality),
    communication: numberOf(options.communication),
    ratingComment: options.comment,
  });
  await asUser(options.as, requestPolicy.take, async (db, user) => {
    const parties = await awardParties(db, awardId);
    if (body.side === 'poster') await assertMayManageRequest(db, user, parties.requestId);
    else await assertMaySpeakFor(db, user, parties.enterpriseId);
    const award: Award = await rateAward(db, user, awardId, body);
    const marks = award.ratings.map((r) => `${r.side}:${r.onTime}/${r.quality}/${r.communication}`);
    print(award, options.json, `${award.id}\t${award.enterpriseName}\t${marks.join(' ')}\n`);
  });
}

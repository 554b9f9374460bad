// The actions of `simpul requests …`, loaded when one runs (requests-commands.ts registers them).
import type { Actor, UserActor } from '../auth/actor.ts';
import { withActor } from '../auth/actor.ts';
import { loadUserActor } from '../auth/auth.plugin.ts';
import { checkAccess, requireUser } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { AwardConfirmSchema, AwardCreateSchema } from '../requests/awards.schema.ts';
import { awardParties, awardRequest, confirmDelivery } from '../requests/awards.service.ts';
import { getRequestDetail } from '../requests/request-detail.service.ts';
import {
  assertMayManageRequest,
  assertMayReadRequest,
  assertMayReviewRequest,
  assertMaySpeakFor,
  requestPolicy,
} from '../requests/requests.policy.ts';
import { statusWord } from '../requests/requests.rules.ts';
import { type PartnershipRequest, RequestListQuerySchema } from '../requests/requests.schema.ts';
import {
  cancelRequest,
  closeRequest,
  listRequests,
  requireRequest,
  reviewRequest,
  submitRequest,
} from '../requests/requests.service.ts';
import { AppError } from '../shared/errors.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { userByEmail, withDatabase } from './runtime.ts';

/** Without --as the terminal's operator sees every request, as `simpul centers list` does. */
export const OPERATOR = { kind: 'system', label: 'cli' } as const;

/** The user named by --as (with their rights, as on the web), or the operator when none is named. */
export async function actorOf(db: Db, email: string | undefined, readOnly: boolean): Promise<Actor> {
  if (!email) return OPERATOR;
  return loadUserActor(db, (await userByEmail(db, email)).id, { via: 'cli', readOnly });
}

/** One request as a tab-separated line: id, status in words, product, quantity, deadlines. */
export function line(r: PartnershipRequest): string {
  return `${r.id}\t${statusWord(r.status)}\t${r.product}\t${r.quantity} ${r.unit}\t${r.answerDeadline}\t${r.deliveryDate}\n`;
}

/** `simpul requests list`. */
export async function listCommand(options: {
  status?: string;
  center?: string;
  as?: string;
  json?: boolean;
}): Promise<void> {
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, options.as, true);
    const parsed = RequestListQuerySchema.safeParse({
      status: options.status,
      centerId: options.center,
      limit: 500,
    });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? '';
      throw new AppError('validation_failed', message, [{ path: '--status', message }]);
    }
    const page = await listRequests(db, actor, parsed.data);
    if (options.json) process.stdout.write(`${JSON.stringify(page.items, null, 2)}\n`);
    else for (const r of page.items) process.stdout.write(line(r));
    say(words({ id: '{n} permintaan.', en: '{n} requests.' }, { n: page.total }));
  });
}

/** `simpul requests show ID`. */
export async function showCommand(id: string, options: { as?: string; json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, options.as, true);
    const access =
      actor.kind === 'system' ? { read: true, manage: true } : await assertMayReadRequest(db, actor, id);
    const detail = await getRequestDetail(db, actor, id, access);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(detail, null, 2)}\n`);
      return;
    }
    process.stdout.write(line(detail));
    for (const a of detail.answers) {
      process.stdout.write(
        `  ${words({ id: 'penawaran', en: 'answer' })}\t${a.enterpriseName}\t${a.quantityOffered}\t${a.unitPrice ?? '-'}\t${a.readyOn}\n`,
      );
    }
    for (const w of detail.awards) {
      process.stdout.write(
        `  ${words({ id: 'pesanan', en: 'award' })}\t${w.enterpriseName}\t${w.quantity}\t${w.status}\n`,
      );
    }
    for (const n of detail.nonResponders) {
      process.stdout.write(
        `  ${words({ id: 'belum menjawab', en: 'never answered' })}\t${n.enterpriseName}\n`,
      );
    }
  });
}

type Step = (
  db: Db,
  user: UserActor,
  id: string,
  version: number,
  note?: string,
) => Promise<PartnershipRequest>;

/** Runs one status move as the user named by --as, with the same checks as the web. */
async function move(
  id: string,
  options: { as: string; note?: string; json?: boolean },
  review: boolean,
  step: Step,
) {
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, options.as, false);
    checkAccess(actor, review ? requestPolicy.review : requestPolicy.post);
    if (review) await assertMayReviewRequest(db, actor, id);
    else await assertMayManageRequest(db, actor, id);
    const current = await requireRequest(db, id);
    const result = await withActor(actor, () =>
      step(db, requireUser(actor), id, current.version, options.note),
    );
    if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(line(result));
  });
}

type MoveOptions = { as: string; note?: string; json?: boolean };

/** `simpul requests publish ID --as EMAIL`. */
export const publishCommand = (id: string, o: MoveOptions) =>
  move(id, o, false, (db, _u, i, v) => submitRequest(db, i, v));
/** `simpul requests approve ID --as EMAIL`. */
export const approveCommand = (id: string, o: MoveOptions) =>
  move(id, o, true, (db, u, i, v) => reviewRequest(db, u, i, { version: v, decision: 'approve' }));
/** `simpul requests return ID --as EMAIL [--note TEXT]`. */
export const returnCommand = (id: string, o: MoveOptions) =>
  move(id, o, true, (db, u, i, v, note) =>
    reviewRequest(db, u, i, { version: v, decision: 'return', reviewNote: note ?? null }),
  );
/** `simpul requests close ID --as EMAIL`. */
export const closeCommand = (id: string, o: MoveOptions) =>
  move(id, o, false, (db, _u, i, v) => closeRequest(db, i, v));
/** `simpul requests cancel ID --as EMAIL`. */
export const cancelCommand = (id: string, o: MoveOptions) =>
  move(id, o, false, (db, _u, i, v) => cancelRequest(db, i, v));

/** `simpul requests award ID --as EMAIL --share ANSWER=QTY…`: the poster's side awards, with the web's checks. */
export async function awardCommand(id: string, options: { as: string; share: string[]; json?: boolean }) {
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, options.as, false);
    checkAccess(actor, requestPolicy.post);
    await assertMayManageRequest(db, actor, id);
    const current = await requireRequest(db, id);
    const parsed = AwardCreateSchema.safeParse({
      version: current.version,
      awards: options.share.map((share) => {
        const [answerId = '', quantity = ''] = share.split('=');
        return { answerId, awardQuantity: Number(quantity) };
      }),
    });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? '';
      throw new AppError('validation_failed', message, [{ path: '--share', message }]);
    }
    const awards = await withActor(actor, () => awardRequest(db, requireUser(actor), id, parsed.data));
    if (options.json) process.stdout.write(`${JSON.stringify(awards, null, 2)}\n`);
    else
      for (const w of awards)
        process.stdout.write(`${w.id}\t${w.enterpriseName}\t${w.quantity}\t${w.status}\n`);
  });
}

/** `simpul requests confirm AWARD --as EMAIL --side poster|supplier`. */
export async function confirmCommand(awardId: string, options: { as: string; side: string; json?: boolean }) {
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, options.as, false);
    checkAccess(actor, requestPolicy.take);
    const side = AwardConfirmSchema.shape.side.safeParse(options.side);
    if (!side.success) {
      const message = side.error.issues[0]?.message ?? '';
      throw new AppError('validation_failed', message, [{ path: '--side', message }]);
    }
    const parties = await awardParties(db, awardId);
    if (side.data === 'poster') await assertMayManageRequest(db, actor, parties.requestId);
    else await assertMaySpeakFor(db, actor, parties.enterpriseId);
    const detail = await getRequestDetail(db, OPERATOR, parties.requestId, { read: true, manage: true });
    const version = detail.awards.find((w) => w.id === awardId)?.version ?? 1;
    const award = await withActor(actor, () => confirmDelivery(db, awardId, { version, side: side.data }));
    if (options.json) process.stdout.write(`${JSON.stringify(award, null, 2)}\n`);
    else
      process.stdout.write(
        `${award.id}\t${award.enterpriseName}\t${award.status}\t${award.interactionId ?? ''}\n`,
      );
  });
}

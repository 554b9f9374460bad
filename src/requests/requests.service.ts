import type { Actor, UserActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import type { Page } from '../shared/pagination.ts';
import { todayWib } from '../shared/periods.ts';
import { cancelOpenAwards } from './awards.repo.ts';
import { rowToRequest } from './request-mappers.ts';
import { rescheduleReminders } from './request-notices.ts';
import { unknownProcessProblems } from './request-processes.ts';
import { requestPolicy, requestsAsSeenBy } from './requests.policy.ts';
import {
  centerFacts,
  enterpriseExists,
  findRequestRow,
  insertRequest,
  listRequestRows,
  lockRequestRow,
  posterCenterReviews,
  type RequestRow,
  replaceRequestCenters,
  updateRequestRow,
} from './requests.repo.ts';
import {
  assertMove,
  assertNoProblems,
  posterProblems,
  problem,
  requestDateProblems,
  statusWord,
} from './requests.rules.ts';
import type {
  PartnershipRequest,
  RequestCreate,
  RequestListQuery,
  RequestReview,
  RequestStatus,
  RequestUpdate,
} from './requests.schema.ts';

const notFound = (id: string) =>
  new AppError(
    'not_found',
    tr({ id: 'Permintaan {id} tidak ditemukan.', en: 'Request {id} was not found.' }, { id }),
  );

/** The requests the actor may see, in the chosen view (mine, open for my firms, or my whole scope). */
export async function listRequests(
  db: Db,
  actor: Actor,
  query: RequestListQuery,
): Promise<Page<PartnershipRequest>> {
  const view =
    query.view === 'mine'
      ? requestPolicy.mine(actor)
      : query.view === 'open_for_me'
        ? requestPolicy.openForMe(actor)
        : undefined;
  const { rows, total } = await listRequestRows(db, query, requestPolicy.readScope(actor), view);
  const items = await requestsAsSeenBy(db, actor, rows.map(rowToRequest));
  return { items, total, limit: query.limit, offset: query.offset };
}

/** One stored request; 404 when missing. */
export async function requireRequest(db: Db, id: string): Promise<RequestRow> {
  const row = isUuid(id) ? await findRequestRow(db, id) : undefined;
  if (!row) throw notFound(id);
  return row;
}

/** Locks a request and checks the version the client last read (404, 409). */
export async function lockRequest(trx: Db, id: string, version: number | undefined): Promise<RequestRow> {
  const row = isUuid(id) ? await lockRequestRow(trx, id) : undefined;
  if (!row) throw notFound(id);
  if (version !== undefined && row.version !== version) {
    throw new AppError(
      'version_conflict',
      tr(
        {
          id: 'Permintaan ini sudah diubah orang lain (versi {actual}, Anda membaca versi {expected}). Muat ulang lalu coba lagi.',
          en: 'Someone else changed this request (version {actual}, you read version {expected}). Reload and try again.',
        },
        { expected: version, actual: row.version },
      ),
    );
  }
  return row;
}

/** Records a draft request: one poster (a firm or an outside buyer), existing centres, dates in order. */
export async function createRequest(
  db: Db,
  actor: UserActor,
  input: RequestCreate,
): Promise<PartnershipRequest> {
  const poster = input.posterEnterpriseId ?? null;
  const buyer = input.buyerName ?? null;
  await checkRequestFacts(
    db,
    poster,
    buyer,
    input.targetCenterIds,
    input.answerDeadline,
    input.deliveryDate,
    input.processCodes ?? [],
  );
  const id = await db.transaction().execute((trx) =>
    insertRequest(
      trx,
      {
        poster_enterprise_id: poster,
        buyer_name: buyer,
        posted_by: actor.userId,
        status: 'draft',
        product: input.product,
        description: input.description ?? null,
        process_codes: input.processCodes ?? [],
        required_certifications: input.requiredCertifications ?? [],
        quantity: input.quantity,
        unit: input.unit,
        target_unit_price: input.targetUnitPrice ?? null,
        answer_deadline: input.answerDeadline,
        delivery_date: input.deliveryDate,
        tie_type: input.tieType,
        target_region_code: input.targetRegionCode ?? null,
        visibility: input.visibility ?? 'targeted',
        review_required: input.reviewRequired ?? false,
      },
      input.targetCenterIds,
    ),
  );
  return rowToRequest(await requireRequest(db, id));
}

/** Changes a draft (409 for any other status, or a stale version); the result must pass every rule. */
export async function updateRequest(db: Db, id: string, input: RequestUpdate): Promise<PartnershipRequest> {
  await db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, id, input.version);
    if (row.status !== 'draft') {
      const message = tr(
        {
          id: 'Hanya draf yang dapat diubah; permintaan ini berstatus {status}.',
          en: 'Only a draft can be edited; this request is {status}.',
        },
        { status: statusWord(row.status) },
      );
      throw new AppError('conflict', message, [{ path: 'status', message }]);
    }
    const poster =
      input.posterEnterpriseId !== undefined ? input.posterEnterpriseId : row.poster_enterprise_id;
    const buyer = input.buyerName !== undefined ? input.buyerName : row.buyer_name;
    const centers = input.targetCenterIds ?? row.target_center_ids;
    const deadline = input.answerDeadline ?? row.answer_deadline;
    const delivery = input.deliveryDate ?? row.delivery_date;
    await checkRequestFacts(
      trx,
      poster ?? null,
      buyer ?? null,
      centers,
      deadline,
      delivery,
      input.processCodes ?? [],
    );
    await updateRequestRow(trx, id, {
      poster_enterprise_id: poster ?? null,
      buyer_name: buyer ?? null,
      ...(input.product !== undefined && { product: input.product }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.processCodes !== undefined && { process_codes: input.processCodes }),
      ...(input.requiredCertifications !== undefined && {
        required_certifications: input.requiredCertifications,
      }),
      ...(input.quantity !== undefined && { quantity: input.quantity }),
      ...(input.unit !== undefined && { unit: input.unit }),
      ...(input.targetUnitPrice !== undefined && { target_unit_price: input.targetUnitPrice }),
      ...(input.tieType !== undefined && { tie_type: input.tieType }),
      ...(input.targetRegionCode !== undefined && { target_region_code: input.targetRegionCode }),
      ...(input.visibility !== undefined && { visibility: input.visibility }),
      ...(input.reviewRequired !== undefined && { review_required: input.reviewRequired }),
      answer_deadline: deadline,
      delivery_date: delivery,
    });
    if (input.targetCenterIds) await replaceRequestCenters(trx, id, input.targetCenterIds);
  });
  return rowToRequest(await requireRequest(db, id));
}

/**
 * Submits a draft: to an officer's review when the request or the poster firm's centre asks for one, else
 * published at once (its dates checked again: a draft may have waited past its deadline).
 */
export async function submitRequest(db: Db, id: string, version: number): Promise<PartnershipRequest> {
  return moveRequest(db, id, version, async (trx, row) => {
    const reviews =
      row.review_required ||
      (row.poster_enterprise_id !== null &&
        (await posterCenterReviews(trx, row.poster_enterprise_id, todayWib())));
    assertNoProblems(requestDateProblems(row.answer_deadline, row.delivery_date, todayWib()));
    return reviews ? { status: 'in_review' } : { status: 'open', published_at: new Date() };
  });
}

/** An officer approves (publishes) or returns (to draft, with a note) a request waiting for review. */
export async function reviewRequest(
  db: Db,
  actor: UserActor,
  id: string,
  input: RequestReview,
): Promise<PartnershipRequest> {
  return moveRequest(db, id, input.version, async (_trx, row) => {
    if (row.status !== 'in_review') assertMove(row.status, input.decision === 'approve' ? 'open' : 'draft');
    const reviewed = {
      reviewed_by: actor.userId,
      reviewed_at: new Date(),
      review_note: input.reviewNote ?? null,
    };
    if (input.decision === 'return') return { status: 'draft', ...reviewed };
    assertNoProblems(requestDateProblems(row.answer_deadline, row.delivery_date, todayWib()));
    return { status: 'open', published_at: new Date(), ...reviewed };
  });
}

/** Stops taking answers (open → closed), so the poster can award. */
export function closeRequest(db: Db, id: string, version: number): Promise<PartnershipRequest> {
  return moveRequest(db, id, version, async () => ({ status: 'closed', closed_at: new Date() }));
}

/** Cancels a request not yet delivered; its awards still to deliver are cancelled with it. */
export function cancelRequest(db: Db, id: string, version: number): Promise<PartnershipRequest> {
  return moveRequest(db, id, version, async (trx, row) => {
    await cancelOpenAwards(trx, row.id);
    return { status: 'cancelled', cancelled_at: new Date() };
  });
}

type Move = Parameters<typeof updateRequestRow>[2] & { status: RequestStatus };

/** Locks, checks the version, computes the move, checks it is allowed, writes it and reschedules reminders. */
async function moveRequest(
  db: Db,
  id: string,
  version: number,
  decide: (trx: Db, row: RequestRow) => Promise<Move>,
): Promise<PartnershipRequest> {
  await db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, id, version);
    const move = await decide(trx, row);
    assertMove(row.status, move.status);
    await updateRequestRow(trx, id, move);
    await rescheduleReminders(trx, { ...row, status: move.status });
  });
  return rowToRequest(await requireRequest(db, id));
}

async function checkRequestFacts(
  db: Db,
  poster: string | null,
  buyer: string | null,
  centerIds: readonly string[],
  deadline: string,
  delivery: string,
  processCodes: readonly string[],
): Promise<void> {
  const problems = [
    ...posterProblems(poster, buyer),
    ...requestDateProblems(deadline, delivery, todayWib()),
    ...(await unknownProcessProblems(db, processCodes)),
  ];
  const { existing } = await centerFacts(db, centerIds);
  const missing = centerIds.filter((c) => !existing.includes(c));
  if (missing.length > 0) {
    problems.push(
      problem(
        'targetCenterIds',
        { id: '{field}: sentra {ids} tidak ditemukan.', en: '{field}: centre {ids} was not found.' },
        {
          ids: missing.join(', '),
        },
      ),
    );
  }
  if (poster && !(await enterpriseExists(db, poster))) {
    problems.push(
      problem('posterEnterpriseId', { id: '{field} tidak ditemukan.', en: '{field} was not found.' }),
    );
  }
  assertNoProblems(problems);
}

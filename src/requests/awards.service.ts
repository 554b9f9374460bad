import type { UserActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError } from '../shared/errors.ts';
import { type Message, tr } from '../shared/lang.ts';
import { todayWib } from '../shared/periods.ts';
import {
  type AwardRow,
  findAwardRow,
  insertAwards,
  insertRating,
  listAwardRows,
  lockAwardRow,
  updateAwardRow,
} from './awards.repo.ts';
import type { Award, AwardConfirm, AwardCreate, AwardFailure, AwardRating } from './awards.schema.ts';
import { listAnswerRows, monthlyCapacityOf } from './offers.repo.ts';
import { realiseAward, recordBreach } from './realisation.ts';
import { rowToAward } from './request-mappers.ts';
import { notifyFirms, rescheduleReminders } from './request-notices.ts';
import type { AwardSide, AwardStatus } from './requests.constants.ts';
import { type RequestRow, updateRequestRow } from './requests.repo.ts';
import {
  assertMove,
  assertNoProblems,
  awardTotalProblems,
  capacityProblem,
  lateReportProblems,
  problem,
} from './requests.rules.ts';
import { lockRequest } from './requests.service.ts';

const AWARD_STATUS_WORDS: Record<AwardStatus, Message> = {
  awarded: { id: 'Diberikan', en: 'Awarded' },
  in_production: { id: 'Dalam produksi', en: 'In production' },
  delivered: { id: 'Terkirim', en: 'Delivered' },
  failed: { id: 'Gagal', en: 'Failed' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
};

const awardNotFound = (id: string) =>
  new AppError(
    'not_found',
    tr({ id: 'Pesanan {id} tidak ditemukan.', en: 'Award {id} was not found.' }, { id }),
  );

/** 409 unless the award is in one of `allowed` (naming its status in words). */
function assertAwardStatus(award: AwardRow, allowed: readonly AwardStatus[]): void {
  if (allowed.includes(award.status)) return;
  const message = tr(
    {
      id: 'Pesanan berstatus {status}; langkah ini tidak dapat dilakukan.',
      en: 'The award is {status}; this step is not possible.',
    },
    { status: tr(AWARD_STATUS_WORDS[award.status]) },
  );
  throw new AppError('conflict', message, [{ path: 'status', message }]);
}

/** The request and the supplier of an award (for the route's side check); 404 when missing. */
export async function awardParties(
  db: Db,
  awardId: string,
): Promise<{ requestId: string; enterpriseId: string }> {
  const award = isUuid(awardId) ? await findAwardRow(db, awardId) : undefined;
  if (!award) throw awardNotFound(awardId);
  return { requestId: award.request_id, enterpriseId: award.enterprise_id };
}

/**
 * Awards a closed request to one or several answering firms (split quantities, together no more than
 * requested, each no more than 1,000× the firm's monthly capacity). The version check makes two awards at
 * once impossible: the second waits for the first's lock, then finds a newer version (409).
 */
export async function awardRequest(
  db: Db,
  actor: UserActor,
  id: string,
  input: AwardCreate,
): Promise<Award[]> {
  await db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, id, input.version);
    assertMove(row.status, 'awarded');
    const answers = new Map(
      (await listAnswerRows(trx, row.id)).filter((a) => !a.withdrawn_at).map((a) => [a.id, a]),
    );
    const problems = [];
    const seen = new Set<string>();
    for (const [index, share] of input.awards.entries()) {
      const answer = answers.get(share.answerId);
      if (!answer || seen.has(share.answerId)) {
        problems.push({
          ...problem(
            'answerId',
            {
              id: '{field} nomor {n} bukan penawaran yang berlaku untuk permintaan ini: pesanan hanya dapat diberikan kepada IKM yang menawar.',
              en: '{field} number {n} is not a standing answer to this request: only firms that answered can be awarded.',
            },
            { n: index + 1 },
          ),
          path: `awards.${index}.answerId`,
        });
        continue;
      }
      seen.add(share.answerId);
      const capacity = await monthlyCapacityOf(trx, answer.enterprise_id);
      problems.push(
        ...capacityProblem('awardQuantity', share.awardQuantity, capacity).map((p) => ({
          ...p,
          path: `awards.${index}.awardQuantity`,
        })),
      );
    }
    problems.push(
      ...awardTotalProblems(
        input.awards.map((a) => a.awardQuantity),
        row.quantity,
      ),
    );
    assertNoProblems(problems);
    await insertAwards(
      trx,
      input.awards.map((share) => {
        const answer = answers.get(share.answerId) as NonNullable<ReturnType<typeof answers.get>>;
        return {
          request_id: row.id,
          answer_id: answer.id,
          enterprise_id: answer.enterprise_id,
          quantity: share.awardQuantity,
          unit_price: answer.unit_price,
          delivery_date: row.delivery_date,
          awarded_by: actor.userId,
          status: 'awarded' as const,
        };
      }),
    );
    await updateRequestRow(trx, row.id, { status: 'awarded', awarded_at: new Date() });
    const awarded = { ...row, status: 'awarded' as const };
    for (const award of await listAwardRows(trx, row.id)) {
      await notifyFirms(trx, awarded, [award.enterprise_id], 'request.awarded', {
        firm: award.enterprise_name,
        quantity: award.quantity,
      });
    }
    await rescheduleReminders(trx, awarded);
  });
  return (await listAwardRows(db, id)).map(rowToAward);
}

/** The supplier starts production: the award and (on the first start) the request move to in production. */
export async function startAward(db: Db, awardId: string, version: number): Promise<Award> {
  return stepAward(db, awardId, version, async (trx, award, request) => {
    assertAwardStatus(award, ['awarded']);
    await updateAwardRow(trx, award.id, { status: 'in_production', started_at: new Date() });
    if (request.status === 'awarded') await moveTo(trx, request, 'in_production');
  });
}

/**
 * One side confirms delivery; with both confirmations the award is delivered and realised as a tie in the
 * same transaction, and the request is delivered once none of its awards is still open.
 */
export async function confirmDelivery(db: Db, awardId: string, input: AwardConfirm): Promise<Award> {
  return stepAward(db, awardId, input.version, async (trx, award, request) => {
    assertAwardStatus(award, ['awarded', 'in_production']);
    const now = new Date();
    const poster = input.side === 'poster' ? now : award.poster_confirmed_at;
    const supplier = input.side === 'supplier' ? now : award.supplier_confirmed_at;
    const both = poster !== null && supplier !== null;
    const deliveredOn = award.delivered_on ?? input.deliveredOn ?? todayWib();
    if (request.status === 'awarded') await moveTo(trx, request, 'in_production');
    const interactionId = both ? await realiseAward(trx, request, award, deliveredOn) : null;
    await updateAwardRow(trx, award.id, {
      poster_confirmed_at: poster,
      supplier_confirmed_at: supplier,
      delivered_on: deliveredOn,
      status: both ? 'delivered' : 'in_production',
      ...(interactionId && { interaction_id: interactionId }),
    });
    if (both) await settleRequest(trx, { ...request, status: 'in_production' });
  });
}

/**
 * A failed delivery: the first report names the kind (late: only more than N days past the date) and
 * gives the reporter's statement; the other side then adds its own. Both statements open the way to a
 * breach tie.
 */
export async function reportFailure(db: Db, awardId: string, input: AwardFailure): Promise<Award> {
  return stepAward(db, awardId, input.version, async (trx, award, request) => {
    assertAwardStatus(award, ['awarded', 'in_production', 'failed']);
    const statement =
      input.side === 'poster'
        ? { poster_statement: input.statement }
        : { supplier_statement: input.statement };
    if (award.status === 'failed') {
      await updateAwardRow(trx, award.id, statement);
      return;
    }
    if (!input.failureKind) {
      assertNoProblems([
        problem('failureKind', {
          id: '{field} wajib diisi pada laporan pertama.',
          en: '{field} is required in the first report.',
        }),
      ]);
    }
    if (input.failureKind === 'late') assertNoProblems(lateReportProblems(award.delivery_date, todayWib()));
    await updateAwardRow(trx, award.id, {
      ...statement,
      status: 'failed',
      failure_kind: input.failureKind ?? null,
      failure_reported_at: new Date(),
    });
    // The last open award failing settles a request whose other shares were delivered.
    if (request.status === 'in_production') await settleRequest(trx, request);
  });
}

/** Records the breach-of-contract tie of a failed award once both sides left a statement. */
export async function recordAwardBreach(db: Db, awardId: string, version: number): Promise<Award> {
  return stepAward(db, awardId, version, async (trx, award, request) => {
    assertAwardStatus(award, ['failed']);
    const missing = !award.poster_statement ? 'poster' : !award.supplier_statement ? 'supplier' : null;
    if (missing || award.breach_interaction_id || !request.poster_enterprise_id) {
      const message = tr(
        award.breach_interaction_id
          ? {
              id: 'Wanprestasi pesanan ini sudah dicatat.',
              en: 'The breach of this award is recorded already.',
            }
          : !request.poster_enterprise_id
            ? {
                id: 'Permintaan untuk pembeli luar tidak mencatat hubungan antar-IKM.',
                en: 'A request for an outside buyer records no tie between firms.',
              }
            : {
                id: 'Kedua pihak harus memberi pernyataan lebih dulu.',
                en: 'Both sides must leave a statement first.',
              },
      );
      throw new AppError('conflict', message, [{ path: 'statement', message }]);
    }
    const tieId = await recordBreach(trx, request, award, todayWib());
    await updateAwardRow(trx, award.id, { breach_interaction_id: tieId });
  });
}

/** One side rates the other after delivery, once; the request is rated when every delivered award has both. */
export async function rateAward(
  db: Db,
  actor: UserActor,
  awardId: string,
  input: AwardRating,
): Promise<Award> {
  await db.transaction().execute(async (trx) => {
    const award = isUuid(awardId) ? await lockAwardRow(trx, awardId) : undefined;
    if (!award) throw awardNotFound(awardId);
    const request = await lockRequest(trx, award.request_id, undefined);
    assertAwardStatus(award, ['delivered']);
    const inserted = await insertRating(trx, {
      award_id: award.id,
      rater_side: input.side,
      rated_by: actor.userId,
      on_time: input.onTime,
      quality: input.quality,
      communication: input.communication,
      comment: input.ratingComment ?? null,
    });
    if (!inserted) {
      const message = tr({
        id: 'Pihak ini sudah menilai pesanan ini.',
        en: 'This side has rated this award already.',
      });
      throw new AppError('conflict', message, [{ path: 'side', message }]);
    }
    const awards = await listAwardRows(trx, request.id);
    const delivered = awards.filter((a) => a.status === 'delivered');
    const allRated = delivered.every((a) => sidesRated(a).size === 2);
    if (request.status === 'delivered' && allRated) await moveTo(trx, request, 'rated');
  });
  const row = await findAwardRow(db, awardId);
  if (!row) throw awardNotFound(awardId);
  return rowToAward(row);
}

function sidesRated(award: AwardRow): Set<AwardSide> {
  return new Set(award.ratings.map((r) => r.rater_side));
}

/** Locks the award (version checked) and its request, runs `step`, reschedules reminders, returns the award. */
async function stepAward(
  db: Db,
  awardId: string,
  version: number,
  step: (trx: Db, award: AwardRow, request: RequestRow) => Promise<void>,
): Promise<Award> {
  await db.transaction().execute(async (trx) => {
    const award = isUuid(awardId) ? await lockAwardRow(trx, awardId) : undefined;
    if (!award) throw awardNotFound(awardId);
    const request = await lockRequest(trx, award.request_id, undefined);
    if (award.version !== version) {
      throw new AppError(
        'version_conflict',
        tr(
          {
            id: 'Pesanan ini sudah diubah (versi {actual}). Muat ulang.',
            en: 'This award was changed meanwhile (version {actual}). Reload.',
          },
          { actual: award.version },
        ),
      );
    }
    await step(trx, award, request);
    const after = await lockRequest(trx, award.request_id, undefined);
    await rescheduleReminders(trx, after);
  });
  const row = await findAwardRow(db, awardId);
  if (!row) throw awardNotFound(awardId);
  return rowToAward(row);
}

async function moveTo(trx: Db, request: RequestRow, status: RequestRow['status']): Promise<void> {
  assertMove(request.status, status);
  await updateRequestRow(trx, request.id, { status });
}

/** The request is delivered once no award is still open and at least one was delivered. */
async function settleRequest(trx: Db, request: RequestRow): Promise<void> {
  const awards = await listAwardRows(trx, request.id);
  const open = awards.some((a) => a.status === 'awarded' || a.status === 'in_production');
  if (!open && awards.some((a) => a.status === 'delivered')) await moveTo(trx, request, 'delivered');
}

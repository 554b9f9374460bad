import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import { assertNoProblems, poolErrors } from './pool-errors.ts';
import { enterpriseExists, findInstitutionFacts, isInstitutionMember } from './pool-parties.repo.ts';
import { POOL_STATUS_LABELS } from './pools.constants.ts';
import { POOL_MESSAGES as m } from './pools.messages.ts';
import { lockPoolRow, upsertPledge, withdrawPledgeRow } from './pools.repo.ts';
import type { Pledge, Pool, Withdraw } from './pools.schema.ts';
import { actingUserId, getPool } from './pools.service.ts';

/**
 * Records a member's pledge (pledging again replaces the quantity). The pool row is locked first, so a
 * pledge racing the board's close either lands before it or is refused after it.
 */
export async function pledge(db: Db, poolId: string, input: Pledge): Promise<Pool> {
  await inTransaction(db, async (trx) => {
    const pool = await lockOpenPool(trx, poolId, 'quantity');
    const today = todayWib();
    if (!(await enterpriseExists(trx, input.enterpriseId))) {
      assertNoProblems([
        { path: 'enterpriseId', message: tr(m.enterpriseMissing, { id: input.enterpriseId }) },
      ]);
    }
    if (!(await isInstitutionMember(trx, pool.institution_id, [input.enterpriseId], today))) {
      const institution = (await findInstitutionFacts(trx, pool.institution_id))?.name ?? '';
      assertNoProblems([{ path: 'enterpriseId', message: tr(m.notMember, { institution }) }]);
    }
    await upsertPledge(trx, {
      poolId,
      enterpriseId: input.enterpriseId,
      quantity: input.quantity,
      userId: actingUserId(),
    });
  });
  return getPool(db, poolId);
}

/** Withdraws a member's active pledge while the pool is open. */
export async function withdraw(db: Db, poolId: string, input: Withdraw): Promise<Pool> {
  await inTransaction(db, async (trx) => {
    await lockOpenPool(trx, poolId, 'enterpriseId');
    if ((await withdrawPledgeRow(trx, poolId, input.enterpriseId)) === 0) {
      assertNoProblems([{ path: 'enterpriseId', message: tr(m.noPledge) }]);
    }
  });
  return getPool(db, poolId);
}

/**
 * The pool, locked, if it still takes pledges: a pool no longer open is a 409 naming its state; an open
 * one past its closing date a 422 naming the date (the board has not closed it yet, but members may not
 * change the total it will close on).
 */
async function lockOpenPool(trx: Db, poolId: string, path: string) {
  const pool = isUuid(poolId) ? await lockPoolRow(trx, poolId) : undefined;
  if (!pool) throw poolErrors.notFound(poolId);
  if (pool.status !== 'open') {
    const message = tr(m.pledgeNotOpen, { status: tr(POOL_STATUS_LABELS[pool.status]) });
    throw new AppError('conflict', message, [{ path, message }]);
  }
  if (pool.closing_date < todayWib()) {
    assertNoProblems([{ path, message: tr(m.pledgeAfterClosingDate, { date: pool.closing_date }) }]);
  }
  return pool;
}

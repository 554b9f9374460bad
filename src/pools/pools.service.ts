import { currentActor } from '../auth/actor.ts';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import { todayWib } from '../shared/periods.ts';
import { assertMove, assertNoProblems, poolErrors } from './pool-errors.ts';
import { announcePool, type PoolFacts, rescheduleClosingReminder, tellPledgers } from './pool-notices.ts';
import { centerExists, findInstitutionFacts, institutionServes } from './pool-parties.repo.ts';
import { toPool, toSummaries } from './pool-view.ts';
import { POOL_MESSAGES as m } from './pools.messages.ts';
import { findPoolRow, insertPool, listPoolRows, lockPoolRow, updatePoolRow } from './pools.repo.ts';
import { closingProblems, tierProblems } from './pools.rules.ts';
import type {
  Pool,
  PoolCreate,
  PoolListQuery,
  PoolSummary,
  PoolUpdate,
  PoolVersion,
} from './pools.schema.ts';

/** Pools matching the filters within the reader's `scope` (a predicate on alias `p`). */
export async function listPools(
  db: Db,
  query: PoolListQuery,
  scope: ScopePredicate,
): Promise<Page<PoolSummary>> {
  const { rows, total } = await listPoolRows(db, query, scope);
  return { items: await toSummaries(db, rows), total, limit: query.limit, offset: query.offset };
}

/**
 * One pool in full; 404 when it does not exist. `pledgeable` limits the member firms offered for a pledge
 * (null: all current members; the default offers none).
 */
export async function getPool(db: Db, id: string, pledgeable: readonly string[] | null = []): Promise<Pool> {
  const row = isUuid(id) ? await findPoolRow(db, id) : undefined;
  if (!row) throw poolErrors.notFound(id);
  return toPool(db, row, pledgeable);
}

/** The user acting, for `opened_by` / `pledged_by` (null for the CLI's system actor). */
export function actingUserId(): string | null {
  const actor = currentActor();
  return actor.kind === 'user' ? actor.userId : null;
}

/** Opens a pool for an institution serving the centre; its members are told and reminded before it closes. */
export async function createPool(db: Db, input: PoolCreate): Promise<Pool> {
  const today = todayWib();
  const id = await inTransaction(db, async (trx) => {
    const institution = await findInstitutionFacts(trx, input.institutionId);
    const problems: ErrorDetail[] = [
      ...tierProblems(input.tiers),
      ...closingDateProblems(input.closingDate, today),
    ];
    if (!institution || institution.archived) {
      problems.push({
        path: 'institutionId',
        message: tr(m.institutionMissing, { id: input.institutionId }),
      });
    }
    if (!(await centerExists(trx, input.centerId))) {
      problems.push({ path: 'centerId', message: tr(m.centerMissing, { id: input.centerId }) });
    } else if (institution && !(await institutionServes(trx, input.institutionId, input.centerId))) {
      problems.push({ path: 'centerId', message: tr(m.notServing) });
    }
    assertNoProblems(problems);
    const poolId = await insertPool(trx, {
      institution_id: input.institutionId,
      center_id: input.centerId,
      material: input.material,
      unit: input.unit,
      supplier_name: input.supplierName,
      tiers: JSON.stringify(input.tiers),
      price_alone: input.priceAlone ?? null,
      closing_date: input.closingDate,
      minimum_total: input.minimumTotal,
      notes: input.notes ?? null,
      status: 'open',
      opened_by: actingUserId(),
    });
    const facts = { ...input, id: poolId, institutionName: institution?.name ?? '' };
    await announcePool(trx, facts, today);
    return poolId;
  });
  return getPool(db, id);
}

/** Changes an open pool if `input.version` is current; a new closing date moves the reminder. */
export async function updatePool(db: Db, id: string, input: PoolUpdate): Promise<Pool> {
  const today = todayWib();
  await inTransaction(db, async (trx) => {
    const current = await lockCurrent(trx, id, input.version);
    if (current.status !== 'open') throw poolErrors.notOpen(current.status);
    const tiers = input.tiers ?? current.tiers;
    const closingDate = input.closingDate ?? current.closing_date;
    assertNoProblems([
      ...tierProblems(tiers),
      ...(input.closingDate !== undefined ? closingDateProblems(closingDate, today) : []),
    ]);
    await updatePoolRow(trx, id, {
      ...(input.material !== undefined && { material: input.material }),
      ...(input.unit !== undefined && { unit: input.unit }),
      ...(input.supplierName !== undefined && { supplier_name: input.supplierName }),
      ...(input.tiers !== undefined && { tiers: JSON.stringify(input.tiers) }),
      ...(input.priceAlone !== undefined && { price_alone: input.priceAlone }),
      ...(input.minimumTotal !== undefined && { minimum_total: input.minimumTotal }),
      ...(input.notes !== undefined && { notes: input.notes }),
      closing_date: closingDate,
    });
    if (closingDate !== current.closing_date) {
      await rescheduleClosingReminder(trx, await factsOf(trx, id), today);
    }
  });
  return getPool(db, id);
}

/** Closes an open pool whose pledges reach the minimum total; pledgers hear the total and the price. */
export async function closePool(db: Db, id: string, input: PoolVersion): Promise<Pool> {
  await inTransaction(db, async (trx) => {
    const current = await lockCurrent(trx, id, input.version);
    assertMove(current.status, 'closed');
    const pool = await getPool(trx, id);
    assertNoProblems(closingProblems(pool.pledgedTotal, pool.minimumTotal, pool.unit));
    await updatePoolRow(trx, id, { status: 'closed', closed_at: new Date() });
    await tellPledgers(trx, await factsOf(trx, id), 'pool.closed', {
      total: pool.pledgedTotal,
      unit: pool.unit,
      unitPrice: pool.currentUnitPrice,
    });
  });
  return getPool(db, id);
}

/** Cancels an open or closed pool (before the purchase); pledgers are told. */
export async function cancelPool(db: Db, id: string, input: PoolVersion): Promise<Pool> {
  await inTransaction(db, async (trx) => {
    const current = await lockCurrent(trx, id, input.version);
    assertMove(current.status, 'cancelled');
    await updatePoolRow(trx, id, { status: 'cancelled', cancelled_at: new Date() });
    await tellPledgers(trx, await factsOf(trx, id), 'pool.cancelled');
  });
  return getPool(db, id);
}

/** Locks the pool and checks the version the client read (404, 409). */
export async function lockCurrent(trx: Db, id: string, version: number) {
  const current = isUuid(id) ? await lockPoolRow(trx, id) : undefined;
  if (!current) throw poolErrors.notFound(id);
  if (current.version !== version) throw poolErrors.versionConflict(version, current.version);
  return current;
}

/** The facts the pool's notices name. */
export async function factsOf(db: Db, id: string): Promise<PoolFacts> {
  const row = await findPoolRow(db, id);
  if (!row) throw poolErrors.notFound(id);
  return {
    id,
    institutionId: row.institution_id,
    material: row.material,
    institutionName: row.institution_name,
    closingDate: row.closing_date,
  };
}

function closingDateProblems(closingDate: string, today: string): ErrorDetail[] {
  return closingDate < today
    ? [{ path: 'closingDate', message: tr(m.closingPast, { date: closingDate }) }]
    : [];
}

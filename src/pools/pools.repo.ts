import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
import type { PoolListQuery } from './pools.schema.ts';
import type { PoolPurchasesTable, PoolsTable } from './pools.table.ts';

/** A pool as stored, with the names of its institution and centre. */
export type PoolRow = Selectable<PoolsTable> & { institution_name: string; center_name: string };
/** A purchase as stored. */
export type PurchaseRow = Selectable<PoolPurchasesTable>;

function poolsWithNames(db: Db) {
  return db
    .selectFrom('pools as p')
    .innerJoin('institutions as i', 'i.id', 'p.institution_id')
    .innerJoin('centers as c', 'c.id', 'p.center_id')
    .selectAll('p')
    .select(['i.name as institution_name', 'c.name as center_name']);
}

/** Pools matching the filters and the reader's `scope` (a predicate on alias `p`), newest closing first. */
export async function listPoolRows(
  db: Db,
  query: PoolListQuery,
  scope: ScopePredicate,
): Promise<{ rows: PoolRow[]; total: number }> {
  let base = poolsWithNames(db);
  if (scope) base = base.where(scope);
  if (query.centerId) base = base.where('p.center_id', '=', query.centerId);
  if (query.institutionId) base = base.where('p.institution_id', '=', query.institutionId);
  if (query.status) base = base.where('p.status', '=', query.status);
  const [rows, count] = await Promise.all([
    base.orderBy('p.closing_date', 'desc').orderBy('p.id').limit(query.limit).offset(query.offset).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

/** One pool with names, or undefined. */
export async function findPoolRow(db: Db, id: string): Promise<PoolRow | undefined> {
  return poolsWithNames(db).where('p.id', '=', id).executeTakeFirst();
}

/** Reads a pool and locks it for the rest of the transaction. */
export async function lockPoolRow(db: Db, id: string): Promise<Selectable<PoolsTable> | undefined> {
  return db.selectFrom('pools').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Inserts a pool; returns its id. */
export async function insertPool(db: Db, values: Insertable<PoolsTable>): Promise<string> {
  return (await db.insertInto('pools').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates columns and bumps the version. */
export async function updatePoolRow(db: Db, id: string, values: Updateable<PoolsTable>): Promise<void> {
  await db
    .updateTable('pools')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** The active (not withdrawn) pledges of pools, with the enterprise names, oldest first. */
export async function activePledgeRows(db: Db, poolIds: readonly string[]) {
  if (poolIds.length === 0) return [];
  return db
    .selectFrom('pool_pledges as pp')
    .innerJoin('enterprises as e', 'e.id', 'pp.enterprise_id')
    .select(['pp.pool_id', 'pp.enterprise_id', 'pp.quantity', 'pp.created_at', 'e.name as enterprise_name'])
    .where('pp.pool_id', 'in', [...poolIds])
    .where('pp.withdrawn_at', 'is', null)
    .orderBy('pp.created_at')
    .orderBy('pp.enterprise_id')
    .execute();
}

/** Records a pledge, or replaces the quantity of an earlier one (a withdrawn pledge comes back). */
export async function upsertPledge(
  db: Db,
  values: { poolId: string; enterpriseId: string; quantity: number; userId: string | null },
): Promise<void> {
  await db
    .insertInto('pool_pledges')
    .values({
      pool_id: values.poolId,
      enterprise_id: values.enterpriseId,
      quantity: values.quantity,
      pledged_by: values.userId,
    })
    .onConflict((oc) =>
      oc.columns(['pool_id', 'enterprise_id']).doUpdateSet({
        quantity: values.quantity,
        pledged_by: values.userId,
        withdrawn_at: null,
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

/** Withdraws an active pledge; returns how many were withdrawn (0 or 1). */
export async function withdrawPledgeRow(db: Db, poolId: string, enterpriseId: string): Promise<number> {
  const result = await db
    .updateTable('pool_pledges')
    .set({ withdrawn_at: sql`now()`, updated_at: sql`now()` })
    .where('pool_id', '=', poolId)
    .where('enterprise_id', '=', enterpriseId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The pool's purchase, or undefined before it is recorded. */
export async function findPurchaseRow(db: Db, poolId: string): Promise<PurchaseRow | undefined> {
  return db.selectFrom('pool_purchases').selectAll().where('pool_id', '=', poolId).executeTakeFirst();
}

/** Records the purchase. */
export async function insertPurchase(db: Db, values: Insertable<PoolPurchasesTable>): Promise<void> {
  await db.insertInto('pool_purchases').values(values).execute();
}

/** Stores the split: each member's delivery, the split day, and the ties it recorded. */
export async function insertSplit(
  db: Db,
  poolId: string,
  splitOn: string,
  deliveries: readonly { enterpriseId: string; quantity: number; cost: number }[],
  tieIds: readonly string[],
): Promise<void> {
  if (deliveries.length > 0) {
    await db
      .insertInto('pool_deliveries')
      .values(
        deliveries.map((d) => ({
          pool_id: poolId,
          enterprise_id: d.enterpriseId,
          quantity: d.quantity,
          cost: d.cost,
        })),
      )
      .execute();
  }
  if (tieIds.length > 0) {
    await db
      .insertInto('pool_ties')
      .values([...new Set(tieIds)].map((id) => ({ pool_id: poolId, interaction_id: id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await db
    .updateTable('pool_purchases')
    .set({ split_on: splitOn, updated_at: sql`now()` })
    .where('pool_id', '=', poolId)
    .execute();
}

/** Each member's split delivery, with names. */
export async function deliveryRows(db: Db, poolId: string) {
  return db
    .selectFrom('pool_deliveries as d')
    .innerJoin('enterprises as e', 'e.id', 'd.enterprise_id')
    .select(['d.enterprise_id', 'd.quantity', 'd.cost', 'e.name as enterprise_name'])
    .where('d.pool_id', '=', poolId)
    .orderBy('e.name')
    .execute();
}

/** The ids of the ties the pool's split recorded or linked. */
export async function poolTieIds(db: Db, poolId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('pool_ties')
    .select('interaction_id')
    .where('pool_id', '=', poolId)
    .orderBy('interaction_id')
    .execute();
  return rows.map((r) => r.interaction_id);
}

/** Whether the pool exists and whether `scope` (a predicate on alias `p`) reaches it. */
export async function poolInScope(
  db: Db,
  id: string,
  scope: ScopePredicate,
): Promise<{ centerId: string; institutionId: string; visible: boolean } | undefined> {
  return db
    .selectFrom('pools as p')
    .select(['p.center_id as centerId', 'p.institution_id as institutionId'])
    .select(scope ? scope.as('visible') : sql<boolean>`true`.as('visible'))
    .where('p.id', '=', id)
    .executeTakeFirst();
}

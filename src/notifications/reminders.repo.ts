import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { MessageParams, RemindersTable } from './notifications.table.ts';

export type ReminderRow = Selectable<RemindersTable>;

/** Stores a reminder; returns its id. */
export async function insertReminderRow(db: Db, row: Insertable<RemindersTable>): Promise<string> {
  const inserted = await db.insertInto('reminders').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Cancels the pending reminders of an object (of one kind, or all; with `params` among theirs); returns how many. */
export async function cancelReminderRows(
  db: Db,
  objectType: string,
  objectId: string,
  kind?: string,
  params?: MessageParams,
): Promise<number> {
  let query = db
    .updateTable('reminders')
    .set({ status: 'cancelled', done_at: sql<Date>`now()` })
    .where('status', '=', 'pending')
    .where('object_type', '=', objectType)
    .where('object_id', '=', objectId);
  if (kind) query = query.where('kind', '=', kind);
  if (params) query = query.where(sql<boolean>`params @> ${JSON.stringify(params)}::jsonb`);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Locks up to `limit` due reminders for the caller's transaction. SKIP LOCKED: a reminder another sweep is
 * turning into notifications is not seen here, and once that sweep commits it is no longer pending.
 */
export async function lockDueReminderRows(db: Db, limit: number): Promise<ReminderRow[]> {
  return db
    .selectFrom('reminders')
    .selectAll()
    .where('status', '=', 'pending')
    .where('due_at', '<=', sql<Date>`now()`)
    .orderBy('due_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Marks reminders done. */
export async function markRemindersSent(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('reminders')
    .set({ status: 'sent', done_at: sql<Date>`now()` })
    .where('id', 'in', [...ids])
    .execute();
}

/** Cancels reminders by id (those that can no longer fire). */
export async function cancelReminderIds(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('reminders')
    .set({ status: 'cancelled', done_at: sql<Date>`now()` })
    .where('id', 'in', [...ids])
    .execute();
}

import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { OutboxChannel, OutboxStatus } from './notifications.constants.ts';
import type { OutboxMessagesTable } from './notifications.table.ts';

export type OutboxRow = Selectable<OutboxMessagesTable>;

/** Queues messages; returns their ids in input order. */
export async function insertOutboxRows(db: Db, rows: Insertable<OutboxMessagesTable>[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('outbox_messages').values(rows).returning('id').execute();
  return inserted.map((r) => r.id);
}

/** What a claim found: a message now leased to the caller, one given up on, or nothing to do. */
export type Claim =
  | { kind: 'claimed'; row: OutboxRow }
  | { kind: 'gave_up'; row: OutboxRow }
  | { kind: 'none' };

/**
 * Leases one sendable message for `leaseSeconds`: waiting (or parked for want of a transport that is now
 * configured), or leased before by a sender that never came back. The attempt is counted *before* the
 * send, in its own commit, so however often senders crash a message is sent at most `max_attempts` times.
 * `id` picks one message (a queue job) and ignores its retry time, which the queue then decides.
 */
export async function claimOutboxMessage(
  db: Db,
  options: { id?: string; channels: readonly OutboxChannel[]; leaseSeconds: number },
): Promise<Claim> {
  if (options.channels.length === 0) return { kind: 'none' };
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('outbox_messages')
      .selectAll()
      .where('channel', 'in', [...options.channels])
      .where((eb) =>
        eb.or([
          eb('status', 'in', ['pending', 'no_transport']),
          eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', sql<Date>`now()`)]),
        ]),
      );
    query = options.id
      ? query.where('id', '=', options.id)
      : query.where('next_attempt_at', '<=', sql<Date>`now()`).orderBy('next_attempt_at');
    // SKIP LOCKED: a message another sender is claiming right now is simply not ours to take.
    const row = await query.limit(1).forUpdate().skipLocked().executeTakeFirst();
    if (!row) return { kind: 'none' };
    if (row.attempts >= row.max_attempts) {
      const failed = await trx
        .updateTable('outbox_messages')
        .set({ status: 'failed', claimed_until: null, last_error: row.last_error ?? 'gave up' })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return { kind: 'gave_up', row: failed };
    }
    const claimed = await trx
      .updateTable('outbox_messages')
      .set((eb) => ({
        status: 'sending',
        attempts: eb('attempts', '+', 1),
        claimed_until: sql<Date>`now() + make_interval(secs => ${options.leaseSeconds})`,
      }))
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { kind: 'claimed', row: claimed };
  });
}

/** Marks a leased message sent (only while it is still leased: a late sender changes nothing else). */
export async function markOutboxSent(db: Db, id: string): Promise<void> {
  await db
    .updateTable('outbox_messages')
    .set({ status: 'sent', sent_at: sql<Date>`now()`, claimed_until: null, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** Records a failed attempt: waiting again after `retryInSeconds`, or failed once the attempts are spent. */
export async function markOutboxAttemptFailed(
  db: Db,
  id: string,
  error: string,
  retryInSeconds: number,
): Promise<OutboxRow> {
  return db
    .updateTable('outbox_messages')
    .set({
      status: sql<OutboxStatus>`CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'pending' END`,
      next_attempt_at: sql<Date>`now() + make_interval(secs => ${retryInSeconds})`,
      claimed_until: null,
      last_error: error.slice(0, 2000),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Parks waiting messages of channels nothing is configured to send; returns how many. */
export async function parkUnsendable(
  db: Db,
  channels: readonly OutboxChannel[],
  id?: string,
): Promise<number> {
  if (channels.length === 0) return 0;
  let query = db
    .updateTable('outbox_messages')
    .set({ status: 'no_transport' })
    .where('status', '=', 'pending')
    .where('channel', 'in', [...channels]);
  if (id) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The newest messages, optionally of one status (for `simpul outbox list`). */
export async function listOutboxRows(
  db: Db,
  query: { status?: OutboxStatus; limit: number },
): Promise<OutboxRow[]> {
  let base = db.selectFrom('outbox_messages').selectAll();
  if (query.status) base = base.where('status', '=', query.status);
  return base.orderBy('created_at', 'desc').orderBy('id').limit(query.limit).execute();
}

import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { NotificationsTable } from './notifications.table.ts';

export type NotificationRow = Selectable<NotificationsTable>;

/** Writes inbox rows; returns each new row's id and owner. */
export async function insertNotificationRows(
  db: Db,
  rows: Insertable<NotificationsTable>[],
): Promise<{ id: string; user_id: string }[]> {
  if (rows.length === 0) return [];
  return db.insertInto('notifications').values(rows).returning(['id', 'user_id']).execute();
}

/** One user's inbox page, newest first, with the total and the unread count. */
export async function listNotificationRows(
  db: Db,
  userId: string,
  query: { limit: number; offset: number; unreadOnly: boolean },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  let base = db.selectFrom('notifications').where('user_id', '=', userId);
  if (query.unreadOnly) base = base.where('read_at', 'is', null);
  const [rows, counts] = await Promise.all([
    base
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    db
      .selectFrom('notifications')
      .where('user_id', '=', userId)
      .select((eb) => [
        eb.fn.countAll<number>().as('all'),
        eb.fn.countAll<number>().filterWhere('read_at', 'is', null).as('unread'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: query.unreadOnly ? counts.unread : counts.all, unread: counts.unread };
}

/** The owner of a notification, or undefined when there is none with that id. */
export async function notificationOwner(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('notifications').select('user_id').where('id', '=', id).executeTakeFirst();
  return row?.user_id;
}

/** Marks one notification read (a second call keeps the first time) and returns it. */
export async function markNotificationRead(db: Db, id: string): Promise<NotificationRow> {
  await db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();
  return db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Marks all of a user's unread notifications read; returns how many were. */
export async function markAllNotificationsRead(db: Db, userId: string): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

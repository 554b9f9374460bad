import type { Actor } from '../auth/actor.ts';
import { requireUser } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { toIso, toIsoOrNull } from '../shared/dates.ts';
import { currentLang } from '../shared/lang.ts';
import { renderMessage } from './notification-messages.ts';
import { type ObjectType, objectPath } from './notifications.constants.ts';
import {
  listNotificationRows,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRow,
} from './notifications.repo.ts';
import type { Notification, NotificationListQuery, NotificationPage } from './notifications.schema.ts';

/** The actor's own inbox, newest first, in the request's language. */
export async function listNotifications(
  db: Db,
  actor: Actor,
  query: NotificationListQuery,
): Promise<NotificationPage> {
  const user = requireUser(actor);
  const { rows, total, unread } = await listNotificationRows(db, user.userId, {
    limit: query.limit,
    offset: query.offset,
    unreadOnly: query.unread ?? false,
  });
  return { items: rows.map(rowToNotification), total, unread, limit: query.limit, offset: query.offset };
}

/** Marks one notification read (the policy checked it is the actor's own). */
export async function readNotification(db: Db, id: string): Promise<Notification> {
  return rowToNotification(await markNotificationRead(db, id));
}

/** Marks all of the actor's notifications read. */
export async function readAllNotifications(db: Db, actor: Actor): Promise<{ updated: number }> {
  return { updated: await markAllNotificationsRead(db, requireUser(actor).userId) };
}

function rowToNotification(row: NotificationRow): Notification {
  const type = row.object_type as ObjectType;
  const text = renderMessage(row.message_key, row.params, currentLang());
  return {
    id: row.id,
    kind: row.kind as Notification['kind'],
    object: { type, id: row.object_id },
    link: objectPath(type, row.object_id),
    messageKey: row.message_key,
    params: row.params,
    subject: text.subject,
    body: text.body,
    createdAt: toIso(row.created_at),
    readAt: toIsoOrNull(row.read_at),
  };
}

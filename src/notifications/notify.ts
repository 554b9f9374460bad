import { type Db, inTransaction } from '../db/database.ts';
import type { Lang } from '../shared/lang.ts';
import { isMessageKey, type MessageKey, renderMessage } from './notification-messages.ts';
import {
  type Channel,
  NOTIFICATION_KINDS,
  type NotificationKind,
  objectPath,
  SEND_OUTBOX_MESSAGE_TASK,
} from './notifications.constants.ts';
import { insertNotificationRows } from './notifications.repo.ts';
import type { MessageParams } from './notifications.table.ts';
import { type ObjectRef, ObjectRefSchema } from './object-ref.ts';
import { insertOutboxRows } from './outbox.repo.ts';
import { recipientRows } from './preferences.repo.ts';

/** What one notify() call wrote: the inbox rows, and the outbox messages a sender (or queue job) should send. */
export interface Notified {
  notificationIds: string[];
  outboxIds: string[];
}

/** A user with no stored choice hears of every kind in the app only, in Indonesian. */
export const DEFAULT_LANGUAGE: Lang = 'id';
export const DEFAULT_CHANNEL: Channel = 'in_app';

/**
 * Tells `userIds` (inactive accounts skipped, duplicates once) about `objectRef`: one inbox row each, and —
 * as each user chose for `kind` — an e-mail or webhook message in their language, queued in the outbox.
 * Runs in the caller's transaction when `db` is one, so a notice commits (or not) with the change it tells of.
 * An unknown kind or message key, or a malformed reference, is a programming error and throws.
 */
export async function notify(
  db: Db,
  userIds: readonly string[],
  kind: NotificationKind,
  objectRef: ObjectRef,
  messageKey: MessageKey,
  params: MessageParams = {},
): Promise<Notified> {
  if (!NOTIFICATION_KINDS.includes(kind)) throw new Error(`notify: unknown notification kind "${kind}"`);
  if (!isMessageKey(messageKey)) throw new Error(`notify: unknown message key "${messageKey}"`);
  const ref = ObjectRefSchema.parse(objectRef);
  return inTransaction(db, async (trx) => {
    const recipients = await recipientRows(trx, [...new Set(userIds)]);
    const inbox = await insertNotificationRows(
      trx,
      recipients.map((r) => ({
        user_id: r.id,
        kind,
        object_type: ref.type,
        object_id: ref.id,
        message_key: messageKey,
        params: JSON.stringify(params),
      })),
    );
    const notificationOf = new Map(inbox.map((n) => [n.user_id, n.id]));
    const link = objectPath(ref.type, ref.id);
    const outbox = recipients.flatMap((r) => {
      const channel = r.channels?.[kind] ?? DEFAULT_CHANNEL;
      if (channel === 'in_app') return [];
      const language = r.language ?? DEFAULT_LANGUAGE;
      const text = renderMessage(messageKey, params, language);
      return [
        {
          notification_id: notificationOf.get(r.id) ?? null,
          user_id: r.id,
          channel,
          recipient: r.email,
          language,
          subject: text.subject,
          body: text.body,
          link,
        },
      ];
    });
    const outboxIds = await insertOutboxRows(trx, outbox);
    // One send job per message, in the same transaction: it exists exactly when the message does, and goes
    // out within seconds instead of at the next five-minute sweep (which stays, for jobs that were lost).
    // Imported here, not at the top: the queue's registry imports the notifications' jobs, which reach
    // notify() through the reminder sweep, and a static import would close that circle at load time.
    const { enqueue } = await import('../jobs/enqueue.ts');
    for (const messageId of outboxIds) await enqueue(trx, SEND_OUTBOX_MESSAGE_TASK, { messageId });
    return { notificationIds: inbox.map((n) => n.id), outboxIds };
  });
}

/**
 * Reminders, the one place for "tell these people about this object at that time":
 *
 * - `remind(db, userIds, at, kind, objectRef, messageKey, params)` stores a reminder (in the caller's
 *   transaction, if any); at `at` it becomes a `notify()` with the same arguments, so the users' choices
 *   (in-app only or e-mail too, language) are those of the moment it fires.
 * - `cancelReminders(db, objectRef, kind?, params?)` cancels an object's pending reminders (all, of one
 *   kind, or those whose params include `params`, e.g. one commitment of a case) — call it when the object
 *   changes state so that the reminder no longer applies (a case closed, a deadline met).
 * - `sweepDueReminders(db)` fires the due ones; run it on a schedule (src/notifications/jobs.ts). Each
 *   reminder fires exactly once: its notifications and its "sent" mark commit together, and concurrent
 *   sweeps skip each other's locked rows.
 */
import type { Db } from '../db/database.ts';
import { isMessageKey, type MessageKey } from './notification-messages.ts';
import { NOTIFICATION_KINDS, type NotificationKind } from './notifications.constants.ts';
import type { MessageParams } from './notifications.table.ts';
import { notify } from './notify.ts';
import { type ObjectRef, ObjectRefSchema } from './object-ref.ts';
import {
  cancelReminderIds,
  cancelReminderRows,
  insertReminderRow,
  lockDueReminderRows,
  markRemindersSent,
} from './reminders.repo.ts';

/** Schedules a notification of `userIds` about `objectRef` at `at`; returns the reminder's id. */
export async function remind(
  db: Db,
  userIds: readonly string[],
  at: Date,
  kind: NotificationKind,
  objectRef: ObjectRef,
  messageKey: MessageKey,
  params: MessageParams = {},
): Promise<string> {
  if (!isMessageKey(messageKey)) throw new Error(`remind: unknown message key "${messageKey}"`);
  if (Number.isNaN(at.getTime())) throw new Error('remind: the time is not a valid date');
  const ref = ObjectRefSchema.parse(objectRef);
  return insertReminderRow(db, {
    user_ids: [...new Set(userIds)],
    due_at: at,
    kind,
    object_type: ref.type,
    object_id: ref.id,
    message_key: messageKey,
    params: JSON.stringify(params),
  });
}

/**
 * Cancels `objectRef`'s pending reminders (only those of `kind` when given, and only those whose params
 * include every entry of `params` when given: one of several reminders on the same object); returns how many.
 */
export async function cancelReminders(
  db: Db,
  objectRef: ObjectRef,
  kind?: NotificationKind,
  params?: MessageParams,
): Promise<number> {
  const ref = ObjectRefSchema.parse(objectRef);
  return cancelReminderRows(db, ref.type, ref.id, kind, params);
}

/** Fires due reminders in batches of `batch`, each batch one transaction; returns how many fired. */
export async function sweepDueReminders(db: Db, batch = 100): Promise<{ fired: number }> {
  let fired = 0;
  for (;;) {
    const count = await db.transaction().execute(async (trx) => {
      const due = await lockDueReminderRows(trx, batch);
      const stale: string[] = [];
      for (const r of due) {
        const ref = ObjectRefSchema.safeParse({ type: r.object_type, id: r.object_id });
        const kind = r.kind as NotificationKind;
        // A reminder whose message or kind a later version removed cannot fire; it must not block the rest.
        if (!ref.success || !isMessageKey(r.message_key) || !NOTIFICATION_KINDS.includes(kind)) {
          stale.push(r.id);
          continue;
        }
        await notify(trx, r.user_ids, kind, ref.data, r.message_key, r.params);
      }
      await markRemindersSent(
        trx,
        due.map((r) => r.id).filter((id) => !stale.includes(id)),
      );
      await cancelReminderIds(trx, stale);
      return due.length;
    });
    fired += count;
    if (count < batch) return { fired };
  }
}

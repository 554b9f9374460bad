/**
 * The nightly "what is overdue" sweep, the one place where features say what is past its date:
 *
 * - a feature writes an `OverdueCheck` — a name and a set-based `find(db, today)` returning what is overdue
 *   today, each with who should hear of it and the date it was due — and lists it in
 *   `src/jobs/overdue-checks.ts`;
 * - `sweepOverdue` runs every check and notifies each item's users (kind `reminder`) once per check,
 *   object and due date: `overdue_notices` remembers what was told, in the same transaction as the
 *   notifications, so a sweep run twice, or by two workers at once, tells once.
 *
 * Reminders (`remind()`) are for a moment known in advance; the sweep is for a state that became late.
 */
import type { Db } from '../db/database.ts';
import type { MessageKey } from './notification-messages.ts';
import type { MessageParams } from './notifications.table.ts';
import { notify } from './notify.ts';
import type { ObjectRef } from './object-ref.ts';
import { claimOverdueNotices } from './overdue.repo.ts';

/** One overdue thing and who should hear of it. */
export interface OverdueItem {
  userIds: readonly string[];
  objectRef: ObjectRef;
  messageKey: MessageKey;
  params: MessageParams;
  /** The date it was due (`YYYY-MM-DD`): a later due date of the same object is told again. */
  dueOn: string;
}

/** A feature's question "what of mine is overdue on `today`?". */
export interface OverdueCheck {
  name: string;
  find(db: Db, today: string): Promise<OverdueItem[]>;
}

/** Runs every check for `today`; returns how many items were told of this time, by check. */
export async function sweepOverdue(
  db: Db,
  checks: readonly OverdueCheck[],
  today: string,
): Promise<Record<string, number>> {
  const told: Record<string, number> = {};
  for (const check of checks) {
    const items = (await check.find(db, today)).filter((item) => item.userIds.length > 0);
    const fresh = await claimOverdueNotices(
      db,
      check.name,
      items.map((item) => ({ type: item.objectRef.type, id: item.objectRef.id, dueOn: item.dueOn })),
    );
    const claimed = items.filter((item) =>
      fresh.has(keyOf(item.objectRef.type, item.objectRef.id, item.dueOn)),
    );
    for (const item of claimed) {
      await notify(db, item.userIds, 'reminder', item.objectRef, item.messageKey, item.params);
    }
    told[check.name] = claimed.length;
  }
  return told;
}

/** The key `claimOverdueNotices` answers with. */
export function keyOf(type: string, id: string, dueOn: string): string {
  return `${type}/${id}/${dueOn}`;
}

import type { Db } from '../db/database.ts';
import { toIso, toIsoOrNull } from '../shared/dates.ts';
import { type Lang, tr } from '../shared/lang.ts';
import { NO_WEBHOOK_LABEL, type OutboxStatus, STATUS_LABELS } from './notifications.constants.ts';
import { listOutboxRows } from './outbox.repo.ts';

/** One outbox message as an operator reads it. */
export interface OutboxEntry {
  id: string;
  channel: string;
  recipient: string;
  subject: string;
  status: OutboxStatus;
  /** The status in words, e.g. "not sent: no SMTP configured". */
  statusLabel: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** The newest outbox messages (optionally of one status), their status in `lang`. */
export async function listOutbox(
  db: Db,
  query: { status?: OutboxStatus; limit: number },
  lang: Lang,
): Promise<OutboxEntry[]> {
  const rows = await listOutboxRows(db, query);
  return rows.map((row) => {
    const label =
      row.status === 'no_transport' && row.channel === 'webhook'
        ? NO_WEBHOOK_LABEL
        : STATUS_LABELS[row.status];
    return {
      id: row.id,
      channel: row.channel,
      recipient: row.recipient,
      subject: row.subject,
      status: row.status,
      statusLabel: tr(label, {}, lang),
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: toIso(row.created_at),
      sentAt: toIsoOrNull(row.sent_at),
    };
  });
}

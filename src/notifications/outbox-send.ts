import type { Db } from '../db/database.ts';
import { OUTBOX_CHANNELS, type OutboxChannel } from './notifications.constants.ts';
import {
  claimOutboxMessage,
  markOutboxAttemptFailed,
  markOutboxSent,
  parkUnsendable,
} from './outbox.repo.ts';
import type { OutboxSenders } from './senders.ts';

/** What one call did with a message. */
export type SendOutcome =
  | { outcome: 'sent'; id: string; attempt: number }
  | { outcome: 'gave_up'; id: string }
  | { outcome: 'nothing' };

/** A delivery that failed: the queue retries the job with its backoff; the message waits meanwhile. */
export class OutboxSendError extends Error {
  override name = 'OutboxSendError';
}

/** Seconds before a failed message is due again for the sweep: 30 s doubling per attempt, at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends one message — `messageId`'s, or the next due one — at least once: lease it (counting the attempt),
 * deliver it within the timeout, mark it sent. A crash between delivery and mark leaves the lease to
 * expire and the message is sent again: never more than its `max_attempts` times in all (docs/design-choices.md).
 * A message whose channel has no transport configured is parked as "not sent: no … configured" instead.
 * A refused or timed-out delivery is recorded on the message and thrown as `OutboxSendError`.
 * `db` must not be a transaction: the lease has to commit before the delivery starts.
 */
export async function sendOutboxMessage(
  db: Db,
  payload: { messageId?: string | undefined },
  senders: OutboxSenders,
): Promise<SendOutcome> {
  const configured = OUTBOX_CHANNELS.filter((c) => senders.deliver[c]);
  const missing = OUTBOX_CHANNELS.filter((c) => !senders.deliver[c]);
  await parkUnsendable(db, missing, payload.messageId);
  const claim = await claimOutboxMessage(db, {
    id: payload.messageId,
    channels: configured,
    leaseSeconds: senders.leaseSeconds,
  });
  if (claim.kind === 'none') return { outcome: 'nothing' };
  if (claim.kind === 'gave_up') return { outcome: 'gave_up', id: claim.row.id };
  const message = claim.row;
  const deliver = senders.deliver[message.channel as OutboxChannel];
  try {
    await deliver?.(message);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const after = await markOutboxAttemptFailed(db, message.id, reason, retryDelaySeconds(message.attempts));
    throw new OutboxSendError(
      `${message.channel} message ${message.id} to ${message.recipient} not sent (attempt ${message.attempts} of ${message.max_attempts}${after.status === 'failed' ? ', the last' : ''}): ${reason}`,
      { cause: error },
    );
  }
  await markOutboxSent(db, message.id);
  return { outcome: 'sent', id: message.id, attempt: message.attempts };
}

/** Sends due messages one by one until none is left or `limit` were tried; a failure never stops the rest. */
export async function sendDueOutbox(
  db: Db,
  senders: OutboxSenders,
  limit = 100,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < limit; i += 1) {
    try {
      const result = await sendOutboxMessage(db, {}, senders);
      if (result.outcome === 'nothing') break;
      if (result.outcome === 'sent') sent += 1;
      else failed += 1;
    } catch (error) {
      if (!(error instanceof OutboxSendError)) throw error;
      failed += 1;
    }
  }
  return { sent, failed };
}

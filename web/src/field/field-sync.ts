import type { FieldChangeResult } from '../../../src/field/field.schema.ts';
import { checkSession, postChanges } from './field-api.ts';
import { fieldDb, type QueuedChange } from './field-db.ts';

/** Changes per request: a few, so progress shows and a dropped connection costs little to resend. */
export const SYNC_BATCH = 5;

/** Progress of a sync: changes answered so far of those waiting when it began. */
export interface SyncProgress {
  done: number;
  total: number;
}

/** Whether the server's result confirms the change (it is then removed from the phone's queue). */
export function confirmed(result: FieldChangeResult): boolean {
  return result.status === 'applied' || result.status === 'conflict';
}

/**
 * Stores the server's answers: a confirmed change (applied, or kept on the server as a conflict) moves
 * from the queue to the sent list in one transaction; a refused one stays, marked failed, with the reason.
 */
async function record(batch: QueuedChange[], results: FieldChangeResult[]): Promise<void> {
  const byId = new Map(results.map((r) => [r.clientChangeId, r]));
  await fieldDb.transaction('rw', fieldDb.changes, fieldDb.sent, async () => {
    for (const item of batch) {
      const result = byId.get(item.clientChangeId);
      if (!result || item.seq === undefined) continue;
      if (confirmed(result)) {
        await fieldDb.sent.put({
          clientChangeId: item.clientChangeId,
          label: item.label,
          result,
          sentAt: new Date().toISOString(),
        });
        await fieldDb.changes.delete(item.seq);
      } else {
        await fieldDb.changes.update(item.seq, { state: 'failed', result });
      }
    }
  });
}

/**
 * Sends the waiting changes in the order recorded, `SYNC_BATCH` at a time, and stores each answer as it
 * arrives. Nothing leaves the phone's queue before its result is stored; a dropped connection
 * (`OfflineError`) or an ended session (`SessionExpiredError`) stops the run with the rest still queued,
 * and the next run resends them with the same client ids, which the server answers without redoing them.
 * Only the signed-in collector's changes are sent.
 */
export async function syncQueue(onProgress: (p: SyncProgress) => void): Promise<FieldChangeResult[]> {
  const { userId } = await checkSession();
  // Another collector's changes (recorded before a session ended) wait for them to sign in again.
  const waiting = (await fieldDb.changes.where('state').equals('pending').sortBy('seq')).filter(
    (q) => q.userId === undefined || q.userId === userId,
  );
  const all: FieldChangeResult[] = [];
  onProgress({ done: 0, total: waiting.length });
  for (let i = 0; i < waiting.length; i += SYNC_BATCH) {
    const batch = waiting.slice(i, i + SYNC_BATCH);
    const results = await postChanges(batch.map((b) => b.change));
    await record(batch, results);
    all.push(...results);
    onProgress({ done: Math.min(i + SYNC_BATCH, waiting.length), total: waiting.length });
  }
  return all;
}

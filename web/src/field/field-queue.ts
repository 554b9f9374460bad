import type { FieldChange } from '../../../src/field/field.schema.ts';
import { fieldDb, type QueuedChange } from './field-db.ts';
import { guardedWrite } from './storage.ts';

/** A change as a form builds it: everything but the envelope the queue adds. */
export type NewChange = Omit<FieldChange, 'clientChangeId' | 'collectedAt' | 'centerId'>;

/** Where changes were recorded: a centre's package, or a research project's (research kinds). */
export type ChangeScope = { centerId: string } | { projectId: string };

/** The phone's time with its offset, e.g. 2026-12-07T12:30:00+07:00 (the contract wants the offset). */
export function localDateTime(now = new Date()): string {
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/**
 * Queues changes recorded together (a firm and its ties) in one transaction: all are kept or none, and a
 * full storage refuses them before anything is written; `userId` is the collector. `scope` is the centre's id
 * or `{ projectId }` for the research kinds. Returns their client change ids, in order.
 */
export async function enqueue(
  scope: string | ChangeScope,
  items: { change: NewChange; label: QueuedChange['label'] }[],
  draftKey?: string,
  userId?: string,
): Promise<string[]> {
  const collectedAt = localDateTime();
  const where: ChangeScope = typeof scope === 'string' ? { centerId: scope } : scope;
  const rows: QueuedChange[] = items.map(({ change, label }) => {
    const clientChangeId = crypto.randomUUID();
    return {
      change: { ...change, clientChangeId, ...where, collectedAt } as FieldChange,
      clientChangeId,
      ...where,
      ...(userId && { userId }),
      state: 'pending',
      label,
      result: null,
    };
  });
  const bytes = JSON.stringify(rows).length * 2;
  await guardedWrite(bytes, () =>
    fieldDb.transaction('rw', fieldDb.changes, fieldDb.drafts, async () => {
      await fieldDb.changes.bulkAdd(rows);
      if (draftKey) await fieldDb.drafts.delete(draftKey);
    }),
  );
  return rows.map((r) => r.clientChangeId);
}

/** Changes of a centre recorded on this phone, oldest first. */
export function queuedFor(centerId: string): Promise<QueuedChange[]> {
  return fieldDb.changes.where('centerId').equals(centerId).sortBy('seq');
}

/** Changes of a research project recorded on this phone, oldest first. */
export function queuedForProject(projectId: string): Promise<QueuedChange[]> {
  return fieldDb.changes.where('projectId').equals(projectId).sortBy('seq');
}

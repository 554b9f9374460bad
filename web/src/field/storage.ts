import { fieldDb } from './field-db.ts';

/** Above this share of the quota the app warns before anything else is stored. */
export const STORAGE_WARN_SHARE = 0.9;

/** The browser's estimate of what the app stores and may store, when it gives one. */
export interface StorageState {
  usage: number;
  quota: number;
  persisted: boolean;
}

/** Asks for persistent storage once (so the browser does not evict the queue) and reads the estimate. */
export async function storageState(): Promise<StorageState | null> {
  if (!navigator.storage?.estimate) return null;
  const persisted = navigator.storage.persist ? await navigator.storage.persist().catch(() => false) : false;
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota, persisted };
}

/** The storage is (almost) full, or a write was refused for lack of space: nothing of the entry was kept. */
export class StorageFullError extends Error {}

/** True for the browser's (or Dexie's) quota refusal. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner = (error as Error & { inner?: unknown }).inner;
  return (
    error.name === 'QuotaExceededError' || (inner instanceof Error && inner.name === 'QuotaExceededError')
  );
}

/**
 * Runs a write of about `bytes` bytes: refused beforehand when the estimate says it would not fit under
 * the warning line, and a quota refusal during the write becomes a `StorageFullError` (Dexie rolled the
 * transaction back, so nothing half-written stays).
 */
export async function guardedWrite<T>(bytes: number, write: () => Promise<T>): Promise<T> {
  const state = await storageState();
  if (state && state.quota > 0 && state.usage + bytes > state.quota * STORAGE_WARN_SHARE) {
    throw new StorageFullError('storage almost full');
  }
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError('quota exceeded');
    throw error;
  }
}

/** Told whether the last draft write was kept (`true`) or refused for lack of space (`false`). */
type DraftListener = (kept: boolean) => void;
const draftListeners = new Set<DraftListener>();

/** Listens to the outcome of draft writes; returns the unsubscribe. */
export function onDraftWrite(listener: DraftListener): () => void {
  draftListeners.add(listener);
  return () => draftListeners.delete(listener);
}

/** Draft writes begun so far: only the latest one's outcome is told. */
let draftWrites = 0;

/**
 * Writes a draft and tells the listeners whether it was kept: a full storage must be said at once, while
 * the values are still on the screen, not when the entry is saved (or the phone locks) and they are gone.
 * Writes may finish out of order (an earlier one committing after a later one was refused), so only the
 * outcome of the latest write begun is told: an older success must not hide that the newest was not kept.
 */
export async function writeDraft(write: () => Promise<unknown>): Promise<void> {
  const mine = ++draftWrites;
  const tell = (kept: boolean) => {
    if (mine === draftWrites) for (const listener of draftListeners) listener(kept);
  };
  try {
    await write();
    tell(true);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    tell(false);
  }
}

/** Bytes as "1.2 MB" / "830 kB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

/** Number of changes still on the phone (waiting or refused). */
export function queuedCount(): Promise<number> {
  return fieldDb.changes.count();
}

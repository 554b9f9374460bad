import { useCallback, useEffect, useState } from 'react';
import { fieldDb } from './field-db.ts';
import { writeDraft } from './storage.ts';

/**
 * A form's values, saved to IndexedDB as typed (a locked phone or a reload loses nothing) and restored
 * when the form opens again; `reset` starts afresh after the entry was queued.
 */
export function useDraft<T extends Record<string, unknown>>(
  key: string,
  initial: T,
): { values: T; set(patch: Partial<T>): void; reset(): void } {
  const [values, setValues] = useState<T>(initial);
  // biome-ignore lint/correctness/useExhaustiveDependencies: restore once per form key.
  useEffect(() => {
    fieldDb.drafts.get(key).then((draft) => {
      if (draft) setValues({ ...initial, ...(draft.values as Partial<T>) });
    });
  }, [key]);
  const set = useCallback(
    (patch: Partial<T>) =>
      setValues((previous) => {
        const next = { ...previous, ...patch };
        // A draft that cannot be saved (storage full) stays in the form, and the form page says so at once.
        writeDraft(() => fieldDb.drafts.put({ key, values: next, savedAt: new Date().toISOString() })).catch(
          () => undefined,
        );
        return next;
      }),
    [key],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the initial values of a fresh form.
  const reset = useCallback(() => setValues(initial), [key]);
  return { values, set, reset };
}

/** Today as YYYY-MM-DD on the phone's calendar. */
export function todayLocal(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

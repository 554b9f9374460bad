import { useState } from 'react';
import { ApiError } from '../api/client.ts';

/** State of a form submission: busy while it runs, the API's refusal after it failed. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  /** Runs `send`; on an API refusal keeps the error for the fields and the alert. */
  const run = async (send: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  /** The API's message for one field, if any. */
  const fieldError = (path: string) => (error instanceof ApiError ? error.field(path) : undefined);
  return { busy, error, run, fieldError };
}

/** A form value as the API wants it: empty text is left out, numbers parsed (comma decimals too). */
export function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A number from a form input; an unreadable one is sent as typed so the API names the field. */
export function num(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : trimmed;
}

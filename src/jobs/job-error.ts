import type { Message } from '../shared/lang.ts';

// graphile-worker stores a failed job's error as one text. Ours carry both languages, as JSON behind a
// marker, so the CLI and the admin screen show each reader the error in their own language.
const MARK = 'simpul:';

/** A job failure worded in both languages; `final` failures are not retried. */
export class JobError extends Error {
  constructor(
    readonly words: Message,
    readonly final = false,
  ) {
    super(`${MARK}${JSON.stringify(words)}`);
  }
}

/** A stored job error in `lang`: ours in the reader's language, anyone else's as it was written. */
export function jobErrorText(stored: string | null, lang: 'id' | 'en'): string | null {
  if (stored === null || !stored.startsWith(MARK)) return stored;
  try {
    const words = JSON.parse(stored.slice(MARK.length)) as Message;
    return words[lang];
  } catch {
    return stored;
  }
}

import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { IO_MESSAGES as M } from './io.messages.ts';
import type { RawTableRow, TableRows } from './read-table.ts';

/**
 * Yields the file's rows while watching the reader: a read that waits more than `stallSeconds` for its
 * next row fails with a message (some damaged files make a streaming reader wait forever), and so does
 * an aborted `signal`, with its reason. The file is closed however the reading ends.
 */
export async function* watchedRows(
  rows: TableRows,
  stallSeconds: number,
  signal: AbortSignal,
): AsyncGenerator<RawTableRow> {
  const iterator = rows[Symbol.asyncIterator]();
  let waitingSince = 0;
  let fail: ((error: unknown) => void) | undefined;
  const stop = (error: unknown) => {
    rows.close();
    fail?.(error);
  };
  // One timer for the whole file, not one per row.
  const watchdog = setInterval(
    () => {
      if (waitingSince > 0 && Date.now() - waitingSince > stallSeconds * 1000) {
        stop(new AppError('unprocessable', tr(M.fileStalled, { seconds: stallSeconds })));
      }
    },
    Math.min(1000, stallSeconds * 250),
  );
  const onAbort = () => stop(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      if (signal.aborted) throw signal.reason;
      waitingSince = Date.now();
      const next = await new Promise<IteratorResult<RawTableRow>>((resolve, reject) => {
        fail = reject;
        iterator.next().then(resolve, reject);
      });
      waitingSince = 0;
      if (next.done) return;
      yield next.value;
    }
  } finally {
    clearInterval(watchdog);
    signal.removeEventListener('abort', onAbort);
    rows.close();
  }
}

/**
 * A signal that aborts after `seconds` with the import's time-limit message, or with `outer`'s reason
 * (the client hung up); `clear` stops the timer once the import is over.
 */
export function importDeadline(seconds: number, outer?: AbortSignal): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new AppError('unprocessable', tr(M.importTimedOut, { seconds }))),
    seconds * 1000,
  );
  const onOuter = () => controller.abort(outer?.reason);
  if (outer?.aborted) onOuter();
  outer?.addEventListener('abort', onOuter, { once: true });
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
    },
  };
}

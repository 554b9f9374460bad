import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';

/** An upload written to a private temporary file; `remove` deletes it (and is safe to call twice). */
export interface SpooledFile {
  path: string;
  bytes: number;
  remove(): Promise<void>;
}

/**
 * Writes a request body to a temporary file (mode 0600 in a fresh 0700 folder), failing with
 * `tooLarge()` past `limit` bytes and with the signal's reason when it aborts. Nothing touches the
 * database until the whole file is here and checked, so a slow or broken upload holds no connection.
 */
export async function spoolUpload(
  body: Readable,
  limit: number,
  tooLarge: () => Error,
  signal: AbortSignal,
): Promise<SpooledFile> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'simpul-upload-'));
  const file = path.join(folder, 'upload');
  const remove = () => rm(folder, { recursive: true, force: true });
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback(bytes > limit ? tooLarge() : null, chunk);
    },
  });
  const out = createWriteStream(file, { mode: 0o600 });
  try {
    await new Promise<void>((resolve, reject) => {
      // Not `pipeline`: on a failure it would destroy the request itself, and the client would get a
      // reset connection instead of the 413.
      const fail = (error: unknown) => {
        body.unpipe(count);
        count.destroy();
        out.destroy();
        reject(error);
      };
      count.once('error', fail);
      out.once('error', fail);
      out.once('finish', resolve);
      body.once('error', fail);
      body.once('close', () => {
        if (!body.readableEnded) fail(new Error('request closed before its end'));
      });
      if (signal.aborted) fail(signal.reason);
      signal.addEventListener('abort', () => fail(signal.reason), { once: true });
      body.pipe(count).pipe(out);
    });
  } catch (error) {
    await remove();
    throw error;
  }
  return { path: file, bytes, remove };
}

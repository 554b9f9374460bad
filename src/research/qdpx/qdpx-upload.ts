import type { Readable } from 'node:stream';
import { AppError } from '../../shared/errors.ts';
import { type Message, tr } from '../../shared/lang.ts';

const M = {
  tooLarge: {
    id: 'Berkas REFI-QDA lebih besar dari batas {limit} MB (SIMPUL_QDPX_MAX_BYTES)',
    en: 'The REFI-QDA file is larger than the limit of {limit} MB (SIMPUL_QDPX_MAX_BYTES)',
  },
  empty: { id: 'Berkas yang dikirim kosong', en: 'The file sent is empty' },
} satisfies Record<string, Message>;

/** Reads an uploaded `.qdpx`/`.qde`/`.qdc` from the request stream: 413 past `limit` (reading stops there), 422 when empty. */
export async function readQdaUpload(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new AppError(
        'payload_too_large',
        tr(M.tooLarge, { limit: Math.round(limit / 1024 / 102.4) / 10 }),
      );
    }
    chunks.push(chunk as Buffer);
  }
  if (size === 0) throw new AppError('unprocessable', tr(M.empty));
  return Buffer.concat(chunks);
}

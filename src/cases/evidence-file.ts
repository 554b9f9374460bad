import type { Readable } from 'node:stream';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { type EVIDENCE_MEDIA_TYPES, MAX_EVIDENCE_BYTES } from './cases.constants.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';

type MediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** The first bytes each accepted type starts with, so a renamed file is refused before it is stored. */
const SIGNATURES: Record<MediaType, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
};

/**
 * Reads an uploaded evidence file from the request stream: 413 past `MAX_EVIDENCE_BYTES` (reading stops
 * there), 422 when empty, 415 when its bytes are not of the declared type. Nothing is written on the way.
 */
export async function readEvidenceFile(
  stream: Readable,
  declared: string,
): Promise<{ bytes: Buffer; mediaType: MediaType }> {
  const mediaType = declared.split(';')[0]?.trim().toLowerCase() as MediaType;
  const check = SIGNATURES[mediaType];
  if (!check) throw new AppError('unsupported_media_type', tr(m.badMediaType));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_EVIDENCE_BYTES) {
      stream.destroy();
      throw new AppError('payload_too_large', tr(m.fileTooLarge, { mb: MAX_EVIDENCE_BYTES / 1024 / 1024 }));
    }
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new AppError('unprocessable', tr(m.fileEmpty));
  if (!check(bytes)) throw new AppError('unsupported_media_type', tr(m.badMediaType));
  return { bytes, mediaType };
}

/**
 * An uploaded audio file, recognised by its first bytes with `file-type` (maintained, ESM, Node ≥ 20):
 * MP3 (an ID3 tag or an MPEG frame), WAV (RIFF/WAVE), Ogg (Vorbis, Opus), M4A/MP4 (`ftyp`), FLAC, WebM and
 * AAC. The type the browser declares is not trusted; what is stored is the type the bytes show, in the form
 * an `<audio>` element plays.
 */

import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../shared/errors.ts';
import { type Message, tr } from '../shared/lang.ts';

/** Media types an attachment upload may be sent as (the bytes decide; these only reach the parser). */
export const AUDIO_UPLOAD_MEDIA_TYPES = [
  'audio/mpeg',
  'audio/mp3',
  'audio/wav',
  'audio/x-wav',
  'audio/wave',
  'audio/vnd.wave',
  'audio/ogg',
  'audio/opus',
  'audio/mp4',
  'audio/x-m4a',
  'audio/m4a',
  'audio/aac',
  'audio/flac',
  'audio/x-flac',
  'audio/webm',
  'video/webm',
  'video/mp4',
  'application/octet-stream',
] as const;

/** What `file-type` finds (by extension) → the stored media type. A video container holds the recording's sound. */
const AUDIO_BY_EXTENSION: Record<string, string> = {
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  m4a: 'audio/mp4',
  mp4: 'audio/mp4',
  m4b: 'audio/mp4',
  flac: 'audio/flac',
  webm: 'audio/webm',
  aac: 'audio/aac',
};

const M = {
  tooLarge: {
    id: 'Berkas audio lebih besar dari batas {limit} MB (SIMPUL_ATTACHMENT_MAX_BYTES)',
    en: 'The audio file is larger than the limit of {limit} MB (SIMPUL_ATTACHMENT_MAX_BYTES)',
  },
  empty: { id: 'Berkas audio kosong', en: 'The audio file is empty' },
  notAudio: {
    id: 'Berkas ini bukan audio yang dikenali ({found}); yang diterima: MP3, WAV, OGG/Opus, M4A/MP4, FLAC, WebM, AAC',
    en: 'This file is not recognised audio ({found}); accepted: MP3, WAV, OGG/Opus, M4A/MP4, FLAC, WebM, AAC',
  },
  unknown: { id: 'jenis tidak dikenal', en: 'unknown type' },
} satisfies Record<string, Message>;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The stored media type of `bytes`, or a 415 naming what was found instead. */
export async function audioTypeOf(bytes: Uint8Array): Promise<string> {
  const found = await fileTypeFromBuffer(bytes);
  const type = found ? AUDIO_BY_EXTENSION[found.ext] : undefined;
  if (!type)
    throw new AppError('unsupported_media_type', tr(M.notAudio, { found: found?.mime ?? tr(M.unknown) }));
  return type;
}

/**
 * Reads an upload from the request stream: 413 past `limit` bytes (reading stops there, naming the limit),
 * 422 when empty, 415 when the bytes are not audio. Nothing is written on the way.
 */
export async function readAudioUpload(
  stream: Readable,
  limit: number,
): Promise<{ bytes: Buffer; mediaType: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new AppError('payload_too_large', tr(M.tooLarge, { limit: mb(limit) }));
    }
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new AppError('unprocessable', tr(M.empty));
  return { bytes, mediaType: await audioTypeOf(bytes) };
}

import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { cleanImage, MAX_IMAGE_PIXELS } from '../shared/image-clean.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';

/** The bytes to store for an evidence file and their type. */
export interface StoredEvidence {
  bytes: Buffer;
  mediaType: string;
}

/**
 * What is stored of an uploaded evidence file. A photo is decoded and re-encoded in its own format at its
 * own size (evidence keeps its detail) with no metadata: EXIF and GPS can say where a witness lives. A bomb,
 * a truncated file or one that is not the image it claims is a 4xx and nothing is written. A PDF is kept
 * as sent: its bytes are the evidence.
 */
export async function evidenceToStore(file: { bytes: Buffer; mediaType: string }): Promise<StoredEvidence> {
  if (!file.mediaType.startsWith('image/')) return file;
  const clean = await cleanImage(file.bytes, { as: 'same' });
  if (!('fault' in clean)) return { bytes: clean.data, mediaType: `image/${clean.format}` };
  if (clean.fault === 'notImage') throw new AppError('unsupported_media_type', tr(m.badMediaType));
  const message =
    clean.fault === 'tooManyPixels'
      ? tr(m.imageTooManyPixels, { width: clean.width, height: clean.height, max: MAX_IMAGE_PIXELS / 1e6 })
      : tr(m.imageBroken);
  throw new AppError('unprocessable', message, [{ path: 'file', message }]);
}

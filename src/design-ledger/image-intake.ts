import sharp from 'sharp';
import sharpPhash from 'sharp-phash';
import { errors } from '../shared/errors.ts';
import { cleanImage, MAX_IMAGE_PIXELS } from '../shared/image-clean.ts';
import { type Message, tr } from '../shared/lang.ts';
import { LEDGER_MESSAGES as M } from './design-ledger.messages.ts';
import { sha256Hex } from './ledger-chain.ts';
import { bandsOf, hashFromBits } from './perceptual-hash.ts';

/**
 * Turns uploaded bytes into a ledger image, all in memory: `cleanImage` (src/shared/image-clean.ts) checks
 * the container and the pixel count, decodes in full and re-encodes without metadata, fitted within
 * 2048 px as JPEG (what a PDF can embed); then a 160 px thumbnail and the perceptual hash of the result.
 */

/** Largest accepted upload per image, in bytes. */
export const MAX_IMAGE_BYTES = 12 * 1024 * 1024;
/** Longest side of the stored, normalised image. */
const STORED_SIDE = 2048;
const THUMBNAIL_SIDE = 160;
// sharp-phash's types declare an ES default export, but the CommonJS package exports the function itself,
// which is what Node's ESM import hands us as the default.
const phash = sharpPhash as unknown as (image: Buffer) => Promise<string>;

/** An uploaded image as the request carries it. */
export interface ImageUpload {
  fileName: string;
  bytes: Buffer;
}

/** A normalised image ready to be stored. */
export interface NormalisedImage {
  content: Buffer;
  thumbnail: Buffer;
  sha256: string;
  originalSha256: string;
  perceptualHash: bigint;
  bands: number[];
  width: number;
  height: number;
}

/** Normalises every upload, or throws one 4xx naming each bad image; nothing is kept on failure. */
export async function normaliseImages(uploads: readonly ImageUpload[]): Promise<NormalisedImage[]> {
  const problems: { path: string; message: string }[] = [];
  const done: NormalisedImage[] = [];
  for (const [index, upload] of uploads.entries()) {
    const result = await normaliseOne(upload, index);
    if ('problem' in result) problems.push({ path: `images.${index}.data`, message: result.problem });
    else done.push(result);
  }
  const seen = new Map<string, number>();
  for (const [index, image] of done.entries()) {
    const first = seen.get(image.sha256) ?? seen.get(image.originalSha256);
    if (first !== undefined) {
      problems.push({
        path: `images.${index}.data`,
        message: tr(M.sameImageTwice, { n: index + 1, first: first + 1 }),
      });
    }
    seen.set(image.sha256, index);
    seen.set(image.originalSha256, index);
  }
  if (problems.length > 0) throw errors.unprocessable(tr(M.badImages), problems);
  return done;
}

async function normaliseOne(
  upload: ImageUpload,
  index: number,
): Promise<NormalisedImage | { problem: string }> {
  const words = (message: Message, extra: Record<string, string | number> = {}) => ({
    problem: tr(message, { n: index + 1, file: upload.fileName, ...extra }),
  });
  const { bytes } = upload;
  if (bytes.length > MAX_IMAGE_BYTES) {
    return words(M.tooLarge, { size: megabytes(bytes.length), max: MAX_IMAGE_BYTES / 1024 / 1024 });
  }
  const clean = await cleanImage(bytes, { as: 'jpeg', maxSide: STORED_SIDE });
  if ('fault' in clean) {
    if (clean.fault === 'tooManyPixels') {
      const { width, height } = clean;
      return words(M.tooManyPixels, { width, height, max: MAX_IMAGE_PIXELS / 1_000_000 });
    }
    return words(clean.fault === 'notImage' ? M.notImage : M.broken);
  }
  try {
    const data = clean.data;
    const thumbnail = await sharp(data)
      .resize(THUMBNAIL_SIDE, THUMBNAIL_SIDE, { fit: 'inside' })
      .jpeg({ quality: 75 })
      .toBuffer();
    const perceptualHash = hashFromBits(await phash(data));
    return {
      content: data,
      thumbnail,
      sha256: sha256Hex(data),
      originalSha256: sha256Hex(bytes),
      perceptualHash,
      bands: bandsOf(perceptualHash),
      width: clean.width,
      height: clean.height,
    };
  } catch {
    return words(M.broken);
  }
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

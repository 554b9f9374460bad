import sharp from 'sharp';
import sharpPhash from 'sharp-phash';
import { errors } from '../shared/errors.ts';
import { type Message, tr } from '../shared/lang.ts';
import { LEDGER_MESSAGES as M } from './design-ledger.messages.ts';
import { sha256Hex } from './ledger-chain.ts';
import { bandsOf, hashFromBits } from './perceptual-hash.ts';

/**
 * Turns uploaded bytes into a ledger image, all in memory (no temporary file): check the container
 * (JPEG, PNG, WebP only: a PDF renamed `.jpg` or an SVG is refused), the pixel count from the header
 * before any decoding (decompression bombs), decode fully with `failOn: 'truncated'`, then auto-orient,
 * drop every metadata block (EXIF, GPS, XMP), fit within 2048 px and re-encode as JPEG (what a PDF can
 * embed), plus a 160 px thumbnail and the perceptual hash of the normalised image.
 */

/** Largest accepted upload per image, in bytes. */
export const MAX_IMAGE_BYTES = 12 * 1024 * 1024;
/** Largest accepted pixel count (a 4000 × 3000 photo is 12 M; this leaves room for 48 MP phones). */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Longest side of the stored, normalised image. */
const STORED_SIDE = 2048;
const THUMBNAIL_SIDE = 160;
// sharp-phash's types declare an ES default export, but the CommonJS package exports the function itself,
// which is what Node's ESM import hands us as the default.
const phash = sharpPhash as unknown as (image: Buffer) => Promise<string>;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

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
  let header: sharp.Metadata;
  try {
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return words(M.notImage);
  }
  if (!header.format || !ACCEPTED_FORMATS.has(header.format)) return words(M.notImage);
  const width = header.width ?? 0;
  const height = header.height ?? 0;
  if (width * height > MAX_IMAGE_PIXELS || (header.pages ?? 1) > 1) {
    return words(M.tooManyPixels, { width, height, max: MAX_IMAGE_PIXELS / 1_000_000 });
  }
  try {
    const source = () => sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' });
    // Decoding in full here is what catches a truncated file: sharp reads lazily otherwise.
    const { data, info } = await source()
      .rotate()
      .resize(STORED_SIDE, STORED_SIDE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
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
      width: info.width,
      height: info.height,
    };
  } catch {
    return words(M.broken);
  }
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

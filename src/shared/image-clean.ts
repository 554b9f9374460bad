import sharp from 'sharp';

/**
 * The one place uploaded images are decoded (design-ledger images, conflict-case evidence photos), all in
 * memory, no temporary file: check the container (JPEG, PNG, WebP only: a PDF renamed `.jpg` or an SVG is
 * refused), the pixel count from the header before any decoding (decompression bombs), decode fully with
 * `failOn: 'truncated'`, auto-orient, and re-encode — which drops every metadata block (EXIF, GPS, XMP),
 * as sharp copies none unless asked. Each caller words the faults in its own messages.
 */

/** Largest accepted pixel count (a 4000 × 3000 photo is 12 M; this leaves room for 48 MP phones). */
export const MAX_IMAGE_PIXELS = 50_000_000;
const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp'] as const;
/** An accepted image container. */
export type ImageFormat = (typeof ACCEPTED_FORMATS)[number];

/** Why an upload is not a usable image. */
export type ImageFault =
  | { fault: 'notImage' }
  | { fault: 'tooManyPixels'; width: number; height: number }
  | { fault: 'broken' };

/** An image decoded and re-encoded without metadata. */
export interface CleanImage {
  data: Buffer;
  format: ImageFormat;
  width: number;
  height: number;
}

/** How to re-encode: as JPEG within `maxSide` (flattened on white), or in the upload's own format at its size. */
export type CleanOutput = { as: 'jpeg'; maxSide: number } | { as: 'same' };

/** Decodes `bytes` and re-encodes them per `output`, or names the fault; never throws for bad input. */
export async function cleanImage(bytes: Buffer, output: CleanOutput): Promise<CleanImage | ImageFault> {
  let header: sharp.Metadata;
  try {
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { fault: 'notImage' };
  }
  const format = ACCEPTED_FORMATS.find((f) => f === header.format);
  if (!format) return { fault: 'notImage' };
  const width = header.width ?? 0;
  const height = header.height ?? 0;
  if (width * height > MAX_IMAGE_PIXELS || (header.pages ?? 1) > 1) {
    return { fault: 'tooManyPixels', width, height };
  }
  try {
    // Decoding in full here is what catches a truncated file: sharp reads lazily otherwise.
    const source = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' }).rotate();
    const encoded =
      output.as === 'jpeg'
        ? source
            .resize(output.maxSide, output.maxSide, { fit: 'inside', withoutEnlargement: true })
            .flatten({ background: '#ffffff' })
            .jpeg({ quality: 85 })
        : format === 'jpeg'
          ? source.jpeg({ quality: 92 })
          : format === 'png'
            ? source.png()
            : source.webp({ quality: 92 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, format: output.as === 'jpeg' ? 'jpeg' : format, width: info.width, height: info.height };
  } catch {
    return { fault: 'broken' };
  }
}

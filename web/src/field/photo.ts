/** Longest side of a stored photo, in pixels (the server keeps at most the same). */
export const PHOTO_MAX_SIDE = 1600;

/** The size a `width × height` image gets when its longest side is brought down to `max`. */
export function fitWithin(
  width: number,
  height: number,
  max = PHOTO_MAX_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/**
 * Resizes a camera photo on the phone (a 12-megapixel shot would fill the storage and the sync): drawn on a
 * canvas at most 1600 px long, re-encoded as JPEG, returned as base64 without the `data:` prefix.
 */
export async function resizePhoto(file: Blob, quality = 0.82): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const { width, height } = fitWithin(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d unavailable');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const url = canvas.toDataURL('image/jpeg', quality);
  return url.slice(url.indexOf(',') + 1);
}

/**
 * Text offsets in Unicode code points, the unit REFI-QDA and Simpul's research segments use (METHODS.md
 * §7): JavaScript strings count UTF-16 units, so an emoji would shift every later offset by one. Combining
 * marks are code points of their own, as in the standard.
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** The code points [start, end) of `text`, as a string. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** A converter from code-point offsets to UTF-16 indexes of one text, for slicing many spans quickly. */
export function codePointIndex(text: string): (codePoint: number) => number {
  const utf16: number[] = [];
  let i = 0;
  for (const ch of text) {
    utf16.push(i);
    i += ch.length;
  }
  utf16.push(i);
  return (codePoint) => utf16[Math.max(0, Math.min(codePoint, utf16.length - 1))] ?? i;
}

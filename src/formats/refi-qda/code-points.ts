/**
 * JavaScript strings count UTF-16 units; REFI-QDA and Simpul count Unicode code points. Every offset
 * crosses this boundary explicitly, so an emoji (two units, one code point) never shifts a segment.
 * Combining marks are code points of their own in both counts and need nothing special.
 */

/** The number of code points of `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * A lookup from code-point offsets to UTF-16 offsets of one text. Built once per source (linear), then
 * each conversion is a binary search over the surrogate pairs only, so a transcript with 20,000 segments
 * costs no more than a scan.
 */
export class CodePointIndex {
  /** Code-point offsets at which a surrogate pair starts, ascending. */
  private readonly pairs: number[] = [];
  readonly length: number;

  constructor(readonly text: string) {
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.pairs.push(cp);
          i++;
        }
      }
      cp++;
    }
    this.length = cp;
  }

  /** The UTF-16 offset of code point `offset` (clamped to the text). */
  toUtf16(offset: number): number {
    const cp = Math.max(0, Math.min(offset, this.length));
    // Pairs starting before `cp` each add one unit.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.pairs[mid] as number) < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** The text of code points `[start, end)`. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/**
 * Which character encoding a CSV file is in, decided from its bytes alone. Excel on Windows saves "CSV" in
 * the ANSI code page (Windows-1252 in Indonesia), "CSV UTF-8" with a byte-order mark, and "Unicode Text"
 * as UTF-16LE with a BOM; other tools write UTF-8 without one. The question is narrow, so it is answered
 * by structure, not by guessing a language from letter frequencies (see docs/design-choices.md): a BOM
 * decides; else the pattern of zero bytes that UTF-16 gives mostly-ASCII text; else valid UTF-8 throughout;
 * else Windows-1252 when no byte is one that code page leaves undefined. Anything else is refused.
 */

/** The encodings a CSV file may be in (WHATWG names, as `TextDecoder` takes them). */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** The encoding a file was read in, and whether it began with a byte-order mark. */
export interface TextEncoding {
  name: TextEncodingName;
  bom: boolean;
}

// Bytes Windows-1252 assigns no character to, and NUL: in a file that is not UTF-8, signs of binary data.
const NOT_WINDOWS_1252 = [0x00, 0x81, 0x8d, 0x8f, 0x90, 0x9d];
// UTF-16 of mostly-ASCII text has a zero in nearly every other byte, and (almost) none in the others.
const UTF16_ZEROS = 0.3;
const UTF16_OTHER_ZEROS = 1 / 8;
const BINARY_ZEROS = 0.1;

/** Reads a file's bytes chunk by chunk, keeping counts only (memory stays bounded), then decides. */
export class EncodingSniffer {
  private head = Buffer.alloc(0);
  private bytes = 0;
  private evenZeros = 0;
  private oddZeros = 0;
  private utf8: TextDecoder | undefined = new TextDecoder('utf-8', { fatal: true });
  private windows1252 = true;

  /** The encoding a byte-order mark at the start names, once the first bytes are in. */
  byteOrderMark(): TextEncoding | undefined {
    const [a, b, c] = this.head;
    if (a === 0xef && b === 0xbb && c === 0xbf) return { name: 'utf-8', bom: true };
    if (a === 0xff && b === 0xfe) return { name: 'utf-16le', bom: true };
    if (a === 0xfe && b === 0xff) return { name: 'utf-16be', bom: true };
    return undefined;
  }

  /** Takes the next chunk of the file. */
  push(chunk: Buffer): void {
    if (this.head.length < 3) this.head = Buffer.concat([this.head, chunk.subarray(0, 3)]);
    if (chunk.indexOf(0) >= 0) {
      for (let i = 0; i < chunk.length; i += 1) {
        if (chunk[i] !== 0) continue;
        if (((this.bytes + i) & 1) === 0) this.evenZeros += 1;
        else this.oddZeros += 1;
      }
    }
    if (this.windows1252 && NOT_WINDOWS_1252.some((byte) => chunk.indexOf(byte) >= 0)) {
      this.windows1252 = false;
    }
    this.bytes += chunk.length;
    try {
      this.utf8?.decode(chunk, { stream: true });
    } catch {
      this.utf8 = undefined;
    }
  }

  /** The file's encoding, or `undefined` when its bytes fit none of `TEXT_ENCODINGS`. */
  result(): TextEncoding | undefined {
    const marked = this.byteOrderMark();
    if (marked) return marked;
    const even = this.evenZeros;
    const odd = this.oddZeros;
    const pairs = Math.floor(this.bytes / 2);
    if (odd >= pairs * UTF16_ZEROS && even <= odd * UTF16_OTHER_ZEROS && odd > 0) {
      return { name: 'utf-16le', bom: false };
    }
    if (even >= pairs * UTF16_ZEROS && odd <= even * UTF16_OTHER_ZEROS && even > 0) {
      return { name: 'utf-16be', bom: false };
    }
    // Zeros in both halves of the pairs: binary data (NUL is valid UTF-8, but text has one in a cell at most).
    if (even + odd > this.bytes * BINARY_ZEROS) return undefined;
    if (this.utf8 && this.endsWhole()) return { name: 'utf-8', bom: false };
    return this.windows1252 ? { name: 'windows-1252', bom: false } : undefined;
  }

  /** Whether the file does not stop inside a UTF-8 sequence. */
  private endsWhole(): boolean {
    try {
      this.utf8?.decode();
      return true;
    } catch {
      this.utf8 = undefined;
      return false;
    }
  }
}

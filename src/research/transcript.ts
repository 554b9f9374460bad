import mammoth from 'mammoth';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { isMultiLine } from '../shared/text.ts';

/**
 * A transcript file read into the text whose code points segments count: a `.docx` through mammoth's raw
 * text, a `.txt` as UTF-8 (BOM stripped). Line ends become LF before anything is counted. A file that is
 * not what it claims, or text in a legacy encoding, is refused with a message; nothing is ever guessed.
 */

const WORDS = {
  notDocx: {
    id: 'Berkas "{name}" bukan dokumen Word .docx yang sah (isinya tidak dapat dibaca sebagai DOCX).',
    en: 'The file "{name}" is not a valid Word .docx document (its content cannot be read as DOCX).',
  },
  binary: {
    id: 'Berkas "{name}" bukan berkas teks (.txt) maupun .docx.',
    en: 'The file "{name}" is neither a text (.txt) nor a .docx file.',
  },
  legacy: {
    id: 'Berkas "{name}" tidak berenkode UTF-8 (tampaknya Windows-1252, baris {line}). Simpan ulang sebagai UTF-8 lalu unggah lagi; teks tidak diubah diam-diam.',
    en: 'The file "{name}" is not UTF-8 (it looks like Windows-1252, line {line}). Save it again as UTF-8 and upload it again; the text is never converted silently.',
  },
  utf16: {
    id: 'Berkas "{name}" berenkode UTF-16. Simpan ulang sebagai UTF-8 lalu unggah lagi.',
    en: 'The file "{name}" is UTF-16. Save it again as UTF-8 and upload it again.',
  },
  empty: { id: 'Berkas "{name}" tidak berisi teks.', en: 'The file "{name}" holds no text.' },
  control: {
    id: 'Berkas "{name}" memuat karakter kendali yang tidak boleh ada dalam transkrip.',
    en: 'The file "{name}" holds control characters a transcript may not contain.',
  },
} as const;

export type TranscriptFormat = 'text' | 'docx';

function refuse(message: { id: string; en: string }, params: Record<string, string | number>): AppError {
  const text = tr(message, params);
  return new AppError('unprocessable', text, [{ path: 'file', message: text }]);
}

/** LF line ends, no trailing blank lines. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\s+$/u, '');
}

const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304;

/** Reads a transcript file; `filename` decides nothing on its own: the bytes are checked. */
export async function readTranscript(
  bytes: Buffer,
  filename: string,
): Promise<{ text: string; format: TranscriptFormat }> {
  const name = filename;
  const claimsDocx = /\.docx$/i.test(filename);
  if (isZip(bytes) || claimsDocx) {
    if (!isZip(bytes)) throw refuse(WORDS.notDocx, { name });
    let raw: string;
    try {
      raw = (await mammoth.extractRawText({ buffer: bytes })).value;
    } catch {
      throw refuse(WORDS.notDocx, { name });
    }
    return { text: checked(normalizeLineEnds(raw), name), format: 'docx' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw refuse(WORDS.utf16, { name });
  if (bytes.includes(0)) throw refuse(WORDS.binary, { name });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse(WORDS.legacy, { name, line: firstBadLine(bytes) });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: checked(normalizeLineEnds(text), name), format: 'text' };
}

function checked(text: string, name: string): string {
  if (text.trim() === '') throw refuse(WORDS.empty, { name });
  if (!isMultiLine(text)) throw refuse(WORDS.control, { name });
  return text;
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i += 1) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line += 1;
      start = i + 1;
    }
  }
  return line;
}

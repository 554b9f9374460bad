import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import type { Cell } from './cells.ts';
import { decodeText } from './decode-text.ts';
import type { ImportLimits } from './import-limits.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import type { TextEncoding } from './text-encoding.ts';
import type { ByteRange } from './zip-check.ts';

/** The file formats Simpul reads and writes. */
export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** A file to import: its format and where it is (read as a stream, never held whole). */
export interface TableInput {
  format: TableFormat;
  path: string;
  /** An XLSX's parts in reading order (from `checkXlsxContainer`); the file as it is when absent. */
  parts?: readonly ByteRange[];
  /** A CSV file's encoding (from `detectEncoding`); UTF-8 when absent. */
  encoding?: TextEncoding;
}

/** One non-blank row as read, before any header is known. */
export interface RawTableRow {
  /** 0-based index among data sheets (always 0 for CSV). */
  sheet: number;
  sheetName: string;
  /** Row number as the spreadsheet shows it (header row = 1 in a plain file). */
  rowNumber: number;
  /** Cells left to right; empty cells are `undefined`. */
  cells: (Cell | undefined)[];
}

/** The rows of an open file; `close` releases the file, even while a read is still pending. */
export interface TableRows extends AsyncIterable<RawTableRow> {
  close(): void;
}

/** Opens a CSV or XLSX file and streams its rows; `onBytes` hears how many bytes have been read so far. */
export function readTable(
  input: TableInput,
  limits: ImportLimits,
  onBytes?: (bytes: number) => void,
): TableRows {
  const file = input.parts ? Readable.from(rangesOf(input.path, input.parts)) : createReadStream(input.path);
  let stream: Readable = file;
  if (onBytes) {
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        onBytes(bytes);
        callback(null, chunk);
      },
    });
    stream = pipeOn(file, counter);
  }
  const bytes = stream;
  if (input.format === 'csv') stream = pipeOn(stream, decodeText(input.encoding ?? UTF8));
  const rows = input.format === 'csv' ? readCsv(stream) : readXlsx(stream, limits);
  return {
    [Symbol.asyncIterator]: () => rows,
    close: () => {
      stream.destroy();
      bytes.destroy();
      file.destroy();
    },
  };
}

const UTF8: TextEncoding = { name: 'utf-8', bom: false };

/** `from` piped into `to`, with `from`'s failure failing `to` (which `pipe` alone does not do). */
function pipeOn<T extends Transform>(from: Readable, to: T): T {
  from.on('error', (error: Error) => to.destroy(error));
  return from.pipe(to);
}

/** The bytes of `parts` of a file, one after the other. */
async function* rangesOf(file: string, parts: readonly ByteRange[]): AsyncGenerator<Buffer> {
  for (const { start, end } of parts) {
    if (end <= start) continue;
    for await (const chunk of createReadStream(file, { start, end: end - 1 })) yield chunk as Buffer;
  }
}

/** The format a file name implies, if any. */
export function formatOfFileName(fileName: string): TableFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

/**
 * The format a file to import is read as: also `.txt` and `.tsv` as CSV, since Excel saves its tab-separated
 * "Unicode Text" (UTF-16) as `.txt`. Export still writes only `.csv` and `.xlsx`.
 */
export function importFormatOfFileName(fileName: string): TableFormat | undefined {
  return /\.(txt|tsv)$/i.test(fileName) ? 'csv' : formatOfFileName(fileName);
}

/** The MIME type of each format. */
export const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

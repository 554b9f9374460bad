import type { Readable } from 'node:stream';
import type { Cell } from './cells.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';

/** The file formats Simpul reads and writes. */
export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** A file to import: its format and its bytes as a stream (read once, never held whole). */
export interface TableInput {
  format: TableFormat;
  stream: Readable;
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

/** Streams the rows of a CSV or XLSX file. */
export function readTable(input: TableInput): AsyncGenerator<RawTableRow> {
  return input.format === 'csv' ? readCsv(input.stream) : readXlsx(input.stream);
}

/** The format a file name implies, if any. */
export function formatOfFileName(fileName: string): TableFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

/** The MIME type of each format. */
export const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

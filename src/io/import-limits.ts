/** Excel's own row limit for one sheet: a file beyond it did not come from a spreadsheet program. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** How far an XLSX may expand beyond the size of the file itself (ordinary workbooks stay under 10×). */
export const EXPANSION_FACTOR = 20;

/** Bounds on what one import file may make Simpul read. */
export interface ImportLimits {
  /** Uncompressed bytes all entries of an XLSX (a zip) may hold together. */
  expandedBytes: number;
  /** Entries (files inside the zip) of an XLSX. */
  zipEntries: number;
  /** Rows of one sheet, and row numbers a file may name. */
  rows: number;
  /** Seconds the reader may go without a new row before the file is judged unreadable. */
  stallSeconds: number;
}

/**
 * Limits for a file of up to `maxBytes` (the body limit for an upload; the file's own size, at least the
 * body limit, in the CLI): an XLSX may expand to `EXPANSION_FACTOR` times that, rows and columns stop at
 * Excel's own limits.
 */
export function importLimits(maxBytes: number): ImportLimits {
  return {
    expandedBytes: EXPANSION_FACTOR * maxBytes,
    zipEntries: 10_000,
    rows: EXCEL_MAX_ROWS,
    stallSeconds: 30,
  };
}

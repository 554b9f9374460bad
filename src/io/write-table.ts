import type { Writable } from 'node:stream';
import { joinList } from './cell-list.ts';
import type { ColumnSpec } from './kinds/kind.ts';
import type { TableFormat } from './read-table.ts';
import { csvWriter } from './write-csv.ts';
import { xlsxWriter } from './write-xlsx.ts';

/** A cell as exported: text, a number, or empty. */
export type ExportValue = string | number | null;

/** Writes one table, header first, to a stream; `close` resolves once every byte is out. */
export interface TableWriter {
  start(): Promise<void>;
  write(values: readonly ExportValue[]): Promise<void>;
  close(): Promise<void>;
}

/** A writer for `format` over `output`. */
export function openWriter(
  format: TableFormat,
  output: Writable,
  sheetName: string,
  columns: readonly ColumnSpec[],
): TableWriter {
  return format === 'csv' ? csvWriter(output, columns) : xlsxWriter(output, sheetName, columns);
}

/**
 * A stored value as the layout writes it: codes become the file's words, dates ISO text, and an array (a
 * list column) one cell that the import splits back into the same items.
 */
export function toExportValue(value: unknown, column: ColumnSpec): ExportValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const word = (code: string) => column.labels?.[code] ?? code;
  if (Array.isArray(value))
    return joinList(
      value.map((item) => word(String(item))),
      column.list ?? ';,',
    );
  return word(String(value));
}

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { ColumnSpec } from './kinds/kind.ts';
import type { ExportValue, TableWriter } from './write-table.ts';

// A spreadsheet runs cells starting with these as formulas ("CSV injection"); a leading ' stops that.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes rows as UTF-8 CSV with a byte-order mark (so Excel reads the accents), comma-separated, CRLF
 * line ends (RFC 4180). Decimals use a decimal comma, which the importer reads back unambiguously.
 */
export function csvWriter(output: Writable, columns: readonly ColumnSpec[]): TableWriter {
  const stringifier = stringify({ bom: true, record_delimiter: '\r\n' });
  const done = pipeline(stringifier, output);
  done.catch(() => {}); // awaited in close(); an early failure must not go unobserved meanwhile
  const put = async (record: string[]) => {
    if (!stringifier.write(record)) await Promise.race([once(stringifier, 'drain'), done]);
  };
  return {
    async start() {
      await put(columns.map((c) => c.header));
    },
    async write(values: readonly ExportValue[]) {
      await put(values.map((value, i) => formatCsv(value, columns[i])));
    },
    async close() {
      stringifier.end();
      await done;
    },
  };
}

function formatCsv(value: ExportValue, column: ColumnSpec | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  }
  return column?.type === 'text' && FORMULA_START.test(value) ? `'${value}` : value;
}

import type { Writable } from 'node:stream';
import type { ImportKind } from './io.schema.ts';
import { KINDS } from './kinds/index.ts';
import type { ColumnSpec } from './kinds/kind.ts';
import { GUIDE_SHEET } from './read-xlsx.ts';
import { addSheetWithHeader, deterministicWorkbook } from './write-xlsx.ts';

/**
 * Writes an empty workbook for `kind`: the data sheet with its Indonesian headers, and a "petunjuk"
 * sheet describing each column in Bahasa Indonesia (required or not, allowed values).
 */
export async function writeTemplate(kind: ImportKind, output: Writable): Promise<void> {
  const definition = KINDS[kind];
  const workbook = deterministicWorkbook(output);
  addSheetWithHeader(
    workbook,
    definition.sheetName,
    definition.columns.map((c) => c.header),
    definition.columns.map((c) => Math.max(12, c.header.length + 4)),
  ).commit();
  const guide = addSheetWithHeader(
    workbook,
    GUIDE_SHEET,
    ['kolom', 'wajib', 'keterangan', 'pilihan'],
    [24, 8, 90, 60],
  );
  for (const column of definition.columns) {
    guide
      .addRow([
        column.header,
        column.requiredHeader ? 'ya' : '',
        describe(column),
        column.labels ? Object.values(column.labels).join(', ') : '',
      ])
      .commit();
  }
  guide.commit();
  await workbook.commit();
}

// How the guide explains a list cell whose item holds the separator (see cell-list.ts).
const LIST_NOTE = {
  ';': 'Nilai yang memuat titik koma diapit tanda kutip, mis. "Batik (tulis; cap)";Tenun.',
  ';,': 'Nilai yang memuat titik koma atau koma diapit tanda kutip, mis. "A;1";B.',
} as const;

function describe(column: ColumnSpec): string {
  const parts = [column.description];
  if (column.list) parts.push(LIST_NOTE[column.list]);
  if (column.informational) parts.push('Hanya informasi; diabaikan saat impor.');
  return parts.join(' ');
}

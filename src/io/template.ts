import type { Writable } from 'node:stream';
import type { ImportKind } from './io.schema.ts';
import { KINDS } from './kinds/index.ts';
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
        column.informational
          ? `${column.description} Hanya informasi; diabaikan saat impor.`
          : column.description,
        column.labels ? Object.values(column.labels).join(', ') : '',
      ])
      .commit();
  }
  guide.commit();
  await workbook.commit();
}

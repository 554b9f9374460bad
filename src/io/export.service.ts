import type { Writable } from 'node:stream';
import { currentActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { forEachBatch } from './cursor.ts';
import { ioPolicy } from './io.policy.ts';
import type { ImportKind } from './io.schema.ts';
import { KINDS } from './kinds/index.ts';
import type { TableFormat } from './read-table.ts';
import { openWriter, toExportValue } from './write-table.ts';

const BATCH_ROWS = 2000;

/**
 * Writes every stored record of `kind` in its import layout to `output`, in a stable order, and returns
 * the number of data rows. The same data always gives the same bytes, for CSV and XLSX alike. On
 * failure `output` is destroyed, so a half-written file is never mistaken for a whole one.
 */
export async function exportTable(
  db: Db,
  kind: ImportKind,
  format: TableFormat,
  output: Writable,
  onProgress?: (rows: number) => void,
): Promise<number> {
  const actor = currentActor();
  ioPolicy.assertMayExport(actor);
  const definition = KINDS[kind];
  const writer = openWriter(format, output, definition.sheetName, definition.columns);
  let rows = 0;
  try {
    await writer.start();
    await forEachBatch(db, definition.exportQuery(actor), BATCH_ROWS, async (batch) => {
      for (const row of batch) {
        await writer.write(definition.columns.map((column) => toExportValue(row[column.header], column)));
      }
      rows += batch.length;
      onProgress?.(rows);
      // Lets the zip and file streams drain between batches (exceljs does not apply backpressure).
      await new Promise((resolve) => setImmediate(resolve));
    });
    await writer.close();
    return rows;
  } catch (error) {
    output.destroy(error as Error);
    throw error;
  }
}

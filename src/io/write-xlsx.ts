import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnSpec } from './kinds/kind.ts';
import type { ExportValue, TableWriter } from './write-table.ts';

/**
 * The date stamped on every workbook and every zip entry, so that exporting the same data twice gives
 * byte-identical files (exceljs would use "now" for docProps and archiver for each entry).
 */
export const FIXED_WORKBOOK_DATE = new Date('2020-01-01T00:00:00Z');

/** The part of archiver's zip module that stamps each entry's time. */
interface ZipModule {
  append(source: unknown, data: Record<string, unknown>, callback: unknown): unknown;
}

/** A streaming workbook writer whose output depends only on what is written into it. */
export function deterministicWorkbook(output: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.created = FIXED_WORKBOOK_DATE;
  workbook.modified = FIXED_WORKBOOK_DATE;
  workbook.creator = 'Simpul';
  workbook.lastModifiedBy = 'Simpul';
  // exceljs gives archiver no entry dates, so archiver stamps "now" on each. Archiver queues entries and
  // hands them to its zip module on a later tick, so replacing the module's `append` right after the
  // constructor (which already queued two entries) fixes every entry's date. Both fields are internal to
  // exceljs and archiver; the guard makes a future change fail loudly instead of silently varying.
  const module = (workbook as unknown as { zip?: { _module?: ZipModule } }).zip?._module;
  if (!module || typeof module.append !== 'function') throw new Error('exceljs/archiver internals changed');
  const append = module.append.bind(module);
  module.append = (source, data, callback) =>
    append(source, { ...data, date: FIXED_WORKBOOK_DATE }, callback);
  return workbook;
}

/** Adds a sheet with a bold, frozen header row. */
export function addSheetWithHeader(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  headers: readonly string[],
  widths: readonly number[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((_, i) => ({ width: widths[i] ?? 14 }));
  const header = sheet.addRow([...headers]);
  header.font = { bold: true };
  header.commit();
  return sheet;
}

/** Writes rows into one worksheet named after the kind; numbers stay numeric cells, text stays text. */
export function xlsxWriter(output: Writable, sheetName: string, columns: readonly ColumnSpec[]): TableWriter {
  const workbook = deterministicWorkbook(output);
  let sheet: ExcelJS.Worksheet | undefined;
  return {
    async start() {
      sheet = addSheetWithHeader(
        workbook,
        sheetName,
        columns.map((c) => c.header),
        columns.map((c) => (c.type === 'text' ? 20 : 12)),
      );
    },
    async write(values: readonly ExportValue[]) {
      sheet?.addRow([...values]).commit();
    },
    async close() {
      sheet?.commit();
      await workbook.commit();
    },
  };
}

import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Cell } from './cells.ts';
import type { ImportLimits } from './import-limits.ts';
import { IO_MESSAGES as M } from './io.messages.ts';
import type { RawTableRow } from './read-table.ts';

/** The sheet of our templates that explains the columns; never data. */
export const GUIDE_SHEET = 'petunjuk';

/**
 * Streams every worksheet of an XLSX file as rows (the guide sheet skipped), refusing row numbers and row
 * counts beyond `limits` (exceljs itself refuses columns beyond XFD) (the file's container was checked by `checkXlsxContainer`). Shared strings are cached
 * (Excel stores text there, so it cannot be avoided); rows are not. Styles are read only so that date
 * cells come back as dates.
 */
export async function* readXlsx(stream: Readable, limits: ImportLimits): AsyncGenerator<RawTableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheet = -1;
  let rows = 0;
  try {
    for await (const worksheet of reader) {
      const sheetName = nameOf(worksheet);
      const isGuide = sheetName.trim().toLowerCase() === GUIDE_SHEET;
      if (!isGuide) sheet += 1;
      for await (const row of worksheet) {
        if (isGuide) continue; // rows must still be consumed for the zip stream to move on
        // Row numbers and widths come from the file: a damaged one may name row 99999999999.
        if (!(row.number >= 1 && row.number <= limits.rows)) {
          throw new AppError(
            'unprocessable',
            tr(M.rowNumberInvalid, { sheet: sheetName, row: row.number, limit: limits.rows }),
          );
        }
        if (++rows > limits.rows)
          throw new AppError('unprocessable', tr(M.tooManyRows, { limit: limits.rows }));
        const values = Array.isArray(row.values) ? row.values : [];
        const cells: (Cell | undefined)[] = [];
        for (let i = 1; i < values.length; i += 1) cells.push(toCell(values[i]));
        if (cells.some((c) => c !== undefined)) yield { sheet, sheetName, rowNumber: row.number, cells };
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // exceljs's own words ("Invalid column letter: ZZZ") mean nothing to the person who sent the file.
    throw new AppError('unprocessable', tr(M.damagedXlsx));
  } finally {
    stream.destroy();
  }
}

function nameOf(worksheet: object): string {
  // The streaming reader sets `name` from workbook.xml; exceljs's types leave it out.
  const name = (worksheet as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

/** Turns an exceljs cell value into our cell: numbers stay numbers, everything else becomes trimmed text. */
export function toCell(value: unknown): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return toCell(value.result);
    if ('richText' in value && Array.isArray(value.richText)) {
      return toCell(value.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join(''));
    }
    if ('text' in value) return toCell(value.text);
    if ('error' in value) return String(value.error);
  }
  return undefined;
}

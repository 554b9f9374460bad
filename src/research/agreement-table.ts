/**
 * Reads a units × coders file (CSV: the first column the unit id, then one column per coder; an empty cell
 * is a unit that coder did not code) into reliability data for src/analysis/agreement. Comma or semicolon
 * delimited (spreadsheets set to Indonesian write semicolons); numbers take a decimal point or comma.
 * Every problem names the row and the column as a spreadsheet numbers them.
 */
import type { CodeValue, MeasurementLevel, ReliabilityData } from '../analysis/index.ts';
import { CsvSyntaxError, CsvTokenizer } from '../io/csv-tokenizer.ts';
import { AppError } from '../shared/errors.ts';
import { type Message, tr } from '../shared/lang.ts';
import { LEVEL_NAMES, TABLE_PROBLEMS as p } from './agreement-messages.ts';

/** The most units one file may hold (the benchmark's 10,000 with room to spare). */
export const MAX_UNITS = 100_000;

const NUMBER = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/;

function invalid(path: string, message: Message, params: Record<string, string | number> = {}): AppError {
  const text = tr(message, params);
  return new AppError('validation_failed', text, [{ path, message: text }]);
}

/** UTF-8 text of `bytes`, or a 422 saying to save it as CSV UTF-8 (a legacy encoding is never guessed). */
export function utf8Text(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid('file', p.notUtf8);
  }
}

/** The reliability data of `text` at `level`; a bad row, cell or heading is a 422 naming it. */
export function readAgreementTable(text: string, level: MeasurementLevel): ReliabilityData {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    const tokenizer = new CsvTokenizer(delimiter);
    records = [...tokenizer.push(text), ...tokenizer.end()];
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw invalid(`row ${error.record}`, p.badQuotes, { row: error.record });
    throw error;
  }
  records = records.filter((r) => r.some((cell) => cell.trim() !== ''));
  const [heading, ...rows] = records;
  if (!heading) throw invalid('file', p.empty);
  const coders = heading.slice(1).map((name) => name.trim());
  if (coders.length === 0) throw invalid('row 1', p.noCoders);
  coders.forEach((name, i) => {
    const column = i + 2;
    if (name === '') throw invalid(`row 1, column ${column}`, p.blankCoder, { column });
    if (coders.indexOf(name) !== i)
      throw invalid(`row 1, column ${column}`, p.duplicateCoder, { column, name });
  });
  if (rows.length > MAX_UNITS) throw invalid('file', p.tooManyUnits, { max: MAX_UNITS });
  const seen = new Map<string, number>();
  const units = rows.map((cells, r) => {
    const row = r + 2;
    const id = (cells[0] ?? '').trim();
    if (id === '') throw invalid(`row ${row}, column 1`, p.blankUnit, { row });
    const first = seen.get(id);
    if (first !== undefined) throw invalid(`row ${row}, column 1`, p.duplicateUnit, { row, unit: id, first });
    seen.set(id, row);
    if (cells.length > heading.length) {
      throw invalid(`row ${row}`, p.tooManyCells, { row, cells: cells.length, columns: heading.length });
    }
    const values = coders.map((coder, c): CodeValue => cellValue(cells[c + 1] ?? '', level, row, coder));
    return { id, values };
  });
  return { coders, units };
}

function cellValue(raw: string, level: MeasurementLevel, row: number, coder: string): CodeValue {
  const cell = raw.trim();
  if (cell === '') return null;
  if (level === 'nominal') return cell;
  const path = `row ${row}, column ${coder}`;
  if (!NUMBER.test(cell))
    throw invalid(path, p.notANumber, { row, coder, value: cell, level: tr(LEVEL_NAMES[level] as Message) });
  const value = Number(cell.replace(',', '.'));
  if (level === 'ratio' && value < 0) throw invalid(path, p.negativeRatio, { row, coder, value: cell });
  return value;
}

import { CsvSyntaxError, CsvTokenizer } from '../../io/csv-tokenizer.ts';
import { DateSchema } from '../../shared/dates.ts';
import type { ErrorDetail } from '../../shared/errors.ts';
import { type Message, tr } from '../../shared/lang.ts';
import { isSingleLine } from '../../shared/text.ts';
import { CSV_MESSAGES as m } from './scales.messages.ts';

/**
 * Reads a survey CSV: column 1 the enterprise (id, registry code or pseudonym), column 2 the wave, then one
 * column per item code (an empty cell = not answered) and, optionally, an `answered_on` column. Comma or
 * semicolon delimited (Excel in the Indonesian locale writes semicolons); UTF-8 only — any other encoding
 * is refused, never guessed. Every problem names the row and the column as a spreadsheet numbers them;
 * all of a file's problems are gathered (up to `MAX_PROBLEMS`) so one upload lists them together.
 */

/** The most answer rows one file may hold. */
export const MAX_ROWS = 5000;
/** The most problems listed for one file. */
export const MAX_PROBLEMS = 50;

/** A row read from the file, its enterprise resolved. */
export interface SurveyCsvRow {
  row: number;
  enterpriseId: string;
  wave: string;
  answeredOn: string | null;
  /** Item key → answer 1–5 (unanswered items absent). */
  answers: Map<string, number>;
}

/** The rows, or the problems that stop the file (then nothing may be written). */
export type SurveyCsv = { rows: SurveyCsvRow[]; problems: [] } | { rows: []; problems: ErrorDetail[] };

const problem = (
  path: string,
  message: Message,
  params: Record<string, string | number> = {},
): ErrorDetail => ({
  path,
  message: tr(message, params),
});

/** UTF-8 text of `bytes` (a BOM dropped), or null when they are not UTF-8. */
export function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function records(text: string): string[][] | ErrorDetail {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const tokenizer = new CsvTokenizer(delimiter);
    return [...tokenizer.push(text), ...tokenizer.end()];
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return problem(`row ${error.record}`, m.badQuotes, { row: error.record });
    throw error;
  }
}

interface Columns {
  items: { column: number; key: string }[];
  answeredOn: number | null;
}

function readHeading(heading: readonly string[], itemKeys: readonly string[]): Columns | ErrorDetail[] {
  if (heading.length < 3) return [problem('row 1', m.tooFewColumns)];
  const problems: ErrorDetail[] = [];
  const columns: Columns = { items: [], answeredOn: null };
  const seen = new Map<string, number>();
  heading.slice(2).forEach((raw, i) => {
    const column = i + 3;
    const heading = raw.trim();
    const key = heading.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(problem(`row 1, column ${column}`, m.duplicateColumn, { column, heading, first }));
      return;
    }
    seen.set(key, column);
    if (key === 'answered_on' || key === 'tanggal') columns.answeredOn = column;
    else {
      const known = itemKeys.find((k) => k.toLowerCase() === key);
      if (known) columns.items.push({ column, key: known });
      else
        problems.push(
          problem(`row 1, column ${column}`, m.unknownColumn, {
            column,
            heading,
            known: itemKeys.join(', '),
          }),
        );
    }
  });
  if (problems.length === 0 && columns.items.length === 0) problems.push(problem('row 1', m.tooFewColumns));
  return problems.length > 0 ? problems : columns;
}

/**
 * The file's rows, each enterprise found by `firmOf` (null: not a firm of the project's centres), or every
 * problem found. `itemKeys` are the current instruments' item codes.
 */
export function readSurveyCsv(
  bytes: Uint8Array,
  itemKeys: readonly string[],
  firmOf: (value: string) => string | null,
): SurveyCsv {
  const fail = (problems: ErrorDetail[]): SurveyCsv => ({
    rows: [],
    problems: problems.slice(0, MAX_PROBLEMS),
  });
  const text = utf8OrNull(bytes);
  if (text === null) return fail([problem('file', m.notUtf8)]);
  const read = records(text);
  if (!Array.isArray(read)) return fail([read]);
  const numbered = read
    .map((cells, i) => ({ cells, row: i + 1 }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [heading, ...body] = numbered;
  if (!heading) return fail([problem('file', m.empty)]);
  const columns = readHeading(heading.cells, itemKeys);
  if (Array.isArray(columns)) return fail(columns);
  if (body.length > MAX_ROWS) return fail([problem('file', m.tooManyRows, { max: MAX_ROWS })]);
  const problems: ErrorDetail[] = [];
  const rows: SurveyCsvRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { cells, row } of body) {
    if (problems.length >= MAX_PROBLEMS) break;
    const before = problems.length;
    if (cells.length > heading.cells.length)
      problems.push(
        problem(`row ${row}`, m.tooManyCells, { row, cells: cells.length, columns: heading.cells.length }),
      );
    const firmValue = (cells[0] ?? '').trim();
    const enterpriseId = firmValue === '' ? null : firmOf(firmValue);
    if (firmValue === '') problems.push(problem(`row ${row}, column 1`, m.blankFirm, { row }));
    else if (enterpriseId === null)
      problems.push(problem(`row ${row}, column 1`, m.unknownFirm, { row, value: firmValue }));
    const wave = (cells[1] ?? '').trim();
    if (wave === '') problems.push(problem(`row ${row}, column 2`, m.blankWave, { row }));
    else if (wave.length > 100 || !isSingleLine(wave))
      problems.push(problem(`row ${row}, column 2`, m.longWave, { row }));
    let answeredOn: string | null = null;
    if (columns.answeredOn !== null) {
      const column = columns.answeredOn;
      const value = (cells[column - 1] ?? '').trim();
      if (value !== '' && !DateSchema.safeParse(value).success)
        problems.push(problem(`row ${row}, column ${column}`, m.badDate, { row, column, value }));
      else if (value !== '') answeredOn = value;
    }
    const answers = new Map<string, number>();
    for (const { column, key } of columns.items) {
      const value = (cells[column - 1] ?? '').trim();
      if (value === '') continue;
      if (!/^[1-5]$/.test(value))
        problems.push(problem(`row ${row}, column ${column}`, m.badAnswer, { row, column, key, value }));
      else answers.set(key, Number(value));
    }
    if (answers.size === 0 && problems.length === before)
      problems.push(problem(`row ${row}`, m.noAnswers, { row }));
    if (enterpriseId !== null && wave !== '') {
      const pair = JSON.stringify([enterpriseId, wave]);
      const first = firstRowOf.get(pair);
      if (first !== undefined) problems.push(problem(`row ${row}`, m.duplicateRow, { row, first }));
      else firstRowOf.set(pair, row);
    }
    if (problems.length === before && enterpriseId !== null)
      rows.push({ row, enterpriseId, wave, answeredOn, answers });
  }
  return problems.length > 0 ? fail(problems) : { rows, problems: [] };
}

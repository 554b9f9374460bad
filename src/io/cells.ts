import { parseAmount } from '../shared/amount.ts';
import { MAX_LISTED_CHOICES } from '../shared/choice-labels.ts';
import { DATE_RANGE } from '../shared/dates.ts';
import { type Message, tr } from '../shared/i18n.ts';
import { isMultiLine, isSingleLine } from '../shared/text.ts';
import { splitList } from './cell-list.ts';
import { IO_MESSAGES as M } from './io.messages.ts';

export { parseAmount } from '../shared/amount.ts';

/** A spreadsheet cell as read: trimmed text, or a number from an XLSX numeric cell. Empty cells are absent. */
export type Cell = string | number;

/** Why one cell could not be read, already translated. */
export class CellProblem {
  constructor(readonly message: string) {}
}

/** Reads one non-empty cell: a value, `null` for a placeholder that means "empty", or a problem. */
export type CellParser<T> = (value: Cell) => T | null | CellProblem;

const problem = (message: Message, params: Record<string, string | number> = {}) =>
  new CellProblem(tr(message, params));

/** How one column's cell is read: its parser, and whether an empty cell is an error. */
export interface CellSpec<T> {
  parse: CellParser<unknown>;
  required: boolean;
  /** Type marker only; never set. */
  readonly value?: T;
}

/** A cell that may be empty (read as `null`). */
export const optional = <T>(parse: CellParser<T>): CellSpec<T | null> => ({ parse, required: false });
/** A cell that must hold a value. */
export const required = <T>(parse: CellParser<T>): CellSpec<T> => ({ parse, required: true });

/** The values a set of cell specs reads, by column. */
export type CellValues<S extends Record<string, CellSpec<unknown>>> = {
  [K in keyof S]: S[K] extends CellSpec<infer T> ? T : never;
};

/** One problem of a row: the column (canonical header) and the message, already translated. */
export interface RowProblem {
  column: string;
  message: string;
}

/** What a row reader's cross-column checks report problems to. */
export interface RowContext {
  problem(column: string, message: string): void;
}

/** A row read: the record, or every problem found in it. */
export type RowResult<O> = { ok: true; value: O } | { ok: false; problems: RowProblem[] };

/** Reads one row's cells (keyed by header) into a record. */
export interface RowReader<O> {
  read(cells: Partial<Record<string, Cell>>): RowResult<O>;
}

// U+FFFD stands for a letter a converter could not read: storing it would keep the loss for good.
const REPLACEMENT = '\uFFFD';

/**
 * A row reader: cells keyed by header in, `build(values, ctx)` out. Cells are read by one loop over
 * `specs`, with no schema object or wrapper per row: this runs for each of a Dinas file's hundreds of
 * thousands of rows. A cell problem (a U+FFFD replacement character in any cell included) is reported at
 * its column and `build` is then skipped, so cross-column checks only ever see well-formed values.
 * Unknown keys are refused (a strict reader).
 */
export function rowReader<S extends Record<string, CellSpec<unknown>>, O>(
  specs: S,
  build: (values: CellValues<S>, ctx: RowContext) => O,
): RowReader<O> {
  const keys = Object.keys(specs);
  const parsers = keys.map((key) => (specs[key] as CellSpec<unknown>).parse);
  const required = keys.map((key) => (specs[key] as CellSpec<unknown>).required);
  return {
    read(raw) {
      let problems: RowProblem[] | undefined;
      const ctx: RowContext = {
        problem(column, message) {
          problems ??= [];
          problems.push({ column, message });
        },
      };
      const values: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i += 1) {
        const key = keys[i] as string;
        const cell = raw[key];
        if (typeof cell === 'string' && cell.includes(REPLACEMENT)) {
          ctx.problem(key, tr(M.replacementCharacter));
          continue;
        }
        const result = cell === undefined ? null : (parsers[i] as CellParser<unknown>)(cell);
        if (result instanceof CellProblem) ctx.problem(key, result.message);
        else if (result === null && required[i]) ctx.problem(key, tr(M.required));
        else values[key] = result;
      }
      for (const key in raw) if (!Object.hasOwn(specs, key)) ctx.problem(key, tr(M.unknownColumn));
      if (problems) return { ok: false, problems };
      const value = build(values as CellValues<S>, ctx);
      // `problems` is set by the checks inside `build`, which TypeScript cannot see.
      const found = problems as RowProblem[] | undefined;
      return found ? { ok: false, problems: found } : { ok: true, value };
    },
  };
}

/**
 * Free text up to `max` characters: one line (no control characters at all, as the API's `singleLine`),
 * or with `lines: 'multi'` tabs and line breaks allowed (as `multiLine`). NUL and the other controls are
 * a problem at the cell, never a database error.
 */
export const text =
  (max = 500, lines: 'single' | 'multi' = 'single'): CellParser<string> =>
  (value) => {
    const result = String(value);
    if (result.length > max) return problem(M.tooLong, { max });
    if (lines === 'single' ? !isSingleLine(result) : !isMultiLine(result)) {
      return problem(lines === 'single' ? M.notSingleLine : M.controlCharacter);
    }
    return result;
  };

/** A non-negative amount (see `parseAmount`). */
export const amount: CellParser<number> = (value) => {
  const result = parseAmount(value);
  return result === undefined ? problem(M.notNumber, { value: String(value) }) : result;
};

/** A whole number in `[min, max]`, written as an amount (`1.250` is 1250). */
export const integer =
  (min = 0, max = Number.MAX_SAFE_INTEGER): CellParser<number> =>
  (value) => {
    const result = parseAmount(value);
    if (result === undefined) return problem(M.notNumber, { value: String(value) });
    if (result === null) return null;
    if (!Number.isSafeInteger(result)) return problem(M.notInteger, { value: String(value) });
    return result < min || result > max ? problem(M.outOfRange, { min, max }) : result;
  };

/** A calendar year. */
export const year: CellParser<number> = integer(1900, 2100);

/** A signed decimal in `[min, max]` without thousands separators (`-6.914` or `-6,914`): coordinates, shares. */
export const decimal =
  (min: number, max: number): CellParser<number> =>
  (value) => {
    const s = typeof value === 'number' ? String(value) : value.replace(',', '.');
    if (typeof value === 'string' && !/^-?\d+(?:\.\d+)?$/.test(s)) return problem(M.notNumber, { value });
    const result = Number(s);
    return result < min || result > max ? problem(M.outOfRange, { min, max }) : result;
  };

/** A date as `YYYY-MM-DD` (also accepts `31/01/2024` and `31-01-2024`, day first as written in Indonesia). */
export const isoDate: CellParser<string> = (value) => {
  const s = String(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const dayFirst = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Date.UTC rolls 31/02 over into March; a real date reads back the same month and day.
  const real =
    !Number.isNaN(date.getTime()) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  if (!y || !real) return problem(M.notDate, { value: s });
  // The API's DateSchema range. Checked on the written year: Date.UTC reads years 0–99 as 1900–1999.
  const day = `${y}${date.toISOString().slice(4, 10)}`;
  if (day < DATE_RANGE.min || day > DATE_RANGE.max) {
    return problem(M.dateOutOfRange, { value: s, ...DATE_RANGE });
  }
  return day;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A Simpul id (UUID), lower-cased. */
export const uuid: CellParser<string> = (value) =>
  UUID.test(String(value)) ? String(value).toLowerCase() : problem(M.notUuid, { value: String(value) });

/** True when `value` looks like a Simpul id rather than an external code. */
export const looksLikeUuid = (value: string) => UUID.test(value);

const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** A Kemendagri region code (existence is checked later, in SQL). */
export const regionCode: CellParser<string> = (value) =>
  REGION_CODE.test(String(value)) ? String(value) : problem(M.badRegionCode, { value: String(value) });

/** A code from `labels` (our code → the Indonesian word the files use); either spelling is accepted. */
export function choice<C extends string>(labels: Readonly<Record<C, string>>): CellParser<C> {
  const lookup = new Map<string, C>();
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    lookup.set(normaliseWord(code), code);
    lookup.set(normaliseWord(label), code);
  }
  const words = Object.values<string>(labels);
  const allowed = words.join(', ');
  // A long list (26 tie types) in one message is unreadable: the template's guide sheet lists them.
  const notKnown = words.length > MAX_LISTED_CHOICES ? M.notListed : M.notAllowed;
  return (value) => lookup.get(normaliseWord(String(value))) ?? problem(notKnown, { value, allowed });
}

function normaliseWord(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s&/-]+/g, '_');
}

/**
 * A `;`-separated list (`,` too when `commas`), each item read by `item`; empty items are skipped. Items
 * may be quoted (see `cell-list.ts`), so an item can hold a separator.
 */
export function list<T>(item: CellParser<T>, commas = false): CellParser<T[]> {
  const separators = commas ? ';,' : ';';
  return (value) => {
    const result: T[] = [];
    for (const part of splitList(String(value), separators)) {
      if (part === '') continue;
      const parsed = item(part);
      if (parsed instanceof CellProblem) return parsed;
      if (parsed !== null) result.push(parsed);
    }
    return result.length === 0 ? null : result;
  };
}

/** Trim, case-fold and collapse spaces: how names are compared when they are a natural key. */
export function normaliseName(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

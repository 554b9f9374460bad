import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { IO_MESSAGES as M } from './io.messages.ts';
import type { ColumnSpec, RawRow } from './kinds/kind.ts';
import type { RawTableRow } from './read-table.ts';

/** Row-number columns that Indonesian sheets almost always carry; read past, never an error. */
const IGNORED_HEADERS = new Set(['no', 'no_urut', 'nomor']);
/** Title rows above the header that we skip before giving up. */
const MAX_ROWS_BEFORE_HEADER = 20;

/** `Nama IKM` → `nama_ikm`: lower case, runs of other characters become one underscore. */
export function normaliseHeader(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A data row located in the file, with its cells keyed by canonical header. */
export interface LocatedRow {
  sheet: number;
  row: number;
  cells: RawRow;
}

interface SheetState {
  name: string;
  /** Canonical header of each column position (`null`: ignored); undefined until the header is found. */
  mapping?: (string | null)[];
  rowsBeforeHeader: number;
}

/**
 * Finds each sheet's header row (title rows above it are skipped), checks it against the layout and
 * turns the following rows into cells keyed by header. Every data sheet must have the same columns.
 */
export class FileLayout {
  private readonly known = new Map<string, ColumnSpec>();
  private readonly sheets: SheetState[] = [];
  private firstPresent?: Set<string>;

  constructor(private readonly columns: readonly ColumnSpec[]) {
    for (const column of columns) {
      this.known.set(column.header, column);
      for (const alias of column.aliases ?? []) this.known.set(alias, column);
    }
  }

  /** The data row in `raw`, or `undefined` for a header or title row. Throws on a bad header. */
  accept(raw: RawTableRow): LocatedRow | undefined {
    const state = this.sheetState(raw);
    if (!state.mapping) {
      const names = raw.cells.map((c) => (c === undefined ? '' : normaliseHeader(String(c))));
      if (names.some((n) => this.known.has(n))) {
        state.mapping = this.readHeader(names, state.name);
      } else if (++state.rowsBeforeHeader >= MAX_ROWS_BEFORE_HEADER) {
        this.fail(state.name, tr(M.noHeader, { expected: this.expected() }));
      }
      return undefined;
    }
    const cells: RawRow = {};
    let any = false;
    for (let i = 0; i < state.mapping.length; i += 1) {
      const key = state.mapping[i];
      const value = raw.cells[i];
      if (key && value !== undefined) {
        cells[key] = value;
        any = true;
      }
    }
    return any ? { sheet: raw.sheet, row: raw.rowNumber, cells } : undefined;
  }

  /** Headers present in the file (canonical); empty when no header was found. */
  present(): Set<string> {
    return this.firstPresent ?? new Set();
  }

  /** Names of the data sheets seen, by index. */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Throws when the file has no header at all, or a sheet had rows but never a header. */
  finish(): void {
    if (!this.firstPresent) this.fail('', tr(M.noHeader, { expected: this.expected() }));
    for (const state of this.sheets) {
      if (!state.mapping && state.rowsBeforeHeader > 0) {
        this.fail(state.name, tr(M.noHeader, { expected: this.expected() }));
      }
    }
  }

  private sheetState(raw: RawTableRow): SheetState {
    let state = this.sheets[raw.sheet];
    if (!state) {
      state = { name: raw.sheetName, rowsBeforeHeader: 0 };
      this.sheets[raw.sheet] = state;
    }
    return state;
  }

  private readHeader(names: string[], sheetName: string): (string | null)[] {
    const unknown: string[] = [];
    const seen = new Set<string>();
    const mapping = names.map((name) => {
      if (name === '' || IGNORED_HEADERS.has(name)) return null;
      const column = this.known.get(name);
      if (!column) {
        unknown.push(name);
        return null;
      }
      if (seen.has(column.header)) this.fail(sheetName, tr(M.duplicateHeader, { header: column.header }));
      seen.add(column.header);
      return column.informational ? null : column.header;
    });
    if (unknown.length > 0) {
      this.fail(sheetName, tr(M.unknownHeaders, { headers: unknown.join(', '), expected: this.expected() }));
    }
    const missing = this.columns.filter((c) => c.requiredHeader && !seen.has(c.header)).map((c) => c.header);
    if (missing.length > 0) {
      this.fail(sheetName, tr(M.missingHeaders, { headers: missing.join(', '), expected: this.expected() }));
    }
    if (!this.firstPresent) this.firstPresent = seen;
    else if (!sameSet(this.firstPresent, seen))
      this.fail(sheetName, tr(M.sheetColumns, { sheet: sheetName }));
    return mapping;
  }

  private expected(): string {
    return this.columns.map((c) => c.header).join(', ');
  }

  private fail(sheetName: string, message: string): never {
    const full = sheetName ? tr(M.inSheet, { sheet: sheetName, message }) : message;
    throw new AppError('unprocessable', full, [{ path: 'header', message: full }]);
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((v) => b.has(v));
}

import type { RawBuilder } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import type { ListSeparators } from '../cell-list.ts';
import type { Cell, RowReader } from '../cells.ts';
import type { ImportKind, ImportReport, ImportSettings } from '../io.schema.ts';
import type { StagingColumn } from '../staging.ts';

/** How export writes a column's values (XLSX: text cells keep leading zeros; numbers stay numeric). */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'date';

/** One column of a kind's layout. */
export interface ColumnSpec {
  /** Header as files write it: Indonesian, snake_case. */
  header: string;
  type: ColumnType;
  /** What the column holds, in Bahasa Indonesia (the template's "petunjuk" sheet). */
  description: string;
  /** The header must be in the file (the cells may still be empty unless the row schema says otherwise). */
  requiredHeader?: boolean;
  /** Other spellings seen in Dinas sheets, already normalised (`kel_desa` for `keldesa`). */
  aliases?: readonly string[];
  /** Our codes → the words files use; export writes the words (each item of a `;` list). */
  labels?: Readonly<Record<string, string>>;
  /** A list column: what separates its items (export quotes an item that holds one). */
  list?: ListSeparators;
  /** For people reading the file only; import ignores it. */
  informational?: boolean;
}

/** A row as read: cells keyed by canonical header; empty cells absent. */
export type RawRow = Partial<Record<string, Cell>>;

/** A validated row in the shape of the staging table (keys are its column names). */
export type StageRecord = Record<string, unknown>;

/** What the import knows about the file once its header is read. */
export interface ImportScope {
  /** Canonical headers present in the file: an absent column leaves stored values alone. */
  present: ReadonlySet<string>;
  settings: ImportSettings;
  /** Data sheet names by index (one empty name for CSV), to point at another row in a message. */
  sheetNames: readonly string[];
  /** Regions the importer may write in (`null`: everywhere); rows outside them are errors. */
  regions: readonly string[] | null;
}

/** A problem found in SQL after staging, located by sheet and row. */
export interface RowIssue {
  sheet: number;
  row: number;
  column: string;
  message: string;
}

/** How many data rows insert, change, or leave alone what is stored. */
export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Everything the generic import/export needs to know about one kind: its layout, how a row is read
 * and staged, how staged rows are checked against the database and written set-based, and how the
 * stored data is read back in the same layout.
 */
export interface KindDefinition {
  kind: ImportKind;
  /** Worksheet name on export. */
  sheetName: string;
  columns: readonly ColumnSpec[];
  /** Columns of the TEMP staging table (besides `row_no` and `sheet`). */
  stagingColumns: readonly StagingColumn[];
  /** Builds the row reader (cells in, staging record out); may load small reference data first. */
  rowReader(db: Db, settings: ImportSettings): Promise<RowReader<StageRecord>>;
  /** Resolves natural keys and references in SQL; returns what is wrong (at most `limit` issues). */
  resolve(db: Db, scope: ImportScope, limit: number): Promise<RowIssue[]>;
  /** Counts, before writing, what the write would do. */
  count(db: Db, scope: ImportScope): Promise<WriteCounts>;
  /** Writes every staged row set-based; only rows whose values differ are updated. */
  write(db: Db, scope: ImportScope): Promise<void>;
  /** After the write, what else the import records (a survey linked to a research project), for the report. */
  afterWrite?(db: Db, scope: ImportScope): Promise<Pick<ImportReport, 'research'>>;
  /** The stored data `actor` may export, in this layout, aliased by header, in a stable order. */
  exportQuery(actor: Actor): RawBuilder<Record<string, unknown>>;
}

import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { StageRecord } from './kinds/kind.ts';

/** Rows per staging statement: large enough to amortise a round trip, small enough to stay a few MB. */
const BATCH_ROWS = 5000;

/** SQL types a staging column may have. */
export type StagingType =
  | 'text'
  | 'integer'
  | 'bigint'
  | 'numeric'
  | 'double precision'
  | 'date'
  | 'uuid'
  | 'jsonb'
  | 'text[]';

/** One column of the TEMP staging table; records carry values under `name`. */
export interface StagingColumn {
  name: string;
  type: StagingType;
  notNull?: boolean;
}

/** Shorthand for a list of staging columns: `col('name', 'text', true)`. */
export const col = (name: string, type: StagingType, notNull = false): StagingColumn => ({
  name,
  type,
  notNull,
});

const BOOKKEEPING: readonly StagingColumn[] = [col('row_no', 'integer', true), col('sheet', 'integer', true)];

/**
 * Creates the session's TEMP staging table `io_stage`. It lives only inside the import's transaction
 * (ON COMMIT DROP), so concurrent imports never see each other's rows.
 */
export async function createStage(db: Db, columns: readonly StagingColumn[]): Promise<void> {
  const definitions = [...BOOKKEEPING, ...columns].map(
    (c) => sql`${sql.ref(c.name)} ${sql.raw(c.type)}${sql.raw(c.notNull ? ' NOT NULL' : '')}`,
  );
  await sql`CREATE TEMP TABLE io_stage (${sql.join(definitions)}) ON COMMIT DROP`.execute(db);
}

/**
 * Sends validated rows to `io_stage` in batches while the file is still being read: one batch is in
 * flight while the next is parsed, so JavaScript and PostgreSQL work at the same time. A batch travels
 * as one array parameter per column, expanded by `unnest` (the fastest bulk path a Kysely handle
 * offers; COPY would need the raw pg client, which the shared `Db` does not expose). Lists travel as
 * `;`-joined text and jsonb as JSON text, since `unnest` cannot expand ragged arrays.
 */
export class Stager {
  private batch: StageRecord[] = [];
  private inFlight: Promise<unknown> = Promise.resolve();
  private readonly columns: readonly StagingColumn[];
  staged = 0;

  constructor(
    private readonly db: Db,
    columns: readonly StagingColumn[],
  ) {
    this.columns = [...BOOKKEEPING, ...columns];
  }

  /** Queues a row; waits only when a full batch must follow the one still being written. */
  async add(record: StageRecord): Promise<void> {
    this.batch.push(record);
    if (this.batch.length >= BATCH_ROWS) await this.send();
  }

  /** Writes what is left and waits for every batch. */
  async flush(): Promise<void> {
    if (this.batch.length > 0) await this.send();
    await this.inFlight;
  }

  private async send(): Promise<void> {
    const rows = this.batch;
    this.batch = [];
    await this.inFlight;
    this.staged += rows.length;
    const arrays = this.columns.map(
      (c) => sql`${rows.map((r) => toParameter(r[c.name], c.type))}::${sql.raw(paramType(c.type))}[]`,
    );
    const names = this.columns.map((c) => sql.ref(c.name));
    const values = this.columns.map((c) =>
      c.type === 'text[]'
        ? sql`string_to_array(${sql.ref(`u.${c.name}`)}, ';')`
        : c.type === 'jsonb'
          ? sql`${sql.ref(`u.${c.name}`)}::jsonb`
          : sql.ref(`u.${c.name}`),
    );
    this.inFlight = sql`INSERT INTO io_stage (${sql.join(names)})
      SELECT ${sql.join(values)} FROM unnest(${sql.join(arrays)}) AS u(${sql.join(names)})`.execute(this.db);
    // Observed by the next `await this.inFlight`; a handler now keeps Node from calling it unhandled.
    this.inFlight.catch(() => {});
  }
}

function paramType(type: StagingType): string {
  return type === 'text[]' || type === 'jsonb' ? 'text' : type;
}

function toParameter(value: unknown, type: StagingType): string | number | null {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'text[]') return Array.isArray(value) ? value.join(';') : String(value);
  return typeof value === 'number' ? value : String(value);
}

/** Trim, case-fold and collapse spaces in SQL, the same comparison `normaliseName` makes in JS. */
export function normSql(expression: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`lower(regexp_replace(btrim(${expression}), '\\s+', ' ', 'g'))`;
}

/** Runs a query that returns `{ n }` and gives the number. */
export async function countOf(db: Db, query: RawBuilder<{ n: number }>): Promise<number> {
  const { rows } = await query.execute(db);
  return Number(rows[0]?.n ?? 0);
}

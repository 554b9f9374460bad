import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { type RawBuilder, sql, type Transaction } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { type Db, rawClient } from '../db/database.ts';
import type { Database } from '../db/database-types.ts';
import { type CopyKind, copyField } from './copy-text.ts';
import type { StageRecord } from './kinds/kind.ts';

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

/** Characters of COPY text buffered before they are handed to the socket. */
const CHUNK_CHARS = 256 * 1024;

/**
 * Streams validated rows into `io_stage` with `COPY … FROM STDIN` on the import transaction's own session,
 * while the file is still being read: PostgreSQL parses and stores one chunk while JavaScript reads and
 * validates the next. Backpressure keeps at most a few chunks in memory. A COPY error (a NOT NULL staging
 * column left empty, say) surfaces at the next `add` or at `flush`, and aborts the whole transaction.
 */
export class Stager {
  private readonly columns: readonly StagingColumn[];
  private readonly kinds: readonly CopyKind[];
  private stream: Writable | undefined;
  private done: Promise<void> | undefined;
  private failure: Error | undefined;
  private buffer: string[] = [];
  private bufferedChars = 0;
  private readonly parts: string[];
  staged = 0;

  constructor(
    private readonly trx: Transaction<Database>,
    columns: readonly StagingColumn[],
  ) {
    this.columns = [...BOOKKEEPING, ...columns];
    this.parts = new Array<string>(this.columns.length).fill('');
    this.kinds = this.columns.map((c) => (c.type === 'jsonb' || c.type === 'text[]' ? c.type : 'scalar'));
  }

  /**
   * Queues a row. Returns true when the buffer is full: the caller then awaits `send()`, which waits only
   * when PostgreSQL has not yet taken the chunks before. (Synchronous, so a row costs no promise.)
   */
  add(record: StageRecord): boolean {
    if (this.failure) throw this.failure;
    const parts = this.parts;
    for (let i = 0; i < this.columns.length; i += 1) {
      parts[i] = copyField(record[(this.columns[i] as StagingColumn).name], this.kinds[i] as CopyKind);
    }
    // One flat string per row: a row built by `+=` is a chain of small strings until the chunk is joined.
    const line = `${parts.join('\t')}\n`;
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.staged += 1;
    return this.bufferedChars >= CHUNK_CHARS;
  }

  /** Sends what is left, ends the COPY and waits until PostgreSQL has stored every row. */
  async flush(): Promise<void> {
    if (this.staged === 0) return;
    await this.send();
    this.stream?.end();
    await this.done;
    if (this.failure) throw this.failure;
  }

  /**
   * Cancels an open COPY (PostgreSQL rolls it back). Must run before anything else is sent on the
   * transaction when reading stops early: the session would otherwise wait for the end of the COPY forever.
   */
  async abort(reason: Error): Promise<void> {
    if (!this.stream || this.stream.writableFinished || this.failure) return;
    this.stream.destroy(reason);
    await this.done;
  }

  /** Hands the buffered rows to PostgreSQL. */
  async send(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    const stream = this.stream ?? (await this.open());
    // `once` rejects on a stream error; that error is already kept in `failure`, thrown just below.
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain').catch(() => {}), this.done]);
    if (this.failure) throw this.failure;
  }

  private async open(): Promise<Writable> {
    const client = await rawClient(this.trx);
    const names = this.columns.map((c) => `"${c.name}"`).join(', ');
    const stream = client.query(copyFrom(`COPY io_stage (${names}) FROM STDIN`));
    this.done = new Promise<void>((resolve) => {
      stream.on('finish', () => resolve());
      stream.on('close', () => resolve());
      stream.on('error', (error: Error) => {
        this.failure = error;
        resolve();
      });
    });
    this.stream = stream;
    return stream;
  }
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

/** SQL of backup and restore: the catalogue read, COPY out and in, sequences, emptiness, checksums. */
import type { Readable, Writable } from 'node:stream';
import { sql } from 'kysely';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Db } from '../db/database.ts';

/** Migration bookkeeping: rebuilt by running the migrations, never copied. */
const BOOKKEEPING = ['kysely_migration', 'kysely_migration_lock'];
/**
 * Tables that a migrated database holds rows in before anyone uses it: the reference lists the migrations
 * and the region loader fill, and the audit entries of those inserts. Rows elsewhere make it non-empty.
 */
export const REFERENCE_TABLES = ['regions', 'processes', 'process_sectors', 'audit_log'];

/** A table of the `public` schema with the columns a COPY moves (generated ones are computed again). */
export interface TableColumns {
  name: string;
  columns: string[];
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every ordinary table of `public` except the migration bookkeeping, by name. */
export async function listTables(db: Db): Promise<TableColumns[]> {
  const { rows } = await sql<{ name: string; columns: string[] }>`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
       AND c.relname <> ALL (${BOOKKEEPING})
     GROUP BY c.relname
     ORDER BY c.relname`.execute(db);
  return rows;
}

/** Names of the applied migrations (none when the database was never migrated). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const exists = await sql<{
    t: string | null;
  }>`SELECT to_regclass('public.kysely_migration')::text AS t`.execute(db);
  if (!exists.rows[0]?.t) return [];
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

/** The server's version string. */
export async function serverVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(db);
  return rows[0]?.v ?? '';
}

/** A sequence's position, to be set again after a restore. */
export interface SequencePosition {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

/** Positions of every sequence in `public`. */
export async function readSequences(db: Db): Promise<SequencePosition[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT relname AS name FROM pg_class
     WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY relname`.execute(db);
  const positions: SequencePosition[] = [];
  for (const { name } of rows) {
    const { rows: at } = await sql<{ last_value: string; is_called: boolean }>`
      SELECT last_value::text AS last_value, is_called FROM ${sql.table(`public.${name}`)}`.execute(db);
    const position = at[0];
    if (position) positions.push({ name, lastValue: position.last_value, isCalled: position.is_called });
  }
  return positions;
}

/** Sets sequences to the given positions (those that no longer exist are skipped). */
export async function writeSequences(db: Db, positions: readonly SequencePosition[]): Promise<void> {
  for (const p of positions) {
    await sql`SELECT setval(to_regclass(${`public.${ident(p.name)}`}), ${p.lastValue}::bigint, ${p.isCalled})
               WHERE to_regclass(${`public.${ident(p.name)}`}) IS NOT NULL`.execute(db);
  }
}

/** A table's rows as COPY text, on `client` (inside the caller's snapshot). */
export function copyOut(client: pg.PoolClient, table: TableColumns): Readable {
  const columns = table.columns.map(ident).join(', ');
  return client.query(copyTo(`COPY public.${ident(table.name)} (${columns}) TO STDOUT`));
}

/** A sink for a table's COPY text, on `client`. */
export function copyIn(client: pg.PoolClient, table: TableColumns): Writable {
  const columns = table.columns.map(ident).join(', ');
  return client.query(copyFrom(`COPY public.${ident(table.name)} (${columns}) FROM STDIN`));
}

/** Empties the given tables at once (their references among them included). */
export async function truncate(db: Db, tables: readonly string[]): Promise<void> {
  if (tables.length === 0) return;
  await sql.raw(`TRUNCATE ${tables.map((t) => `public.${ident(t)}`).join(', ')}`).execute(db);
}

/** Triggers and foreign-key checks off for this session (as pg_restore --disable-triggers): superuser only. */
export async function disableTriggers(db: Db): Promise<void> {
  await sql`SET LOCAL session_replication_role = replica`.execute(db);
}

/** Tables outside the reference lists that hold at least one row. */
export async function tablesWithRows(db: Db): Promise<string[]> {
  const found: string[] = [];
  for (const { name } of await listTables(db)) {
    if (REFERENCE_TABLES.includes(name)) continue;
    const { rows } = await sql<{ any: boolean }>`
      SELECT EXISTS (SELECT 1 FROM ${sql.table(`public.${name}`)}) AS any`.execute(db);
    if (rows[0]?.any) found.push(name);
  }
  return found;
}

/**
 * How many other client sessions (not `ownApplication`'s) are connected to this database. PostgreSQL's own
 * workers are not counted: an autovacuum worker on the database once made a restore refuse, naming "1
 * other session" that no one could stop.
 */
export async function otherSessions(db: Db, ownApplication: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid()
       AND backend_type = 'client backend'
       AND application_name <> ${ownApplication}`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Drops everything Simpul keeps (its tables and the job queue) and leaves an empty `public` schema. */
export async function dropEverything(db: Db): Promise<void> {
  await sql`DROP SCHEMA IF EXISTS graphile_worker CASCADE`.execute(db);
  await sql`DROP SCHEMA IF EXISTS public CASCADE`.execute(db);
  await sql`CREATE SCHEMA public`.execute(db);
}

/** Row count and an MD5 of the rows in a fixed order, per table of `public` (migrations' own excluded). */
export async function tableChecksums(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  const sums: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of await listTables(db)) {
    const { rows } = await sql<{ rows: number; md5: string }>`
      SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) AS md5
        FROM ${sql.table(`public.${name}`)} AS t`.execute(db);
    const sum = rows[0];
    if (sum) sums[name] = sum;
  }
  return sums;
}

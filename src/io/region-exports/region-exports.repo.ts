import type { Db } from '../../db/database.ts';
import type { ErrorBody } from '../../shared/error-body.ts';
import type { RegionExport } from './region-exports.schema.ts';
import type { RegionExportCounts, RegionExportsTable } from './region-exports.table.ts';

/** What a new export holds: who asked, how, and for which region. */
export interface NewRegionExport {
  userId: string;
  via: RegionExportsTable['via'];
  language: 'id' | 'en';
  regionCode: string;
  format: 'csv' | 'xlsx';
}

/** Stores a queued export; returns its id. */
export async function insertRegionExport(db: Db, entry: NewRegionExport): Promise<string> {
  const row = await db
    .insertInto('region_exports')
    .values({
      user_id: entry.userId,
      via: entry.via,
      language: entry.language,
      region_code: entry.regionCode,
      format: entry.format,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The row a worker needs (never the file). */
export function findRegionExportJob(db: Db, id: string) {
  return db
    .selectFrom('region_exports as x')
    .innerJoin('regions as r', 'r.code', 'x.region_code')
    .select([
      'x.user_id',
      'x.via',
      'x.language',
      'x.region_code',
      'x.format',
      'x.status',
      'r.name as region_name',
    ])
    .where('x.id', '=', id)
    .executeTakeFirst();
}

/** Marks a queued (or interrupted) export as running; false when it had already ended. */
export async function startRegionExport(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('region_exports')
    .set({ status: 'running', started_at: new Date(), phase: null, rows_written: 0 })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records how far a running export has come. */
export async function setRegionExportProgress(
  db: Db,
  id: string,
  progress: { phase: string; rowsWritten: number },
): Promise<void> {
  await db
    .updateTable('region_exports')
    .set({ phase: progress.phase, rows_written: progress.rowsWritten })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Ends an export with its file, in one statement: a reader sees either no file or the whole one. */
export async function finishRegionExport(
  db: Db,
  id: string,
  file: { name: string; bytes: Buffer; counts: RegionExportCounts },
): Promise<void> {
  const rows = Object.values(file.counts).reduce((sum, n) => sum + n, 0);
  await db
    .updateTable('region_exports')
    .set({
      status: 'done',
      phase: null,
      rows_written: rows,
      counts: JSON.stringify(file.counts),
      file_name: file.name,
      byte_count: file.bytes.length,
      bytes: file.bytes,
      finished_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Ends an export with its error. */
export async function failRegionExport(db: Db, id: string, error: ErrorBody['error']): Promise<void> {
  await db
    .updateTable('region_exports')
    .set({ status: 'failed', error: JSON.stringify(error), finished_at: new Date() })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .execute();
}

/** Drops the files of exports finished before `before`; returns how many. */
export async function expireRegionExports(db: Db, before: Date): Promise<number> {
  const result = await db
    .updateTable('region_exports')
    .set({ status: 'expired', bytes: null })
    .where('status', '=', 'done')
    .where('finished_at', '<', before)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

const COLUMNS = [
  'x.id',
  'x.user_id',
  'x.region_code',
  'r.name as region_name',
  'x.format',
  'x.status',
  'x.phase',
  'x.rows_written',
  'x.counts',
  'x.file_name',
  'x.byte_count',
  'x.error',
  'x.created_at',
  'x.started_at',
  'x.finished_at',
] as const;

function selectExports(db: Db) {
  return db
    .selectFrom('region_exports as x')
    .innerJoin('regions as r', 'r.code', 'x.region_code')
    .select(COLUMNS);
}

type ExportRow = Awaited<ReturnType<ReturnType<typeof selectExports>['executeTakeFirstOrThrow']>>;

function toExport(row: ExportRow): RegionExport {
  return {
    id: row.id,
    userId: row.user_id,
    regionCode: row.region_code,
    regionName: row.region_name,
    format: row.format,
    status: row.status,
    phase: row.phase,
    rowsWritten: row.rows_written,
    counts: row.counts,
    fileName: row.file_name,
    bytes: row.byte_count,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/** An export as its reader sees it (without the file). */
export async function findRegionExport(db: Db, id: string): Promise<RegionExport | undefined> {
  const row = await selectExports(db).where('x.id', '=', id).executeTakeFirst();
  return row && toExport(row);
}

/** A user's most recent exports, newest first. */
export async function listRegionExports(db: Db, userId: string, limit: number): Promise<RegionExport[]> {
  const rows = await selectExports(db)
    .where('x.user_id', '=', userId)
    .orderBy('x.created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toExport);
}

/** The file of a finished export, or undefined while there is none. */
export async function findRegionExportFile(
  db: Db,
  id: string,
): Promise<{ name: string; bytes: Buffer } | undefined> {
  const row = await db
    .selectFrom('region_exports')
    .select(['file_name', 'bytes'])
    .where('id', '=', id)
    .where('status', '=', 'done')
    .executeTakeFirst();
  return row?.bytes && row.file_name ? { name: row.file_name, bytes: row.bytes } : undefined;
}

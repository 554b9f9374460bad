import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ErrorBody } from '../../shared/error-body.ts';
import type { ImportReport, ImportSettings } from '../io.schema.ts';
import type { ImportRun } from './import-runs.schema.ts';
import type { ImportRunsTable } from './import-runs.table.ts';

/** What a new run holds: who started it, how, and the file. */
export interface NewImportRun {
  userId: string;
  via: ImportRunsTable['via'];
  language: 'id' | 'en';
  kind: string;
  format: 'csv' | 'xlsx';
  fileName: string;
  bytes: Buffer;
  options: ImportSettings;
  bodyLimit: number;
  timeoutSeconds: number;
}

/** Stores a queued run with its file; returns its id. */
export async function insertImportRun(db: Db, run: NewImportRun): Promise<string> {
  const row = await db
    .insertInto('import_runs')
    .values({
      user_id: run.userId,
      via: run.via,
      language: run.language,
      kind: run.kind,
      format: run.format,
      file_name: run.fileName,
      byte_count: run.bytes.length,
      bytes: run.bytes,
      options: JSON.stringify(run.options),
      body_limit: run.bodyLimit,
      timeout_seconds: run.timeoutSeconds,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The whole row of a run, file included (for the worker). */
export function findImportRunRow(db: Db, id: string): Promise<Selectable<ImportRunsTable> | undefined> {
  return db.selectFrom('import_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks a queued run as running; false when it had already started or ended (a second delivery). */
export async function startImportRun(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('import_runs')
    .set({ status: 'running', started_at: new Date() })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records how far a running run has come. */
export async function setImportRunProgress(
  db: Db,
  id: string,
  progress: { phase: string; rowsRead: number },
): Promise<void> {
  await db
    .updateTable('import_runs')
    .set({ phase: progress.phase, rows_read: progress.rowsRead })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Ends a run with its report or its error, and drops its file (the row stays as history). */
export async function finishImportRun(
  db: Db,
  id: string,
  end: { report?: ImportReport; error?: ErrorBody['error'] },
): Promise<void> {
  const { report, error } = end;
  await db
    .updateTable('import_runs')
    .set({
      status: error ? 'failed' : 'done',
      bytes: null,
      finished_at: new Date(),
      ...(report && {
        phase: 'written',
        rows_read: report.rows,
        rows_written: error || report.dryRun ? 0 : report.inserted + report.updated,
        result: JSON.stringify(report),
      }),
      error: error ? JSON.stringify(error) : null,
    })
    .where('id', '=', id)
    .execute();
}

const COLUMNS = [
  'id',
  'user_id',
  'kind',
  'file_name',
  'byte_count',
  'status',
  'phase',
  'rows_read',
  'rows_written',
  'result',
  'error',
  'created_at',
  'started_at',
  'finished_at',
] as const;

type RunRow = Pick<Selectable<ImportRunsTable>, (typeof COLUMNS)[number]>;

function toRun(row: RunRow): ImportRun {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind as ImportRun['kind'],
    fileName: row.file_name,
    bytes: row.byte_count,
    status: row.status,
    phase: row.phase,
    rowsRead: row.rows_read,
    rowsWritten: row.rows_written,
    result: row.result,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/** A run as its reader sees it (without the file). */
export async function findImportRun(db: Db, id: string): Promise<ImportRun | undefined> {
  const row = await db.selectFrom('import_runs').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toRun(row);
}

/** A user's most recent runs, newest first. */
export async function listImportRuns(db: Db, userId: string, limit: number): Promise<ImportRun[]> {
  const rows = await db
    .selectFrom('import_runs')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRun);
}

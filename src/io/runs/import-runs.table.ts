import type { ColumnType } from 'kysely';
import type { CreatedAt, Id, Json, NullableJson, NullableTimestamp } from '../../db/column-types.ts';
import type { ErrorBody } from '../../shared/error-body.ts';
import type { ImportReport, ImportSettings } from '../io.schema.ts';
import type { ImportRunStatus } from './import-runs.schema.ts';

/** An import started from the web and run by a worker (migration 0012). */
export interface ImportRunsTable {
  id: Id;
  user_id: string;
  /** How the importing user was signed in; the worker acts as them the same way (audit trail). */
  via: 'session' | 'token' | 'cli';
  language: 'id' | 'en';
  kind: string;
  format: 'csv' | 'xlsx';
  file_name: string;
  byte_count: number;
  /** The uploaded file, until the run ends (then null). */
  bytes: ColumnType<Buffer | null, Buffer | null, Buffer | null>;
  options: Json<ImportSettings>;
  body_limit: number;
  timeout_seconds: number;
  status: ColumnType<ImportRunStatus, ImportRunStatus | undefined, ImportRunStatus>;
  phase: string | null;
  rows_read: ColumnType<number, number | undefined, number>;
  rows_written: ColumnType<number, number | undefined, number>;
  result: NullableJson<ImportReport>;
  error: NullableJson<ErrorBody['error']>;
  created_at: CreatedAt;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
}

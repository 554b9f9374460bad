import type { ColumnType } from 'kysely';
import type { CreatedAt, Id, NullableJson, NullableTimestamp } from '../../db/column-types.ts';
import type { ErrorBody } from '../../shared/error-body.ts';

/** Rows written per kind, in the order the ZIP holds the files. */
export type RegionExportCounts = Record<string, number>;

/** A region export: queued, running, done with its ZIP, failed with its error, or expired (file dropped). */
export interface RegionExportsTable {
  id: Id;
  user_id: string;
  via: 'session' | 'token' | 'cli';
  language: 'id' | 'en';
  region_code: string;
  format: 'csv' | 'xlsx';
  status: ColumnType<
    'queued' | 'running' | 'done' | 'failed' | 'expired',
    'queued' | undefined,
    'queued' | 'running' | 'done' | 'failed' | 'expired'
  >;
  phase: string | null;
  rows_written: ColumnType<number, number | undefined, number>;
  counts: NullableJson<RegionExportCounts>;
  file_name: string | null;
  byte_count: number | null;
  bytes: Buffer | null;
  error: NullableJson<ErrorBody['error']>;
  created_at: CreatedAt;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
}

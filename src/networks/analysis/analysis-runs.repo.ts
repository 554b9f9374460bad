import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** The job key prefix of a run's chunks: `analysis-run:<run>:<chunk>`. */
export const RUN_KEY_PREFIX = 'analysis-run:';

/** An analysis run as stored, with what its chunk jobs say about it. */
export interface AnalysisRunRow {
  id: string;
  at: string | null;
  force: boolean;
  total: number;
  done: number;
  chunks: number;
  started_at: Date;
  finished_at: Date | null;
  /** Centres of chunks that ran out of attempts. */
  failed_center_ids: string[];
  /** Chunks still waiting or running. */
  pending: number;
}

const runColumns = sql`
  r.id::text, to_char(r.at, 'YYYY-MM-DD') AS at, r.force, r.total, r.done, r.chunks, r.started_at, r.finished_at,
  coalesce(j.failed_center_ids, '{}') AS failed_center_ids, coalesce(j.pending, 0)::int AS pending`;

// A run's chunks are the queue's jobs keyed `analysis-run:<run>:…`; done ones are gone from the queue.
// The public view `graphile_worker.jobs` has no payload, so this reads the queue's table (as queueStats).
const chunkJobs = sql`
  LEFT JOIN LATERAL (
    SELECT array_agg(c.id) FILTER (WHERE g.attempts >= g.max_attempts) AS failed_center_ids,
           count(DISTINCT g.id) FILTER (WHERE g.attempts < g.max_attempts) AS pending
    FROM graphile_worker._private_jobs g
    LEFT JOIN LATERAL json_array_elements_text(
      CASE WHEN g.attempts >= g.max_attempts THEN g.payload->'centerIds' ELSE '[]'::json END) c(id) ON true
    WHERE g.key LIKE ${RUN_KEY_PREFIX} || r.id::text || ':%') j ON true`;

/** The run `id` with its chunks' state, or undefined. */
export async function findRun(db: Db, id: string): Promise<AnalysisRunRow | undefined> {
  const { rows } = await sql<AnalysisRunRow>`
    SELECT ${runColumns} FROM analysis_runs r ${chunkJobs} WHERE r.id = ${id}::uuid`.execute(db);
  return rows[0];
}

/** The most recent runs, newest first. */
export async function findRecentRuns(db: Db, limit: number): Promise<AnalysisRunRow[]> {
  const { rows } = await sql<AnalysisRunRow>`
    SELECT ${runColumns} FROM (SELECT * FROM analysis_runs ORDER BY started_at DESC LIMIT ${limit}) r ${chunkJobs}
    ORDER BY r.started_at DESC`.execute(db);
  return rows;
}

/** The open run's id (at most one is open), or undefined. */
export async function findOpenRunId(db: Db): Promise<string | undefined> {
  const { rows } = await sql<{ id: string }>`SELECT id::text FROM analysis_runs WHERE open`.execute(db);
  return rows[0]?.id;
}

/** Opens a run of `total` centres in `chunks` jobs; undefined when another run is open (it won the race). */
export async function insertRun(
  db: Db,
  run: { at: string | null; force: boolean; total: number; chunks: number },
): Promise<string | undefined> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO analysis_runs (at, force, total, chunks) VALUES (${run.at}::date, ${run.force}, ${run.total}, ${run.chunks})
    ON CONFLICT (open) DO NOTHING RETURNING id::text`.execute(db);
  return rows[0]?.id;
}

/** Ends the run now (all centres done, or nothing left to run): it is no longer open. */
export async function closeRun(db: Db, id: string): Promise<void> {
  await sql`
    UPDATE analysis_runs SET open = NULL, finished_at = coalesce(finished_at, now()) WHERE id = ${id}::uuid`.execute(
    db,
  );
}

/** What a chunk needs of its run: the date and whether current results are recomputed. */
export async function findRunOptions(
  db: Db,
  id: string,
): Promise<{ at: string | null; force: boolean } | undefined> {
  const { rows } = await sql<{ at: string | null; force: boolean }>`
    SELECT to_char(at, 'YYYY-MM-DD') AS at, force FROM analysis_runs WHERE id = ${id}::uuid`.execute(db);
  return rows[0];
}

/**
 * Counts `n` more centres done, in the chunk job's transaction (so a chunk counts once however often it
 * is run), and closes the run when the last one is counted. Last in the transaction: the row lock is short.
 * The clock, not `now()`: that is when the chunk's transaction began, maybe long before its end.
 */
export async function addDone(db: Db, id: string, n: number): Promise<void> {
  await sql`
    UPDATE analysis_runs SET done = done + ${n},
      finished_at = CASE WHEN done + ${n} >= total THEN clock_timestamp() END,
      open = CASE WHEN done + ${n} >= total THEN NULL ELSE open END
    WHERE id = ${id}::uuid`.execute(db);
}

/** Those of `ids` that are centres (a centre deleted since the run began has nothing to analyse). */
export async function existingCenterIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('centers').select('id').where('id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { createKysely, type Db } from '../src/db/database.ts';
import { acquireEmbedded } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

/** A migrated database of its own on the embedded server, for one benchmark run. */
export interface ScratchDatabase {
  db: Db;
  /** Its connection string, for worker processes. */
  url: string;
  /** Closes the pool, drops the database and lets the embedded server go. */
  close(): Promise<void>;
}

/**
 * Creates `simpul_<label>_<pid>` on the embedded server kept in `data/bench-<label>` (port from
 * SIMPUL_PG_PORT, else `port`) and migrates it: a benchmark never touches the demo or the test databases.
 */
export async function openScratchDatabase(label: string, port: number): Promise<ScratchDatabase> {
  const embedded = await acquireEmbedded(
    path.resolve(`data/bench-${label}`),
    Number(process.env.SIMPUL_PG_PORT ?? port),
    () => {},
  );
  const name = `simpul_${label}_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: embedded.adminConnectionString });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(embedded.adminConnectionString);
  url.pathname = `/${name}`;
  const db = createKysely(url.toString(), { applicationName: `simpul-bench-${label}` });
  await migrateToLatest(db);
  return {
    db,
    url: url.toString(),
    async close() {
      await db.destroy();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await embedded.release();
    },
  };
}

/**
 * `VACUUM ANALYZE` and a checkpoint after a bulk load, timed and printed: otherwise autovacuum and the
 * checkpointer work through the freshly written millions of rows during the first timed runs (on two cores,
 * `/api/health` fell to 470 req/s after the national load).
 */
export async function settle(db: Db): Promise<void> {
  const started = performance.now();
  await sql`VACUUM ANALYZE`.execute(db);
  await sql`CHECKPOINT`.execute(db);
  console.log(
    `Settled (VACUUM ANALYZE, CHECKPOINT) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

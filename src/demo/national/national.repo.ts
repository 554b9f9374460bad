import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql, type Transaction } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { type Db, rawClient } from '../../db/database.ts';
import type { Database } from '../../db/database-types.ts';
import type { Village } from './national-plan.ts';

/** Every village and urban village of the official list, by province code, in code order. */
export async function villagesByProvince(db: Db): Promise<Map<string, Village[]>> {
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name', 'province_code'])
    .where('level', 'in', ['village', 'urban_village'])
    .orderBy('code')
    .execute();
  const out = new Map<string, Village[]>();
  for (const r of rows) {
    const list = out.get(r.province_code) ?? [];
    list.push({ code: r.code, name: r.name });
    out.set(r.province_code, list);
  }
  return out;
}

/** How many centres and enterprises the registry holds. */
export async function registryCounts(db: Db): Promise<{ centers: number; enterprises: number }> {
  const { rows } = await sql<{ centers: number; enterprises: number }>`
    SELECT (SELECT count(*)::int FROM centers) AS centers,
           (SELECT count(*)::int FROM enterprises) AS enterprises`.execute(db);
  return rows[0] ?? { centers: 0, enterprises: 0 };
}

/** Whether this session may switch triggers off (`session_replication_role`, superusers only). */
export async function maySkipTriggers(db: Db): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`
    SELECT rolsuper AS ok FROM pg_roles WHERE rolname = current_user`.execute(db);
  return rows[0]?.ok === true;
}

/**
 * Switches the transaction's triggers (audit, versions, trust summaries, foreign-key checks) off or back
 * on, as a restore does; only for loading rows the generator made consistent itself.
 */
export async function setTriggers(db: Db, on: boolean): Promise<void> {
  await (on
    ? sql`SET LOCAL session_replication_role = origin`
    : sql`SET LOCAL session_replication_role = replica`
  ).execute(db);
}

/** Audit a transaction's writes in the bulk shape (one trail row per statement, migration 0004). */
export async function auditInBulk(db: Db): Promise<void> {
  await sql`SET LOCAL simpul.audit_bulk = 'on'`.execute(db);
}

/**
 * Streams COPY text `chunks` into `table (columns)` over the transaction's own session; backpressure is
 * the pipeline's, so no more than a chunk or two is in memory.
 */
export async function copyInto(
  trx: Transaction<Database>,
  table: string,
  columns: readonly string[],
  chunks: AsyncIterable<string> | Iterable<string>,
): Promise<void> {
  const client = await rawClient(trx);
  const statement = `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(chunks), client.query(copyFrom(statement)));
}

/**
 * What the skipped triggers would have written, set-based: every centre's network and view versions
 * (first versions, as inserting its members would have made them).
 */
export async function bumpAllVersions(db: Db): Promise<void> {
  await sql`SELECT bump_network_versions(ARRAY(SELECT id FROM centers))`.execute(db);
  await sql`SELECT bump_view_versions(ARRAY(SELECT id FROM centers))`.execute(db);
}

/** Enterprises whose trust summary a tie write would recompute (work ties' makers, breachers), in id order. */
export async function trustSubjects(db: Db): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT to_enterprise_id AS id FROM interactions
    WHERE type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING') AND to_enterprise_id IS NOT NULL
    UNION SELECT from_enterprise_id FROM interactions WHERE type = 'BREACH_OF_CONTRACT'
    ORDER BY 1`.execute(db);
  return rows.map((r) => r.id);
}

/** Recomputes the trust summaries of `ids` (migration 0022's function, as its triggers call it). */
export async function recomputeTrust(db: Db, ids: readonly string[]): Promise<void> {
  await sql`SELECT trust_summary_recompute(${sql.val(ids)}::uuid[])`.execute(db);
}

/** Fills every centre's overview rollup set-based (migration 0040's function, as its triggers call it). */
export async function recomputeRollups(db: Db): Promise<void> {
  await sql`SELECT center_rollup_recompute(ARRAY(SELECT id FROM centers ORDER BY id))`.execute(db);
}

/** Refreshes the planner's statistics of the tables the load filled. */
export async function analyzeLoaded(db: Db): Promise<void> {
  await sql`ANALYZE centers, center_regions, enterprises, center_memberships, enterprise_year_data, interactions, trust_summaries, center_network_versions, center_rollups`.execute(
    db,
  );
}

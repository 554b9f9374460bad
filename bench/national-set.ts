/**
 * The synthetic national set of the national benchmarks (bench/national.bench.ts, national-workers.bench.ts),
 * generated straight into PostgreSQL with set-based SQL. The network model is described in national.bench.ts.
 */
import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  console.log(`  ${label}: ${seconds(started)} s`);
}

/** Fills an empty, migrated database with the synthetic national set of these sizes. */
export async function generateNationalSet(
  db: Db,
  size: { centers: number; firms: number; ties: number },
): Promise<void> {
  const { centers: CENTERS, firms: FIRMS, ties: TIES } = size;
  // A throwaway database: no audit rows or version bumps for the generated rows (as a restore would).
  await sql`SET session_replication_role = replica`.execute(db);
  await timed('centres', () =>
    sql`
      INSERT INTO centers (id, name, main_product, commodity_group, origin, status)
      SELECT gen_random_uuid(), 'Sentra Sintetis ' || k, 'Produk ' || (k % 40), 'kerajinan', 'organic', 'recorded'
      FROM generate_series(0, ${CENTERS - 1}) k`.execute(db),
  );
  await timed('centre regions', () =>
    sql`
      WITH v AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS i FROM regions WHERE level IN ('village', 'urban_village')),
           n AS (SELECT count(*) AS total FROM v),
           c AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i FROM centers)
      INSERT INTO center_regions (center_id, region_code)
      SELECT c.id, v.code FROM c, n JOIN v ON true WHERE v.i = (c.i * 7) % n.total`.execute(db),
  );
  // Centre k's firms are the contiguous range [lo, lo + n) of firm numbers.
  await sql`
    CREATE TEMP TABLE bench_ranges AS
    WITH c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM centers),
         s AS (SELECT id, k, greatest(5, round(${FIRMS}::float8 * (power((k + 1)::float8 / ${CENTERS}, 1 / 1.3)
                                                 - power(k::float8 / ${CENTERS}, 1 / 1.3))))::int AS n FROM c)
    SELECT id AS center_id, k, n, (sum(n) OVER (ORDER BY k) - n)::int AS lo FROM s`.execute(db);
  await timed('enterprises + memberships', async () => {
    await sql`
      CREATE TEMP TABLE bench_firms AS
      SELECT r.center_id, r.lo + j AS f, j, r.n, r.lo, gen_random_uuid() AS id
      FROM bench_ranges r, generate_series(0, r.n - 1) j`.execute(db);
    await sql`CREATE INDEX ON bench_firms (f)`.execute(db);
    await sql`
      INSERT INTO enterprises (id, name) SELECT id, 'IKM Sintetis ' || f FROM bench_firms`.execute(db);
    await sql`
      INSERT INTO center_memberships (center_id, enterprise_id, valid_from)
      SELECT center_id, id, DATE '2015-01-01' FROM bench_firms`.execute(db);
  });
  const firms = Number(
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM bench_firms`.execute(db)).rows[0]?.n,
  );
  await timed('interactions', async () => {
    await insertTies(db, TIES / firms);
    // Draws that land on the firm itself are dropped; top up once so the total is near the target.
    const made = Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM interactions`.execute(db)).rows[0]?.n,
    );
    if (made < TIES * 0.99) await insertTies(db, (TIES - made) / firms);
  });
  await sql`SET session_replication_role = origin`.execute(db);
  await timed('ANALYZE', () => sql`ANALYZE`.execute(db));
}

/**
 * Each firm starts floor(perFirm) or ceil(perFirm) ties; the other end is drawn inside its centre, in
 * its own association (same parity of j) or the other one as the sign requires.
 */
async function insertTies(db: Db, perFirm: number): Promise<void> {
  await sql`
      INSERT INTO interactions (center_id, from_enterprise_id, to_enterprise_id, type, valence, start_date,
                                formality, reported_by, confidence, confidential)
      SELECT t.center_id, src.id, dst.id, t.type, t.valence, DATE '2015-01-01' + (t.f * 7 + t.s) % 3000,
             'oral', 'one_party', 'reported', t.valence = 'conflict'
      FROM (
        SELECT b.center_id, b.f, s, b.lo, b.n, x.type, x.valence,
               -- maklun and subcontracting: the source is one of a few order-givers (low j, cubed draw)
               CASE WHEN x.type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT') THEN floor(b.n * power(random(), 3))::int ELSE b.j END AS sj,
               random() AS r, x.same
        FROM bench_firms b,
             generate_series(1, floor(${perFirm} + random())::int) s,
             LATERAL (SELECT CASE WHEN u < 0.85 THEN 'collaboration' ELSE 'conflict' END AS valence, u, random() AS v,
                             random() < CASE WHEN u < 0.85 THEN 0.9 ELSE 0.2 END AS same
                      FROM (SELECT random() + s * 0 + b.f * 0 AS u) q) y,
             LATERAL (SELECT y.valence, y.same,
                             CASE WHEN y.valence = 'conflict'
                                  THEN (ARRAY['PRICE_UNDERCUTTING', 'DESIGN_COPYING', 'WORKER_POACHING', 'BUYER_POACHING'])[1 + floor(y.v * 4)::int]
                                  ELSE (ARRAY['TOLL_MANUFACTURING', 'TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING', 'MATERIAL_SUPPLY', 'KNOWLEDGE_SHARING'])[1 + floor(y.v * 6)::int]
                             END AS type) x
      ) t
      JOIN bench_firms src ON src.f = t.lo + t.sj
      JOIN bench_firms dst ON dst.f = t.lo + (
             -- same association: same parity as the source; otherwise the other parity
             ((2 * floor(t.r * ceil(t.n / 2.0))::int + (CASE WHEN t.same THEN t.sj % 2 ELSE 1 - t.sj % 2 END)) % t.n))
      WHERE src.id <> dst.id`.execute(db);
}

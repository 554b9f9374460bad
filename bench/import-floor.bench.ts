/**
 * What one imported yearly row costs PostgreSQL at the least, ingredient by ingredient: the floor under
 * any import of the Dinas layout that keeps foreign keys and a before/after audit copy per row.
 *
 *   node --import tsx bench/import-floor.bench.ts [rows=200000]
 *
 * In a throwaway database on the embedded server (BENCH_DATA_DIR, default data/bench), with tables shaped
 * like `enterprises` (50,000 rows) and `enterprise_year_data`, it times plain SQL set-based statements:
 * inserting the yearly rows with and without their foreign-key check, building each row's JSON copy
 * (`to_jsonb` as the audit trail does, and `row_to_json`), and writing an audit-shaped table with and
 * without that copy. Best of three runs each; nothing here goes through Simpul's import code.
 */
import path from 'node:path';
import pg from 'pg';
import { acquireEmbedded } from '../src/db/embedded.ts';

const ROWS = Number(process.argv[2] ?? 200_000);
const ENTERPRISES = Math.ceil(ROWS / 4);

const SETUP = `
  CREATE TABLE e (id uuid PRIMARY KEY, region_code text);
  INSERT INTO e SELECT gen_random_uuid(), '32.73.17.1003' FROM generate_series(1, ${ENTERPRISES});
  CREATE TABLE y (
    enterprise_id uuid NOT NULL REFERENCES e(id), year int NOT NULL, source text NOT NULL, vintage text NOT NULL,
    definition text, source_ref text, workers_male int, workers_female int, investment_excl_land_building bigint,
    investment_land_building bigint, business_capital bigint, annual_sales bigint, production_qty numeric,
    production_unit text, production_value bigint, raw_aux_material_value bigint, production_capacity numeric,
    installed_capacity numeric, created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (enterprise_id, year, source));
  CREATE TABLE y_source AS
    SELECT e.id AS enterprise_id, g AS year, 'dinas_census'::text AS source, g::text AS vintage, 3 AS tkl, 4 AS tkp,
           5000000::bigint AS inv, 1234::numeric AS qty, 'pasang'::text AS unit, 123456000::bigint AS val,
           61728000::bigint AS raw
      FROM e, generate_series(2020, 2023) g LIMIT ${ROWS};
  CREATE TABLE audit_rows (id bigserial PRIMARY KEY, audit_id bigint NOT NULL, entity_id text NOT NULL, after jsonb);
  CREATE INDEX ON audit_rows (entity_id text_pattern_ops);
  CREATE INDEX ON audit_rows (audit_id);
  SET work_mem = '64MB';`;

const INSERT_YEARS = `
  INSERT INTO y (enterprise_id, year, source, vintage, workers_male, workers_female, investment_excl_land_building,
                 production_qty, production_unit, production_value, raw_aux_material_value)
  SELECT enterprise_id, year, source, vintage, tkl, tkp, inv, qty, unit, val, raw FROM y_source`;
const KEY = `r.enterprise_id::text || '/' || r.year || '/' || r.source`;

/** Each case: the statement timed, and what runs before it (untimed) to start from the same state. */
const CASES: { label: string; reset: string; run: string }[] = [
  { label: 'insert the yearly rows, foreign key checked', reset: 'TRUNCATE y', run: INSERT_YEARS },
  {
    label: 'insert the yearly rows, foreign key not checked (replica role)',
    reset: 'TRUNCATE y',
    run: `SET session_replication_role = replica; ${INSERT_YEARS}; SET session_replication_role = origin`,
  },
  { label: 'to_jsonb of every row (the audit copy)', reset: '', run: 'SELECT count(to_jsonb(r)) FROM y r' },
  { label: 'row_to_json of every row', reset: '', run: 'SELECT count(row_to_json(r)) FROM y r' },
  {
    label: 'audit rows with key and to_jsonb copy (as the bulk audit)',
    reset: 'TRUNCATE audit_rows',
    run: `INSERT INTO audit_rows (audit_id, entity_id, after) SELECT 1, ${KEY}, to_jsonb(r) FROM y r`,
  },
  {
    label: 'audit rows with key only (no copy)',
    reset: 'TRUNCATE audit_rows',
    run: `INSERT INTO audit_rows (audit_id, entity_id) SELECT 1, ${KEY} FROM y r`,
  },
];

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? 'data/bench');
  const port = Number(process.env.SIMPUL_PG_PORT ?? 54359);
  const embedded = await acquireEmbedded(dataDir, port, (m) => console.log(m));
  const name = `simpul_floor_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: embedded.adminConnectionString });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(embedded.adminConnectionString);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(SETUP);
    await client.query(INSERT_YEARS);
    console.log(
      `${ROWS.toLocaleString('en')} yearly rows of ${ENTERPRISES.toLocaleString('en')} enterprises; best of 3`,
    );
    for (const { label, reset, run } of CASES) {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i += 1) {
        if (reset) await client.query(reset);
        const started = performance.now();
        await client.query(run);
        best = Math.min(best, performance.now() - started);
      }
      // The cases that emptied `y` leave it filled again for the ones that read it.
      const perRow = (best * 1000) / ROWS;
      console.log(`${best.toFixed(0).padStart(7)} ms  ${perRow.toFixed(1).padStart(5)} µs/row  ${label}`);
    }
  } finally {
    await client.end();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await embedded.release();
  }
}

await main();

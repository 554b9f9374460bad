/**
 * The floor under any import of the Dinas layout: what PostgreSQL needs at the least to store the import
 * bench's 200,000 enterprise-year rows, without reading or checking a file.
 *
 *   node --import tsx bench/import-floor.bench.ts [rows=200000]
 *
 * In a throwaway database on the embedded server (BENCH_DATA_DIR, default data/bench), best of three each:
 * 1. Ingredient by ingredient, on plain tables shaped like `enterprises` (rows / 4) and
 *    `enterprise_year_data`: inserting the yearly rows with and without their foreign-key check, building
 *    each row's JSON copy (`to_jsonb` as the audit trail does, and `row_to_json`), and writing an
 *    audit-shaped table with and without that copy.
 * 2. The whole content (owners, enterprises, affiliations, yearly rows) written into Simpul's own migrated
 *    schema from temp tables, with the audit trail, without it, and without any trigger (ownSchemaFloor).
 * Nothing here goes through Simpul's import code; docs/PERFORMANCE.md compares the import with this.
 */
import path from 'node:path';
import pg from 'pg';
import { createKysely } from '../src/db/database.ts';
import { acquireEmbedded } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';
import { benchStart } from './report.ts';

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

/**
 * The bench file's content, already validated and resolved, in temp tables of the shape the import's
 * writes read from: 50,000 enterprises with their owners (half with a NIB, villages of Kota Bandung) and
 * their yearly rows.
 */
const OWN_SOURCE = `
  CREATE TEMP TABLE src_e AS
    SELECT gen_random_uuid() AS id, gen_random_uuid() AS owner_id,
           CASE WHEN i % 2 = 0 THEN (9100000000000 + i)::text END AS nib,
           'IKM Sepatu kulit ' || i AS name, 'Asep Sintetis ' || i AS owner_name,
           'Jl. Contoh No. ' || (i % 300) || ', RT 0' || (i % 9) AS address,
           v.code AS region_code, '08' || (1000000000 + i) AS phone, 'Sepatu kulit'::text AS commodity,
           'Sepatu kulit'::text AS products, 'individual'::text AS legal_form, 2000 + i % 24 AS license_year,
           '[{"code": "15201", "version": "2020"}]'::jsonb AS kbli
      FROM generate_series(1, ${ENTERPRISES}) i
      JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS k FROM regions
             WHERE code LIKE '32.73.__.____') v
        ON v.k = i % (SELECT count(*) FROM regions WHERE code LIKE '32.73.__.____');
  CREATE TEMP TABLE src_y AS
    SELECT e.id AS enterprise_id, g AS year, 'dinas_census'::text AS source, g::text AS vintage,
           1 + (hashint4(e.nib_n + g) & 7) AS tkl, 1 + (hashint4(e.nib_n - g) & 7) AS tkp,
           1000000::bigint * (5 + (hashint4(g * e.nib_n) & 255)) AS inv, (hashint4(e.nib_n) & 4095)::numeric AS qty,
           'pasang'::text AS unit, 1000::bigint * (hashint4(e.nib_n * 7 + g) & 1048575) AS val,
           500::bigint * (hashint4(e.nib_n * 5 + g) & 1048575) AS raw
      FROM (SELECT id, row_number() OVER ()::int AS nib_n FROM src_e) e, generate_series(2020, 2023) g
     LIMIT ${ROWS};
  ANALYZE src_e; ANALYZE src_y;`;

/** The import's four writes of a first import (src/io/kinds/enterprises.write.ts), minus the staging joins. */
const OWN_WRITES: { label: string; run: string }[] = [
  {
    label: 'people (owners)',
    run: `INSERT INTO people (id, full_name, roles) SELECT owner_id, owner_name, '{owner}' FROM src_e`,
  },
  {
    label: 'enterprises',
    run: `INSERT INTO enterprises (id, nib, name, owner_person_id, address, region_code, phone, commodity,
                                   products, legal_form, license_year, kbli)
          SELECT id, nib, name, owner_id, address, region_code, phone, commodity, products, legal_form,
                 license_year, kbli FROM src_e`,
  },
  {
    label: 'person_affiliations',
    run: `INSERT INTO person_affiliations (person_id, enterprise_id, role) SELECT owner_id, id, 'owner' FROM src_e`,
  },
  {
    label: 'enterprise_year_data',
    run: `INSERT INTO enterprise_year_data (enterprise_id, year, source, vintage, workers_male, workers_female,
                                            investment_excl_land_building, production_qty, production_unit,
                                            production_value, raw_aux_material_value)
          SELECT enterprise_id, year, source, vintage, tkl, tkp, inv, qty, unit, val, raw FROM src_y`,
  },
];

/**
 * Part two: the same content written into Simpul's own migrated schema (its indexes, foreign keys and
 * triggers), straight from temp tables — no file, no validation, no key resolution. The import cannot
 * be faster than this. Run in a transaction that is rolled back, once with the bulk audit trail as an
 * import has it (migration 0004), once with the audit triggers switched off inside the transaction, and
 * once with no trigger firing at all (no audit, no foreign-key check: heap and indexes only).
 */
async function ownSchemaFloor(client: pg.Client): Promise<void> {
  await client.query(OWN_SOURCE);
  const variants = [
    { label: 'with the audit trail (as an import)', setup: "SET LOCAL simpul.audit_bulk = 'on'" },
    {
      label: 'audit triggers off (diagnostic)',
      setup: `SET LOCAL simpul.audit_bulk = 'on';
        ${['people', 'enterprises', 'person_affiliations', 'enterprise_year_data']
          .map((table) => `ALTER TABLE ${table} DISABLE TRIGGER audit_insert`)
          .join('; ')}`,
    },
    {
      // No trigger at all fires: neither the audit trail nor the foreign-key checks. Only heap and indexes.
      label: 'no triggers, no foreign-key checks (replica role; diagnostic)',
      setup: 'SET LOCAL session_replication_role = replica',
    },
  ];
  console.log(
    `\nSimpul's schema, ${ENTERPRISES.toLocaleString('en')} enterprises + owners + ${ROWS.toLocaleString('en')} yearly rows; best of 3 (ms)`,
  );
  console.log(`${OWN_WRITES.map((w) => w.label.padStart(22)).join('')}${'total'.padStart(9)}  rows/s`);
  for (const variant of variants) {
    let best: number[] | undefined;
    for (let i = 0; i < 3; i += 1) {
      await client.query('BEGIN');
      await client.query("SET LOCAL work_mem = '64MB'");
      await client.query(variant.setup);
      const times: number[] = [];
      for (const write of OWN_WRITES) {
        const started = performance.now();
        await client.query(write.run);
        times.push(performance.now() - started);
      }
      await client.query('ROLLBACK');
      // Rolled-back rows leave dead tuples and index entries; the next run starts from clean tables.
      await client.query(
        'VACUUM people, enterprises, person_affiliations, enterprise_year_data, audit_log, audit_bulk_rows',
      );
      const sum = (t: number[]) => t.reduce((a, b) => a + b, 0);
      if (!best || sum(times) < sum(best)) best = times;
    }
    const total = (best ?? []).reduce((a, b) => a + b, 0);
    console.log(
      `${(best ?? []).map((t) => t.toFixed(0).padStart(22)).join('')}${total.toFixed(0).padStart(9)}  ${Math.round((ROWS * 1000) / total).toLocaleString('en')}  ${variant.label}`,
    );
  }
}

async function main(): Promise<void> {
  const frame = benchStart();
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
    const db = createKysely(url.toString(), { applicationName: 'simpul-bench-floor', poolSize: 1 });
    try {
      await migrateToLatest(db);
      await ensureRegions(db);
    } finally {
      await db.destroy();
    }
    await ownSchemaFloor(client);
  } finally {
    await client.end();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await embedded.release();
    frame.end();
  }
}

await main();

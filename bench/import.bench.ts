/**
 * Import benchmark: a 200,000-row enterprise-year CSV (50,000 enterprises × 4 years) imported into a
 * fresh database on the embedded PostgreSQL, then imported again (nothing may change the second time).
 *
 *   node --import tsx bench/import.bench.ts [enterprises=50000] [years=4]
 *
 * Uses its own data folder (`data/bench`) and drops its database at the end. With BENCH_EXPLAIN_MS=500 the
 * plans of statements slower than 500 ms are logged to `data/bench/pg/server.log` (auto_explain); with
 * BENCH_LOG_MS=100 only their durations (log_min_duration_statement, no overhead).
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { createRng } from '../src/analysis/rng.ts';
import { createKysely, type Db } from '../src/db/database.ts';
import { acquireEmbedded } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { type ImportPhase, importTable } from '../src/io/import.service.ts';
import { importLimits } from '../src/io/import-limits.ts';
import type { ImportReport } from '../src/io/io.schema.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';

import { benchStart, QUICK } from './report.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
/** `--quick`: 5,000 enterprises × 4 years (20,000 rows) instead of 200,000 rows. */
const ENTERPRISES = Number(positional[0] ?? (QUICK ? 5_000 : 50_000));
const YEARS = Number(positional[1] ?? 4);
const HEADER =
  'tahun,nama_ikm,nama_pemilik,alamat,keldesa,kecamatan,telp,komoditi,produk,bentuk_badan_usaha,tahun_izin,' +
  'kode_kbli,kbli,tkl,tkp,nilai_investasi,jumlah_produksi,satuan,nilai_produksi,nilai_bbbp,nib,kode_wilayah';

/** Indonesian thousands grouping (1.250.000), as Dinas sheets often write amounts. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

interface Village {
  code: string;
  name: string;
  district: string;
}

async function writeCsv(file: string, villages: Village[]): Promise<number> {
  // Seeded (the analysis library's mulberry32), so every run imports the same file.
  const random = createRng(20231);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const firstNames = ['Asep', 'Dedi', 'Euis', 'Ujang', 'Siti', 'Rina', 'Budi', 'Wawan', 'Yati', 'Iwan'];
  const products = [
    ['Sepatu kulit', '15201', 'Industri alas kaki untuk keperluan sehari-hari', 'pasang'],
    ['Kerupuk', '10794', 'Industri kerupuk, keripik, peyek dan sejenisnya', 'kg'],
    ['Rajutan', '14301', 'Industri pakaian jadi rajutan', 'lusin'],
  ] as const;
  const out = createWriteStream(file);
  out.write(`${HEADER}\n`);
  let rows = 0;
  for (let i = 0; i < ENTERPRISES; i += 1) {
    const village = pick(villages);
    const [product, kbli, title, unit] = pick(products);
    const owner = `${pick(firstNames)} Sintetis ${i}`;
    const nib = i % 2 === 0 ? String(9_100_000_000_000 + i) : '';
    const form = pick(['PO', 'PO', 'UD', 'CV']);
    for (let year = 2020; year < 2020 + YEARS; year += 1) {
      const workers = 1 + Math.floor(random() * 19);
      const investment = 1_000_000 * (5 + Math.floor(random() * 500));
      const value = 1_000 * Math.floor(random() * 1_000_000);
      const line = [
        year,
        `IKM ${product} ${i}`,
        owner,
        `"Jl. Contoh No. ${i % 300}, RT 0${i % 9}"`,
        village.name,
        village.district,
        `08${String(1_000_000_000 + i).slice(0, 10)}`,
        product,
        product,
        form,
        2000 + (i % 24),
        kbli,
        `"${title}"`,
        Math.floor(workers / 2),
        workers - Math.floor(workers / 2),
        i % 3 === 0 ? `"${grouped(investment)}"` : investment,
        Math.floor(random() * 5000),
        unit,
        value,
        Math.floor(value / 2),
        nib,
        village.code,
      ].join(',');
      if (!out.write(`${line}\n`)) await once(out, 'drain');
      rows += 1;
    }
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

/** CPU seconds used so far by this process and by the database's server processes (Linux /proc). */
interface CpuSample {
  node: number;
  server: number;
}

interface Timed {
  report: ImportReport;
  stagedMs: number;
  totalMs: number;
  /** CPU seconds (Node, PostgreSQL) spent up to the end of staging, and in the whole import. */
  stagedCpu: CpuSample;
  totalCpu: CpuSample;
}

/**
 * CPU time is what the machine's load cannot inflate much: on a shared machine the wall-clock rates below
 * drop with other people's work, while these stay close to what the import itself costs.
 */
async function cpuSample(db: Db): Promise<CpuSample> {
  const usage = process.cpuUsage();
  const { rows } = await sql<{ pid: number }>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`.execute(
    db,
  );
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      // Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (100 per second).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Not on Linux, or the server runs elsewhere (DATABASE_URL): report the server side as 0.
    }
  }
  return { node: (usage.user + usage.system) / 1e6, server: ticks / 100 };
}

const minus = (a: CpuSample, b: CpuSample): CpuSample => ({
  node: a.node - b.node,
  server: a.server - b.server,
});

async function timedImport(db: Db, monitor: Db, file: string): Promise<Timed> {
  const cpu0 = await cpuSample(monitor);
  const started = performance.now();
  let stagedMs = 0;
  let stagedAt: Promise<CpuSample> | undefined;
  const report = await importTable(
    db,
    'enterprises',
    { format: 'csv', path: file },
    { dryRun: false },
    {
      limits: importLimits(statSync(file).size),
      timeoutSeconds: 3600,
      onProgress: (phase: ImportPhase) => {
        if (phase !== 'staged') return;
        stagedMs = performance.now() - started;
        stagedAt = cpuSample(monitor);
      },
    },
  );
  const totalMs = performance.now() - started;
  const cpu1 = await cpuSample(monitor);
  return {
    report,
    stagedMs,
    totalMs,
    stagedCpu: minus((await stagedAt) ?? cpu1, cpu0),
    totalCpu: minus(cpu1, cpu0),
  };
}

/** Prints one import's rates and returns them (rows per second: staging, whole import). */
function describe(label: string, rows: number, timed: Timed): { staged: number; whole: number } {
  const { report, stagedMs, totalMs, stagedCpu, totalCpu } = timed;
  const rate = (ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en');
  const mb = Math.round(process.resourceUsage().maxRSS / 1024);
  const cpu = (c: CpuSample) => `CPU Node ${c.node.toFixed(1)} s + PostgreSQL ${c.server.toFixed(1)} s`;
  console.log(
    `${label}: ${rows} rows; validation+staging ${(stagedMs / 1000).toFixed(2)} s (${rate(stagedMs)} rows/s, ` +
      `${cpu(stagedCpu)}); whole import ${(totalMs / 1000).toFixed(2)} s (${rate(totalMs)} rows/s, ` +
      `${cpu(totalCpu)}); peak RSS so far ${mb} MB; ` +
      `inserted ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}, errors ${report.errorCount}`,
  );
  return { staged: rows / (stagedMs / 1000), whole: rows / (totalMs / 1000) };
}

/**
 * Diagnostic only (BENCH_WITHOUT_AUDIT=1): switches off the audit-trail triggers in this throwaway
 * database, to show how much of an import's time the audit trail takes. Never a production mode.
 */
async function disableAuditTriggers(db: Db): Promise<void> {
  const { rows } = await sql<{ tablename: string; name: string }>`
    SELECT tgrelid::regclass::text AS tablename, tgname AS name FROM pg_trigger WHERE tgname LIKE 'audit\_%'`.execute(
    db,
  );
  for (const { tablename, name } of rows) {
    await sql`ALTER TABLE ${sql.table(tablename)} DISABLE TRIGGER ${sql.ref(name)}`.execute(db);
  }
  console.log(`Audit triggers disabled for this run: ${rows.length}`);
}

async function main(): Promise<void> {
  const frame = benchStart();
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? 'data/bench');
  const port = Number(process.env.SIMPUL_PG_PORT ?? 54359);
  const embedded = await acquireEmbedded(dataDir, port, (m) => console.log(m));
  const name = `simpul_bench_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({
      connectionString: embedded.adminConnectionString,
      application_name: 'simpul-bench',
    });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(embedded.adminConnectionString);
  url.pathname = `/${name}`;
  const explainMs = process.env.BENCH_EXPLAIN_MS;
  const logMs = process.env.BENCH_LOG_MS;
  if (logMs) {
    // Durations only (no plans, no timing overhead): which statements the time goes to.
    url.searchParams.set('options', `-c log_min_duration_statement=${logMs}`);
  } else if (explainMs) {
    // Plans of slower statements go to the cluster's log: where the time goes, statement by statement.
    const options = `-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=${explainMs}`;
    url.searchParams.set(
      'options',
      `${options} -c auto_explain.log_analyze=on -c auto_explain.log_triggers=on`,
    );
  }
  const db = createKysely(url.toString(), { applicationName: 'simpul-bench', poolSize: 2 });
  // A connection of its own, so sampling CPU never waits for (or borrows) the import's connection.
  const monitor = createKysely(url.toString(), { applicationName: 'simpul-bench-monitor', poolSize: 1 });
  const folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-'));
  try {
    await migrateToLatest(db);
    await ensureRegions(db);
    if (process.env.BENCH_WITHOUT_AUDIT) await disableAuditTriggers(db);
    const { rows: villages } = await sql<Village>`
      SELECT v.code, v.name, d.name AS district FROM regions v JOIN regions d ON d.code = v.parent_code
       WHERE d.parent_code = '32.73' ORDER BY v.code`.execute(db);
    const file = path.join(folder, 'enterprises.csv');
    const rows = await writeCsv(file, villages);
    console.log(`Generated ${file}: ${rows} rows, ${(statSync(file).size / 1e6).toFixed(1)} MB`);
    const first = describe('First import ', rows, await timedImport(db, monitor, file));
    const second = describe('Second import', rows, await timedImport(db, monitor, file));
    const perSecond = (rate: number) => `${Math.round(rate).toLocaleString('en')} rows/s`;
    const size = `${rows.toLocaleString('en')} enterprise-year rows`;
    frame.headline({
      what: `CSV import, validation + staging, ${size}`,
      ours: perSecond(first.staged),
      reference: '—',
      ratio: '—',
    });
    frame.headline({
      what: `CSV import, whole first import, ${size}`,
      ours: perSecond(first.whole),
      reference: '—',
      ratio: '—',
    });
    frame.headline({
      what: `CSV re-import (nothing to write), ${size}`,
      ours: perSecond(second.whole),
      reference: '—',
      ratio: '—',
    });
  } finally {
    await monitor.destroy();
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await embedded.release();
    frame.end();
  }
}

await main();

/**
 * Backup and restore benchmark (issue #22 point 5): `backupDatabase` of a database to a file, then
 * `restoreDatabase` of that file into a new empty database on the same server, both timed, the file's size
 * and the per-table checksums of both sides compared.
 *
 *   node --import tsx bench/backup.bench.ts                 the demo (loaded into a scratch database)
 *   node --import tsx bench/backup.bench.ts <database-url>  any database, e.g. the national set kept by
 *                                                           BENCH_KEEP=1 node --import tsx bench/national.bench.ts 0.1
 *
 * Same-run reference: when the server's major version has Debian's `pg_dump` (`/usr/lib/postgresql/N/bin`),
 * `pg_dump -Fc` of the same database to a file, timed in the same run; else none (the embedded package ships
 * no pg_dump: docs/design-choices.md, "Backup and restore").
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { tableChecksums } from '../src/backup/backup.repo.ts';
import { backupDatabase, restoreDatabase } from '../src/backup/backup.service.ts';
import { createKysely, type Db } from '../src/db/database.ts';
import { loadDemo } from '../src/demo/demo.ts';
import { createDemoUsers } from '../src/demo/demo-users.ts';
import { analyzeCenters } from '../src/networks/analysis/analyze-all.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';
import { openScratchDatabase } from './scratch-database.ts';

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const APP = 'simpul-bench-restore';

async function admin(url: string, statement: string): Promise<void> {
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

/** `pg_dump -Fc` of `url` with the server's own major version's Debian binary, timed; undefined without one. */
async function pgDumpReference(
  db: Db,
  url: string,
  file: string,
): Promise<{ ms: number; bytes: number } | undefined> {
  const { rows } = await sql<{ v: string }>`SELECT current_setting('server_version_num') AS v`.execute(db);
  const major = Math.floor(Number(rows[0]?.v ?? 0) / 10_000);
  const pgDump = `/usr/lib/postgresql/${major}/bin/pg_dump`;
  if (!fs.existsSync(pgDump)) return undefined;
  const started = performance.now();
  execFileSync(pgDump, ['-Fc', '-f', file, '--dbname', url]);
  return { ms: performance.now() - started, bytes: fs.statSync(file).size };
}

async function main(): Promise<void> {
  const given = process.argv[2];
  const scratch = given ? undefined : await openScratchDatabase('backup', 55186);
  const sourceUrl = given ?? scratch?.url ?? '';
  const source = scratch?.db ?? createKysely(sourceUrl, { applicationName: 'simpul-bench' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-backup-bench-'));
  const target = `simpul_restore_bench_${process.pid}`;
  const targetUrl = new URL(sourceUrl);
  targetUrl.pathname = `/${target}`;
  const restored = createKysely(targetUrl.toString(), { applicationName: APP, poolSize: 2 });
  try {
    if (scratch) {
      await ensureRegions(source);
      await loadDemo(source, { seed: 1 });
      await createDemoUsers(source);
      await analyzeCenters(source, { at: null });
    }
    console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
    console.log(`Source: ${given ? new URL(given).pathname.slice(1) : 'the demo'}; load before ${load()}`);
    const file = path.join(dir, 'bench.simpul-backup');
    const backup = await backupDatabase(source, file);
    console.log(
      `simpul backup: ${(backup.ms / 1000).toFixed(1)} s, ${mib(backup.bytes)}, ${backup.tables} tables, ${backup.rows.toLocaleString('en')} rows (load ${load()})`,
    );
    const reference = await pgDumpReference(source, sourceUrl, path.join(dir, 'reference.dump'));
    console.log(
      reference
        ? `reference pg_dump -Fc (same server, same run): ${(reference.ms / 1000).toFixed(1)} s, ${mib(reference.bytes)}; ratio ${(backup.ms / reference.ms).toFixed(2)}`
        : 'reference pg_dump -Fc: none for this server version (no Debian binary of its major version)',
    );
    await admin(sourceUrl, `CREATE DATABASE ${target}`);
    const restore = await restoreDatabase(restored, file, { confirm: async () => true, ownApplication: APP });
    console.log(`simpul restore (empty database): ${(restore.ms / 1000).toFixed(1)} s (load ${load()})`);
    const started = performance.now();
    const same = isDeepStrictEqual(await tableChecksums(source), await tableChecksums(restored));
    console.log(
      `checksums of every table identical: ${same} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    if (!same) process.exitCode = 1;
  } finally {
    await restored.destroy();
    await admin(sourceUrl, `DROP DATABASE IF EXISTS ${target} WITH (FORCE)`).catch(() => {});
    if (scratch) await scratch.close();
    else await source.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();

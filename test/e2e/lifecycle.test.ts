import { type ChildProcess, execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterDirOf } from '../../src/db/embedded.ts';
import { freePort, processAlive, startServe } from './serve-process.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/simpul');

/**
 * The embedded default as a user meets it: a real `simpul serve` process on its own data folder,
 * a CLI command sharing it, then SIGTERM. Skipped (with the reason printed) when DATABASE_URL points the
 * suite at an external server, since these tests are about the embedded one.
 */
const external = Boolean(process.env.DATABASE_URL);
if (external) console.log('lifecycle tests skipped: DATABASE_URL is set, they test the embedded PostgreSQL');

describe.skipIf(external)('embedded PostgreSQL lifecycle', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-life-'));
  const { DATABASE_URL: _, ...inherited } = process.env;
  const env = { ...inherited, SIMPUL_DATA_DIR: dataDir, SIMPUL_PG_PORT: '0', LOG_LEVEL: 'warn' };
  let server: ChildProcess | undefined;

  afterAll(async () => {
    server?.kill('SIGKILL');
    await run(bin, ['migrate'], { env }).catch(() => {}); // joins and, being last, stops any leftover
    // A test that failed half-way (a slow machine) may still leave a postmaster: stop it outright, and
    // remove the cluster, which root keeps outside dataDir (/tmp/simpul-pg-…).
    const leftover = postmasterPid();
    if (leftover) {
      try {
        process.kill(leftover, 'SIGQUIT');
      } catch {
        // Already gone.
      }
    }
    fs.rmSync(clusterDirOf(dataDir), { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const postmasterPid = () => {
    const file = path.join(clusterDirOf(dataDir), 'postmaster.pid');
    return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : undefined;
  };

  /**
   * Starts `simpul serve` on a port free a moment ago. Another process (an embedded PostgreSQL of a
   * parallel test file, say) may take that port in between; then the start is tried on another one.
   */
  async function startServer(): Promise<{ child: ChildProcess; port: number }> {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        return { child: (await startServe(env, port, { timeoutMs: 30_000 })).child, port };
      } catch (error) {
        if (attempt >= 3 || !String(error).includes('already in use')) throw error;
      }
    }
  }

  it('serves, shares the database with the CLI, stops PostgreSQL on SIGTERM and keeps the data', async () => {
    let port: number;
    ({ child: server, port } = await startServer());
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'embedded' });
    const pid = postmasterPid();
    expect(pid).toBeGreaterThan(0);

    // The CLI joins the running PostgreSQL (it does not start a second one) to create an admin and a token.
    await run(bin, ['user', 'create', '--role', 'admin', '--email', 'admin@uji.example', '--no-password'], {
      env,
    });
    const { stdout } = await run(
      bin,
      ['token', 'create', '--user', 'admin@uji.example', '--name', 'uji', '--access', 'write'],
      {
        env,
      },
    );
    expect(postmasterPid()).toBe(pid);
    const created = await fetch(`http://127.0.0.1:${port}/api/centers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stdout.trim()}` },
      body: JSON.stringify({
        name: 'Sentra Uji Daur Hidup',
        mainProduct: 'Sepatu',
        commodityGroup: 'clothing',
        origin: 'organic',
        regionCodes: ['32.73.17.1003'],
      }),
    });
    expect(created.status).toBe(201);

    // Once the CLI is gone the server's database is still there.
    await run(bin, ['migrate'], { env });
    expect(postmasterPid()).toBe(pid);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);

    server.kill('SIGTERM');
    await new Promise((resolve) => server?.once('exit', resolve));
    expect(postmasterPid()).toBeUndefined();
    expect(processAlive(pid!)).toBe(false);

    ({ child: server, port } = await startServer());
    const list = (await (await fetch(`http://127.0.0.1:${port}/api/centers?q=Daur`)).json()) as {
      total: number;
    };
    expect(list.total).toBe(1);
    server.kill('SIGINT');
    await new Promise((resolve) => server?.once('exit', resolve));
    expect(postmasterPid()).toBeUndefined();
  });
});

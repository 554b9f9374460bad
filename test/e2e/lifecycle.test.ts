import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterDirOf } from '../../src/db/embedded.ts';

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

  async function startServer(port: number): Promise<ChildProcess> {
    const child = spawn(bin, ['serve', '--port', String(port)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    for (let i = 0; i < 300; i++) {
      if (stderr.includes('Simpul is running')) return child;
      if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
      await sleep(100);
    }
    throw new Error(`server did not start: ${stderr}`);
  }

  it('serves, shares the database with the CLI, stops PostgreSQL on SIGTERM and keeps the data', async () => {
    const port = 38000 + (process.pid % 1000);
    server = await startServer(port);
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

    server = await startServer(port);
    const list = (await (await fetch(`http://127.0.0.1:${port}/api/centers?q=Daur`)).json()) as {
      total: number;
    };
    expect(list.total).toBe(1);
    server.kill('SIGINT');
    await new Promise((resolve) => server?.once('exit', resolve));
    expect(postmasterPid()).toBeUndefined();
  });
});

/** Alive and not a zombie (an exited postmaster may wait to be reaped by a container's init). */
function processAlive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

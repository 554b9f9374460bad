import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { clusterDirOf } from '../../src/db/embedded.ts';

/** The repository's CLI, run as a user would. */
export const BIN = path.resolve(import.meta.dirname, '../../bin/simpul');

/** A `simpul serve` child process and everything it has written to stderr so far. */
export interface ServeProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string>;
}

/**
 * Spawns `simpul serve` on `port` and waits until it says it is running, or `options.until` (or fails
 * with its output).
 */
export async function startServe(
  env: NodeJS.ProcessEnv,
  port: number,
  options: { bin?: string; cwd?: string; timeoutMs?: number; args?: string[]; until?: string } = {},
): Promise<ServeProcess> {
  const args = ['serve', '--port', String(port), ...(options.args ?? [])];
  const child = spawn(options.bin ?? BIN, args, {
    // These tests read the server's lines in English; a test may still choose Indonesian in `env`.
    env: { SIMPUL_LANG: 'en', ...env },
    cwd: options.cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (stderr.includes(options.until ?? 'Simpul is running')) return { child, output: () => stderr, exited };
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${stderr}`);
}

/** The postmaster's pid from the cluster's `postmaster.pid`, when the file exists. */
export function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(clusterDirOf(dataDir), 'postmaster.pid');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

/** Connection string of the embedded cluster's `simpul` database, read from its files (for probes). */
export function embeddedUrl(dataDir: string): string {
  const { user, password } = JSON.parse(
    fs.readFileSync(path.join(dataDir, 'pg-credentials.json'), 'utf8'),
  ) as { user: string; password: string };
  const lines = fs.readFileSync(path.join(clusterDirOf(dataDir), 'postmaster.pid'), 'utf8').split('\n');
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${Number(lines[3])}/simpul`;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * `count` distinct ports nothing listens on right now, all held open together while they are picked so
 * the kernel cannot hand out one twice. A fixed port in the ephemeral range (32768–60999 on Linux) can be
 * taken by any outgoing connection on a busy CI machine; these come from the kernel itself.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  });
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Alive and not a zombie (an exited postmaster may wait to be reaped by a container's init). */
export function processAlive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Stops a postmaster a failed test left behind and removes the data folder and its cluster. */
export function cleanUp(dataDir: string): void {
  const leftover = postmasterPid(dataDir);
  if (leftover && processAlive(leftover)) {
    try {
      process.kill(leftover, 'SIGQUIT');
    } catch {
      // Already gone.
    }
  }
  fs.rmSync(clusterDirOf(dataDir), { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
}

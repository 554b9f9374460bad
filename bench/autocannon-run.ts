/**
 * autocannon against a served app, from a child process (the load generator gets its own event loop, so
 * the server's is measured alone): the shared helper of bench/http.bench.ts and
 * bench/national-api.bench.ts, and the settings those benches serve the app with.
 */

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AppConfig } from '../src/http/app.ts';

const run = promisify(execFile);
const CHILD = path.resolve('bench/autocannon-child.ts');

/** The test suite's settings (test/app.ts), with a rate limit no bench reaches. */
export const BENCH_APP_CONFIG: AppConfig = {
  bodyLimit: 1024 * 1024,
  logLevel: 'silent',
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  rateLimitPerMinute: 100_000_000,
  loginRateLimitPerMinute: 100_000,
  trustProxy: false,
  requestTimeoutSeconds: 120,
  importTimeoutSeconds: 600,
  importsPerUser: 2,
  importsAtOnce: 4,
};

/** What one autocannon run measured (latencies in ms). */
export interface CannonResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  requests: number;
}

/** One run: `connections` concurrent clients for `seconds`, or until `amount` answers. */
export interface CannonOptions {
  connections: number;
  headers: Record<string, string>;
  seconds?: number;
  amount?: number;
  /** Paths taken in turn (request k asks paths[k mod n]): load spread over many objects; default the url's own. */
  paths?: readonly string[];
}

/** Runs autocannon on `url` in a child process; requests per second: all answers over the whole run. */
export async function cannon(url: string, options: CannonOptions): Promise<CannonResult> {
  // The options go through a file: the whole country's paths are too long for an argument list (E2BIG).
  const folder = await mkdtemp(path.join(os.tmpdir(), 'simpul-cannon-'));
  const file = path.join(folder, 'options.json');
  try {
    await writeFile(file, JSON.stringify({ url, ...options }));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, file], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout) as CannonResult;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

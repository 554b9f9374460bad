import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ServeProcess, startServe } from '../e2e/serve-process.ts';

/** The proxy configuration operators install (deploy/haproxy.cfg), run here as it is. */
export const HAPROXY_CFG = path.resolve(import.meta.dirname, '../../deploy/haproxy.cfg');

/** Debian's HAProxy binary, when installed (`apt-get install haproxy`). */
export function haproxyBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/haproxy', 'haproxy']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  return undefined;
}

/** Two `simpul serve` processes on one database behind HAProxy, all on loopback. */
export interface ProxyCluster {
  proxyUrl: string;
  /** Each app process's own address (bypassing the proxy). */
  appUrls: [string, string];
  apps: [ServeProcess, ServeProcess];
  /** HAProxy's output so far (its request log). */
  proxyOutput(): string;
  /** Stops whatever is still running: the apps with SIGTERM (SIGKILL after 15 s), HAProxy with SIGTERM. */
  stop(): Promise<void>;
}

/** What a cluster needs: its database, its three loopback ports, and settings for the app processes. */
export interface ClusterOptions {
  databaseUrl: string;
  ports: { proxy: number; app1: number; app2: number };
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts two `simpul serve` processes (no in-process job workers, trusting the proxy's X-Forwarded-For)
 * and HAProxy with deploy/haproxy.cfg, and waits until the proxy answers /api/health. On a failure to
 * start, whatever did start is stopped before the error is thrown.
 */
export async function startProxyCluster(binary: string, options: ClusterOptions): Promise<ProxyCluster> {
  const { ports } = options;
  const env = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    SIMPUL_WORKERS: '0',
    SIMPUL_TRUST_PROXY: 'true',
    ...options.env,
  };
  const started: ServeProcess[] = [];
  let proxy: ChildProcess | undefined;
  let proxyLog = '';
  const stop = async () => {
    proxy?.kill('SIGTERM');
    await Promise.all(started.map(stopServe));
  };
  try {
    // One after the other: both run the migrations at start, and the second then finds nothing to do.
    started.push(await startServe(env, ports.app1));
    started.push(await startServe(env, ports.app2));
    proxy = spawn(binary, ['-db', '-f', HAPROXY_CFG], {
      env: {
        ...process.env,
        SIMPUL_PROXY_BIND: `127.0.0.1:${ports.proxy}`,
        SIMPUL_APP_1: `127.0.0.1:${ports.app1}`,
        SIMPUL_APP_2: `127.0.0.1:${ports.app2}`,
        SIMPUL_PROXY_USER: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      proxyLog += chunk.toString();
    };
    proxy.stdout?.on('data', collect);
    proxy.stderr?.on('data', collect);
    const proxyUrl = `http://127.0.0.1:${ports.proxy}`;
    await waitForHealth(proxyUrl, () => proxyLog);
    const [first, second] = started as [ServeProcess, ServeProcess];
    return {
      proxyUrl,
      appUrls: [`http://127.0.0.1:${ports.app1}`, `http://127.0.0.1:${ports.app2}`],
      apps: [first, second],
      proxyOutput: () => proxyLog,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForHealth(url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const status = await fetch(`${url}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(200);
  }
  throw new Error(`HAProxy did not answer: ${output()}`);
}

async function stopServe(server: ServeProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await server.exited;
  clearTimeout(timer);
}

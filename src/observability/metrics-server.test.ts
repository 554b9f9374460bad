import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MetricsServer, serveMetrics } from './metrics-server.ts';
import { jobDuration } from './process-metrics.ts';

// The listener `simpul worker --metrics-port` starts, on a free loopback port (0: the system picks one).
const TOKEN = 'pekerja-metrik-0123456789';
let server: MetricsServer;
beforeAll(async () => {
  server = await serveMetrics('127.0.0.1', 0, TOKEN);
});
afterAll(async () => {
  await server?.close();
});

const get = (path: string, token?: string) =>
  fetch(`http://127.0.0.1:${server.port}${path}`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });

describe("a worker's metrics listener", () => {
  it('serves the job durations of its process to the token only', async () => {
    jobDuration.observe({ task: 'obs.worker-sample', outcome: 'done' }, 0.2);
    expect((await get('/metrics')).status).toBe(401);
    expect((await get('/metrics', 'salah-salah-salah-salah')).status).toBe(401);
    expect((await get('/lain', TOKEN)).status).toBe(404);
    const response = await get('/metrics', TOKEN);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/simpul_job_duration_seconds_count\{task="obs.worker-sample",outcome="done"\} 1/);
    expect(text).toContain('process_resident_memory_bytes');
  });
});

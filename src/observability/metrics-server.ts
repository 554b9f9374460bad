import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tr } from '../shared/lang.ts';
import { METRICS_MESSAGES as M } from './messages.ts';
import { bearerMatches } from './metrics-token.ts';
import { processRegistry } from './process-metrics.ts';

/** A worker's own `/metrics` listener. */
export interface MetricsServer {
  /** The port it listens on (the one asked for, or the one given for 0). */
  port: number;
  close(): Promise<void>;
}

/**
 * Serves this process's metrics (job and analysis durations, Node's figures) at `GET /metrics` on
 * `host:port`, to a scraper that sends `Authorization: Bearer <token>`; anything else is 401 or 404.
 * For `simpul worker`, which has no HTTP server of its own.
 */
export async function serveMetrics(host: string, port: number, token: string): Promise<MetricsServer> {
  const server: Server = createServer((request, response) => {
    const answer = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    const json = (status: number, code: string, message: string) =>
      answer(status, 'application/json', JSON.stringify({ error: { code, message, details: [] } }));
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      json(404, 'not_found', 'Not found: GET /metrics only.');
      return;
    }
    if (!bearerMatches(request.headers.authorization, token)) {
      response.setHeader('www-authenticate', 'Bearer realm="metrics"');
      json(401, 'unauthorized', tr(M.badToken, {}, 'en'));
      return;
    }
    processRegistry.metrics().then(
      (text) => answer(200, processRegistry.contentType, text),
      () => json(500, 'internal', 'Metrics could not be collected.'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import type { Db } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { appRegistry } from './app-metrics.ts';
import { METRICS_MESSAGES as M } from './messages.ts';
import { bearerMatches } from './metrics-token.ts';
import { processRegistry } from './process-metrics.ts';

/**
 * `GET /metrics` in Prometheus's text format, for a scraper that sends `Authorization: Bearer <token>`
 * (`SIMPUL_METRICS_TOKEN`); any other caller gets 401. Not a user route: no session, no API token, no
 * access rule of the matrix — without a configured token the route does not exist (404).
 */
export async function metricsRoutes(app: FastifyInstance, db: Db, token: string): Promise<void> {
  const own = appRegistry(app, db);
  app.get('/metrics', { schema: { hide: true }, config: { ownCredential: true } }, async (request, reply) => {
    if (!bearerMatches(request.headers.authorization, token)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new AppError('unauthorized', tr(M.badToken));
    }
    const merged = Registry.merge([processRegistry, own]);
    reply.type(merged.contentType);
    return merged.metrics();
  });
}

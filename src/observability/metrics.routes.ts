import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import type { Db } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { t, tr } from '../shared/lang.ts';
import { appRegistry } from './app-metrics.ts';
import { METRICS_MESSAGES as M } from './messages.ts';
import { bearerMatches } from './metrics-token.ts';
import { processRegistry } from './process-metrics.ts';

/**
 * `GET /metrics` in Prometheus's text format, for a scraper that sends `Authorization: Bearer <token>`
 * (`SIMPUL_METRICS_TOKEN`); any other caller gets 401. Not a user route: no session, no API token, no
 * access rule of the matrix — and without a configured token it answers 404 to everyone.
 */
export async function metricsRoutes(app: FastifyInstance, db: Db, token: string | undefined): Promise<void> {
  // Without a token nothing is measured: the latency hook costs nothing on an office laptop.
  const own = token ? appRegistry(app, db) : undefined;
  app.get('/metrics', { schema: { hide: true }, config: { ownCredential: true } }, async (request, reply) => {
    if (!token || !own) throw new AppError('not_found', t('route_not_found', { url: '/metrics' }));
    if (!bearerMatches(request.headers.authorization, token)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new AppError('unauthorized', tr(M.badToken));
    }
    const merged = Registry.merge([processRegistry, own]);
    reply.type(merged.contentType);
    return merged.metrics();
  });
}

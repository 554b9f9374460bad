import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { AppError } from '../shared/errors.ts';
import { t } from '../shared/i18n.ts';
import type { SimpulApp } from './types.ts';

/** Where `npm run build:web` puts the web app. */
export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** The service worker vite-plugin-pwa writes at the root of dist/web. */
const SERVICE_WORKER = 'sw.js';

/**
 * Serves the built web app from the same process as the API: hashed assets cached for a year, every
 * other non-API GET answered with index.html so deep links (`/sentra/…`) work. When the app has not been
 * built (tests, API-only use), `/` says how to build it instead.
 */
export async function webRoutes(app: SimpulApp, root: string): Promise<void> {
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) {
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('Simpul API is running; the web app is not built (npm run build:web). API docs: /api/docs\n'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // Else `send` overwrites the header below with `public, max-age=0`.
    cacheControl: false,
    setHeaders(res, file) {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      // The PWA's service worker (issue #23) controls the whole app; `no-cache` makes the browser check
      // for a new one on every load, so a deployment reaches phones at their next visit.
      if (path.basename(file) === SERVICE_WORKER) res.setHeader('service-worker-allowed', '/');
    },
  });
  app.get('/assets/*', { schema: { hide: true } }, (request, reply) =>
    reply.sendFile(`assets/${(request.params as { '*': string })['*']}`),
  );
  // Deep links: any other GET outside /api that does not name a file gets the app, which routes itself.
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    // A file name ends in a letter-led extension (.js, .woff2); region codes in paths (/wilayah/32.73) do not.
    if (url === '/api' || url.startsWith('/api/') || /^\.[a-z][a-z0-9]*$/i.test(path.extname(url))) {
      throw new AppError('not_found', t('route_not_found', { url }));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

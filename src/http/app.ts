import type { Writable } from 'node:stream';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { installAuth } from '../auth/auth.plugin.ts';
import type { Config } from '../config.ts';
import { logOptions, requestForLog } from '../observability/log-options.ts';
import { metricsRoutes } from '../observability/metrics.routes.ts';
import { VERSION } from '../version.ts';
import { apiRoutes } from './api-routes.ts';
import { installErrorHandler, rateLimitError } from './error-handler.ts';
import { rateLimitStore } from './rate-limit-store.ts';
import { installReadAfterWrite } from './read-db.ts';
import { installRemembered } from './remembered.ts';
import { installRequestIdHeader, requestIdOf } from './request-id.ts';
import type { AppDeps, SimpulApp } from './types.ts';
import { webRoutes } from './web.ts';

export type AppConfig = Pick<
  Config,
  | 'bodyLimit'
  | 'logLevel'
  | 'sessionIdleMinutes'
  | 'sessionMaxHours'
  | 'rateLimitPerMinute'
  | 'loginRateLimitPerMinute'
  | 'trustProxy'
  | 'requestTimeoutSeconds'
  | 'importTimeoutSeconds'
  | 'importsPerUser'
  | 'importsAtOnce'
> &
  Partial<
    Pick<Config, 'attachmentMaxBytes' | 'qdaMaxBytes' | 'replicaReadAfterWriteSeconds' | 'metricsToken'>
  >;

/**
 * Builds the HTTP application (API, OpenAPI, docs, and the web app when `webRoot` holds a build). It does
 * not listen; the caller does. Logs go to standard output, or to `logStream` (tests read them there).
 */
export async function buildApp(
  deps: AppDeps,
  config: AppConfig,
  options: { webRoot?: string; logStream?: Writable } = {},
): Promise<SimpulApp> {
  const stream = options.logStream ? { stream: options.logStream } : {};
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { ...logOptions(config.logLevel), serializers: { req: requestForLog }, ...stream },
    // Each line of a request carries `requestId`: the proxy's X-Request-Id when well formed, else a UUID.
    genReqId: requestIdOf,
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // A client that has not sent its whole request (headers and body) by then is disconnected.
    requestTimeout: config.requestTimeoutSeconds * 1000,
  }).withTypeProvider<ZodTypeProvider>();
  // The API speaks JSON (and the import its own file types): a text/plain body is a 415, not a string that
  // fails validation as "not an object".
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, config.bodyLimit);
  installRequestIdHeader(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  // A centre's network is ~400 bytes of JSON per tie; compressed it travels at a tenth. Brotli at quality 4
  // and gzip at level 6: the defaults (brotli 11) cost more CPU per request than the bytes they save.
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
  // Identity first, so the rate limit can count per token or session rather than per shared office IP.
  await installAuth(app, deps.db, config);
  installRemembered(app, deps.db);
  installReadAfterWrite(app, deps, config.replicaReadAfterWriteSeconds ?? 10);
  // Sign-in's limit counts in PostgreSQL (several app processes share one budget per client), the API-wide
  // one in this process. When the counter cannot be reached the request goes on uncounted: sign-in needs
  // the database anyway, and nothing else should fail on its rate limit.
  await app.register(rateLimit, {
    store: rateLimitStore(deps.db, deps.pseudonymKey),
    skipOnError: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (request) =>
      request.actor?.kind === 'user'
        ? `user:${request.actor.tokenId ?? request.actor.sessionId}`
        : `ip:${request.ip}`,
    errorResponseBuilder: (_request, context) => rateLimitError(context.ttl),
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Simpul API',
        version: VERSION,
        description:
          'Registry and signed interaction networks of Indonesian small-industry centres (Sentra IKM). ' +
          'Sign in with POST /api/auth/login (cookie session; send X-CSRF-Token on writes) or send an API ' +
          'token as `Authorization: Bearer smp_…`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'simpul_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register((api) => apiRoutes(api, deps, config), { prefix: '/api' });
  await metricsRoutes(app, deps.db, config.metricsToken);
  if (options.webRoot) await webRoutes(app, options.webRoot);
  return app;
}

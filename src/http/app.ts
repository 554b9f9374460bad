import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { centerRoutes } from '../centers/centers.routes.ts';
import type { Config } from '../config.ts';
import { enterpriseRoutes } from '../enterprises/enterprises.routes.ts';
import { enterpriseYearRoutes } from '../enterprises/year-data.routes.ts';
import { challengeRoutes } from '../institutions/challenges.routes.ts';
import { institutionRoutes } from '../institutions/institutions.routes.ts';
import { membershipRoutes } from '../memberships/memberships.routes.ts';
import { personRoutes } from '../people/people.routes.ts';
import { regionRoutes } from '../regions/regions.routes.ts';
import { pickLang, withLang } from '../shared/i18n.ts';
import { VERSION } from '../version.ts';
import { installErrorHandler } from './error-handler.ts';
import { healthRoutes } from './health.routes.ts';
import type { AppDeps, SimpulApp } from './types.ts';

/** Builds the HTTP application (API, OpenAPI, docs). It does not listen; the caller does. */
export async function buildApp(
  deps: AppDeps,
  config: Pick<Config, 'bodyLimit' | 'logLevel'>,
): Promise<SimpulApp> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Each request runs in its language (`?lang=`, then Accept-Language, then Bahasa Indonesia).
  app.addHook('onRequest', (request, _reply, done) => {
    const query = request.query as Record<string, unknown> | undefined;
    const lang = pickLang(
      typeof query?.lang === 'string' ? query.lang : undefined,
      request.headers['accept-language'],
    );
    if (query) delete query.lang; // a language choice is not a filter; strict query schemas must not see it
    withLang(lang, done);
  });
  installErrorHandler(app, config.bodyLimit);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Simpul API',
        version: VERSION,
        description:
          'Registry and signed interaction networks of Indonesian small-industry centres (Sentra IKM).',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register(
    async (api) => {
      await healthRoutes(api, deps);
      await regionRoutes(api, deps);
      await centerRoutes(api, deps);
      await enterpriseRoutes(api, deps);
      await enterpriseYearRoutes(api, deps);
      await personRoutes(api, deps);
      await institutionRoutes(api, deps);
      await challengeRoutes(api, deps);
      await membershipRoutes(api, deps);
    },
    { prefix: '/api' },
  );
  return app;
}

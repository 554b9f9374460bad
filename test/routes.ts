import Fastify, { type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../src/db/database.ts';
import { apiRoutes, type RouteConfig } from '../src/http/api-routes.ts';
import type { AppDeps, SimpulApp } from '../src/http/types.ts';

const ROUTE_CONFIG: RouteConfig = {
  sessionIdleMinutes: 60,
  sessionMaxHours: 12,
  loginRateLimitPerMinute: 10,
  importTimeoutSeconds: 60,
  importsPerUser: 1,
  importsAtOnce: 1,
};

/** Every API route's options (key `METHOD /api/path`) as the plugins register them (registration touches no database). */
export async function registeredRoutes(): Promise<Map<string, RouteOptions>> {
  const routes = new Map<string, RouteOptions>();
  const app: SimpulApp = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.set(`${method} ${route.url}`, route);
  });
  const deps: AppDeps = { db: {} as Db, mode: 'embedded', pseudonymKey: 'test' };
  await app.register((api) => apiRoutes(api, deps, ROUTE_CONFIG), { prefix: '/api' });
  await app.ready();
  return routes;
}

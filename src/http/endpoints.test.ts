import Fastify, { type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditRoutes } from '../audit/audit.routes.ts';
import { authRoutes } from '../auth/auth.routes.ts';
import { userRoutes } from '../auth/users.routes.ts';
import { centerRoutes } from '../centers/centers.routes.ts';
import type { Db } from '../db/database.ts';
import { enterpriseRoutes } from '../enterprises/enterprises.routes.ts';
import { enterpriseYearRoutes } from '../enterprises/year-data.routes.ts';
import { challengeRoutes } from '../institutions/challenges.routes.ts';
import { institutionRoutes } from '../institutions/institutions.routes.ts';
import { interactionRoutes } from '../interactions/interactions.routes.ts';
import { ioRoutes } from '../io/io.routes.ts';
import { membershipRoutes } from '../memberships/memberships.routes.ts';
import { centerAnalysisRoutes } from '../networks/analysis/analysis.routes.ts';
import { networkChangeRoutes } from '../networks/change/change.routes.ts';
import { compareRoutes } from '../networks/compare/compare.routes.ts';
import { centerNetworkRoutes } from '../networks/view/network.routes.ts';
import { overviewRoutes } from '../overview/overview.routes.ts';
import { personRoutes } from '../people/people.routes.ts';
import { regionRoutes } from '../regions/regions.routes.ts';
import { type Endpoint, endpoints, NoContentSchema } from './endpoints.ts';
import type { AppDeps, SimpulApp } from './types.ts';

/** Every route's options as the plugins register them (registration touches no database). */
async function registeredRoutes(): Promise<Map<string, RouteOptions>> {
  const routes = new Map<string, RouteOptions>();
  const app: SimpulApp = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.set(`${method} ${route.url}`, route);
  });
  const deps: AppDeps = { db: {} as Db, mode: 'embedded', pseudonymKey: 'test' };
  await app.register(
    async (api) => {
      await authRoutes(api, deps, { idleMinutes: 60, maxHours: 12, loginRateLimitPerMinute: 10 });
      for (const plugin of [
        userRoutes,
        auditRoutes,
        regionRoutes,
        centerRoutes,
        centerNetworkRoutes,
        centerAnalysisRoutes,
        networkChangeRoutes,
        compareRoutes,
        enterpriseRoutes,
        enterpriseYearRoutes,
        personRoutes,
        institutionRoutes,
        challengeRoutes,
        membershipRoutes,
        interactionRoutes,
        overviewRoutes,
      ]) {
        await plugin(api, deps);
      }
      await ioRoutes(api, deps, { timeoutSeconds: 60, perUser: 1, atOnce: 1 });
    },
    { prefix: '/api' },
  );
  await app.ready();
  return routes;
}

/** A schema as JSON Schema, so `pageOf(X)` built twice compares equal. */
const shape = (schema: unknown, io: 'input' | 'output') =>
  schema === undefined ? undefined : z.toJSONSchema(schema as z.ZodType, { io, unrepresentable: 'any' });

describe('the endpoint table', () => {
  it('matches the registered routes: path, params, query, body and success response', async () => {
    const routes = await registeredRoutes();
    for (const [key, entry] of Object.entries(endpoints) as [string, Endpoint][]) {
      const [method, path] = key.split(' ') as [string, string];
      const route = routes.get(`${method} /api${path}`);
      expect(route, key).toBeDefined();
      const schema = route?.schema ?? {};
      expect(shape(schema.params, 'input'), `${key} params`).toEqual(shape(entry.params, 'input'));
      expect(shape(schema.querystring, 'input'), `${key} query`).toEqual(shape(entry.query, 'input'));
      expect(shape(schema.body, 'input'), `${key} body`).toEqual(shape(entry.body, 'input'));
      const responses = (schema.response ?? {}) as Record<string, unknown>;
      const success = Object.entries(responses).filter(([status]) => status.startsWith('2'));
      if (entry.response === NoContentSchema) {
        expect(success, `${key} answers without a body`).toEqual([]);
        continue;
      }
      expect(success, `${key} response`).toHaveLength(1);
      expect(shape(success[0]?.[1], 'output'), `${key} response`).toEqual(shape(entry.response, 'output'));
    }
  });

  it('notices a drift', async () => {
    const routes = await registeredRoutes();
    const response = (routes.get('GET /api/centers/:id')?.schema?.response ?? {}) as Record<string, unknown>;
    expect(shape(response['200'], 'output')).not.toEqual(shape(endpoints['GET /centers'].response, 'output'));
  });
});

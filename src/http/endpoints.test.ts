import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registeredRoutes } from '../../test/routes.ts';
import { type Endpoint, endpoints, FileResponse, NoContentSchema } from './endpoints.ts';

/** A schema as JSON Schema, so `pageOf(X)` built twice compares equal. */
const shape = (schema: unknown, io: 'input' | 'output') =>
  schema === undefined ? undefined : z.toJSONSchema(schema as z.ZodType, { io, unrepresentable: 'any' });

/** Routes outside the table: the health and readiness checks answer monitors and proxies, not the web. */
const OUTSIDE = new Set(['GET /api/health', 'HEAD /api/health', 'GET /api/ready', 'HEAD /api/ready']);

describe('the endpoint table', () => {
  it('registers every API route, and each route from its own entry', async () => {
    const routes = await registeredRoutes();
    const strays = [...routes.entries()]
      .filter(([key]) => !OUTSIDE.has(key) && !key.startsWith('HEAD '))
      .filter(([key, route]) => `/api${route.config?.endpoint?.split(' ')[1]}` !== key.split(' ')[1])
      .map(([key]) => key);
    expect(strays, 'register these with route(app, key, …) from src/http/endpoints.ts').toEqual([]);
    const missing = Object.keys(endpoints).filter((key) => {
      const [method, path] = key.split(' ') as [string, string];
      return !routes.has(`${method} /api${path}`);
    });
    expect(missing, 'entries no route registers').toEqual([]);
  });

  it('gives each route the params, query, body and success responses of its entry', async () => {
    const routes = await registeredRoutes();
    for (const [key, entry] of Object.entries(endpoints) as [string, Endpoint][]) {
      const [method, path] = key.split(' ') as [string, string];
      const schema = routes.get(`${method} /api${path}`)?.schema ?? {};
      expect(shape(schema.params, 'input'), `${key} params`).toEqual(shape(entry.params, 'input'));
      expect(shape(schema.querystring, 'input'), `${key} query`).toEqual(shape(entry.query, 'input'));
      expect(shape(schema.body, 'input'), `${key} body`).toEqual(shape(entry.body, 'input'));
      const success = Object.entries((schema.response ?? {}) as Record<string, unknown>).filter(([status]) =>
        status.startsWith('2'),
      );
      if (entry.response === NoContentSchema || entry.response === FileResponse) {
        expect(success, `${key} answers without a JSON body`).toEqual([]);
        continue;
      }
      expect(
        success.map(([status]) => Number(status)),
        `${key} statuses`,
      ).toEqual([...(entry.statuses ?? [200])]);
      for (const [, response] of success) {
        expect(shape(response, 'output'), `${key} response`).toEqual(shape(entry.response, 'output'));
      }
    }
  });

  it('notices a drift', async () => {
    const routes = await registeredRoutes();
    const response = (routes.get('GET /api/centers/:id')?.schema?.response ?? {}) as Record<string, unknown>;
    expect(shape(response['200'], 'output')).not.toEqual(shape(endpoints['GET /centers'].response, 'output'));
  });
});

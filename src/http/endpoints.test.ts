import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registeredRoutes } from '../../test/routes.ts';
import { type Endpoint, endpoints, NoContentSchema } from './endpoints.ts';

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

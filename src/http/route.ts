import type { FastifyReply, FastifyRequest } from 'fastify';

import type { z } from 'zod';
import type { Access } from '../auth/policy.ts';
import { type Endpoint, type Endpoints, endpoints, FileResponse, NoContentSchema } from './endpoints.ts';
import type { SimpulApp } from './types.ts';

type Key = keyof Endpoints;
type Part<K extends Key, P extends string> =
  Endpoints[K] extends Record<P, infer S extends z.ZodType> ? z.output<S> : unknown;

/** The request of endpoint `K`: params, query and body as its table entry parses them. */
export type EndpointRequest<K extends Key> = FastifyRequest<{
  Params: Part<K, 'params'>;
  Querystring: Part<K, 'query'>;
  Body: Part<K, 'body'>;
}>;

/** What a handler of `K` answers: the success body before serialisation, or the reply it sent itself. */
type Answer<K extends Key> = z.input<Endpoints[K]['response']> | FastifyReply;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The endpoint table key (`'GET /centers/:id'`) the route was registered from. */
    endpoint?: string;
  }
}

/** What a route adds to its table entry: its access rule and its documentation. */
export interface RouteSpec {
  access: Access;
  tags: string[];
  summary?: string;
  description?: string;
  /** Route settings beyond the access rule (a login's rate limit, its CSRF exemption). */
  config?: Record<string, unknown>;
}

/**
 * Registers endpoint `key` (`'GET /centers/:id'`) with the schemas of its entry in the endpoint table, so
 * the route, the OpenAPI document and the web client share one definition and cannot drift.
 */
export function route<K extends Key>(
  app: SimpulApp,
  key: K,
  spec: RouteSpec,
  handler: (request: EndpointRequest<K>, reply: FastifyReply) => Answer<K> | Promise<Answer<K>>,
): void {
  const [method, url] = key.split(' ') as [string, string];
  const entry: Endpoint = endpoints[key];
  const body = entry.response === NoContentSchema || entry.response === FileResponse;
  app.route({
    method: method as 'GET',
    url,
    schema: {
      tags: spec.tags,
      ...(spec.summary && { summary: spec.summary }),
      ...(spec.description && { description: spec.description }),
      ...(entry.params && { params: entry.params }),
      ...(entry.query && { querystring: entry.query }),
      ...(entry.body && { body: entry.body }),
      ...(entry.consumes && { consumes: [...entry.consumes] }),
      ...(!body && {
        response: Object.fromEntries((entry.statuses ?? [200]).map((status) => [status, entry.response])),
      }),
    },
    config: { ...spec.config, access: spec.access, endpoint: key },
    // The handler's types come from the entry (EndpointRequest); Fastify cannot infer them from a table.
    handler: handler as never,
  });
}

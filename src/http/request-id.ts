import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** The header a proxy sends a request's id in, and the one every answer carries it back in. */
export const REQUEST_ID_HEADER = 'x-request-id';

// A proxy's id (nginx's $request_id is 32 hex digits, HAProxy's unique-id and UUIDs fit too); anything
// else (too long, spaces, control characters that could forge a log line) is replaced by our own.
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The request's id: the proxy's `X-Request-Id` when it is well formed, otherwise a fresh UUID. */
export function requestIdOf(request: Pick<IncomingMessage, 'headers'>): string {
  const sent = request.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && WELL_FORMED.test(sent) ? sent : randomUUID();
}

/** Every answer, errors included, names its request id (`X-Request-Id`), so a user can quote it. */
export function installRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}

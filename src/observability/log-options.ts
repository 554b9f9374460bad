import type { FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

/**
 * What a log line may never hold, wherever it was put by mistake: credentials and passwords. Bodies are
 * not logged at all (Fastify does not, and no route does); headers only through the serializer below.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'password',
  'newPassword',
  'currentPassword',
  'token',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
];

/**
 * A request in a log line: method, path and the client's address — no query string (a search for a
 * person's name is personal data), no headers (cookies, tokens), no body.
 */
export function requestForLog(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: request.url.split('?')[0],
    route: request.routeOptions?.url,
    remoteAddress: request.ip,
  };
}

/** The pino options every Simpul process logs with: JSON lines, ISO times, the redactions above. */
export function logOptions(level: string): LoggerOptions {
  return {
    level,
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
}

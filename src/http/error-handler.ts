import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AnalysisError } from '../analysis/index.ts';
import { authMessages } from '../auth/auth.messages.ts';
import { analysisAppError } from '../shared/analysis-messages.ts';
import { AppError, type ErrorDetail, errors } from '../shared/errors.ts';
import { currentLang, t, tr } from '../shared/i18n.ts';
import { unknownFieldMessage } from '../shared/issue-messages.ts';

/** Turns every thrown error into `{ error: { code, message, details } }`; internals never leave the server. */
export function installErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, bodyLimit, request.headers['content-type']);
    if (appError) {
      // A client's mistake is the client's to fix: worth an info line, not an error in the server's log;
      // a database timeout (503) is the operator's to watch.
      const level = appError.status >= 500 ? 'warn' : 'info';
      request.log[level]({ code: appError.code, status: appError.status }, appError.message);
      if (appError.retryAfterSeconds !== undefined) reply.header('retry-after', appError.retryAfterSeconds);
      return reply.status(appError.status).send({
        error: { code: appError.code, message: appError.message, details: appError.details },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      error: { code: 'internal', message: t('internal', { requestId: request.id }), details: [] },
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'not_found',
        message: t('route_not_found', { url: request.url.split('?')[0] ?? '' }),
        details: [],
      },
    }),
  );
}

function toAppError(
  error: FastifyError,
  bodyLimit: number,
  contentType: string | undefined,
): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof AnalysisError) return analysisAppError(error);
  if (isDatabaseTimeout(error)) return new AppError('busy', t('busy'), [], { retryAfterSeconds: 5 });
  if (isDatabaseUnavailable(error)) {
    return new AppError('busy', t('database_unavailable'), [], { retryAfterSeconds: 2 });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext === 'body' ? '' : `${error.validationContext}.`;
    const details: ErrorDetail[] = error.validation.flatMap((issue) => {
      const base = issue.instancePath.slice(1).replaceAll('/', '.');
      const keys = (issue.params as { keys?: string[] }).keys;
      if (issue.keyword === 'unrecognized_keys' && keys) {
        return keys.map((key) => ({
          path: context + (base ? `${base}.${key}` : key),
          message: unknownFieldMessage(key, currentLang()),
        }));
      }
      return [{ path: context + base, message: issue.message ?? '' }];
    });
    return new AppError('validation_failed', t('validation_failed'), details);
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('payload_too_large', t('payload_too_large', { limit: bodyLimit }));
  }
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new AppError('validation_failed', t('invalid_json'));
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const type = (contentType ?? '').split(';')[0]?.trim() || '-';
    return new AppError('unsupported_media_type', t('unsupported_media_type', { type }));
  }
  if (error.statusCode === 400 && error instanceof SyntaxError) {
    return new AppError('validation_failed', t('invalid_json'));
  }
  return undefined;
}

/** The error the rate limiter throws; the handler above turns it into the usual body with a 429 and Retry-After. */
export function rateLimitError(ttlMs: number): AppError {
  return errors.rateLimited(tr(authMessages.rateLimited, { seconds: Math.ceil(ttlMs / 1000) }), ttlMs);
}

/**
 * PostgreSQL gave up on the request's statement: the statement timeout (57014 "query_canceled") or the
 * lock timeout (55P03). The transaction has rolled back; the client may simply try again.
 */
function isDatabaseTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '57014' || code === '55P03';
}

/** Socket errors and node-postgres's own messages when the server is gone or cannot be reached. */
const LOST_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'SIMPUL_NO_PRIMARY',
]);
const LOST_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
];

/**
 * The database is down or changing hands (a primary killed, a standby being promoted): the connection
 * failed or was cut (SQLSTATE class 08, 57P01–57P03 shutdown), or a write reached a server still in
 * recovery (25006). Nothing the request did was committed unless its commit was answered; it may retry.
 */
function isDatabaseUnavailable(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (LOST_CODES.has(code) || code.startsWith('08') || code === '25006') return true;
    if (code === '57P01' || code === '57P02' || code === '57P03') return true;
  }
  return typeof message === 'string' && LOST_MESSAGES.some((m) => message.startsWith(m));
}

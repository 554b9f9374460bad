import type { ErrorCode, ErrorDetail } from './error-body.ts';
import { t } from './lang.ts';
import type { MessageKey } from './messages.ts';

export type { ErrorCode, ErrorDetail };

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  busy: 503,
};

/** The one error type services throw; the HTTP layer and the CLI turn it into a response or message. */
export class AppError extends Error {
  readonly status: number;
  /** Seconds the client should wait before trying again (sent as `Retry-After` with a 429). */
  readonly retryAfterSeconds: number | undefined;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    options: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

const entityName = (entity: MessageKey) => t(entity);

/** Typed factories so every service words the same situation the same way, in the current language. */
export const errors = {
  validation: (details: ErrorDetail[]) => new AppError('validation_failed', t('validation_failed'), details),
  notFound: (entity: MessageKey, id: string) =>
    new AppError('not_found', t('not_found', { entity: entityName(entity), id })),
  versionConflict: (entity: MessageKey, expected: number, actual: number) =>
    new AppError('version_conflict', t('version_conflict', { entity: entityName(entity), expected, actual })),
  duplicate: (entity: MessageKey, field: string, value: string) =>
    new AppError('conflict', t('duplicate', { entity: entityName(entity), field, value }), [
      { path: field, message: t('duplicate', { entity: entityName(entity), field, value }) },
    ]),
  /** A 429 telling the client, in `Retry-After`, how many seconds to wait. */
  rateLimited: (message: string, retryAfterMs: number) =>
    new AppError('rate_limited', message, [], {
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    }),
  unprocessable: (message: string, details: ErrorDetail[] = []) =>
    new AppError('unprocessable', message, details),
  referenceMissing: (field: string, value: string) =>
    new AppError('unprocessable', t('reference_missing', { field, value }), [
      { path: field, message: t('reference_missing', { field, value }) },
    ]),
};

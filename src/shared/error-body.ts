import { z } from 'zod';

/** The closed set of machine-readable error codes the API answers with. */
export const ERROR_CODES = [
  'validation_failed',
  'not_found',
  'version_conflict',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'unauthorized',
  'forbidden',
  'rate_limited',
  'busy',
  'internal',
] as const;
/** One of `ERROR_CODES`. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem: `path` is dotted (`regionCodes.0`) or, for files, `row 12, column tkl`. */
export const ErrorDetailSchema = z.object({ path: z.string(), message: z.string() });
/** A field-level problem as it travels. */
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

/** Every 4xx/5xx body: `{ error: { code, message, details } }`, the message in the request's language. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), details: z.array(ErrorDetailSchema) }),
});
/** An error body as it travels. */
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

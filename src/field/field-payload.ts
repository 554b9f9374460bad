import type { z } from 'zod';
import { errors } from '../shared/errors.ts';
import type { FieldChangeKind } from './field.constants.ts';
import { FIELD_PAYLOAD_SCHEMAS } from './field.schema.ts';

/** The checked payload of a change of kind `K`. */
export type Payload<K extends FieldChangeKind> = z.output<(typeof FIELD_PAYLOAD_SCHEMAS)[K]>;

/** The payload checked against its kind's schema: a 400-like per-item error naming the field otherwise. */
export function parsePayload<K extends FieldChangeKind>(kind: K, payload: unknown): Payload<K> {
  const parsed = FIELD_PAYLOAD_SCHEMAS[kind].safeParse(payload);
  if (parsed.success) return parsed.data as Payload<K>;
  throw errors.validation(
    parsed.error.issues.map((issue) => ({
      path: ['payload', ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}

import { z } from 'zod';
import { DateTimeSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { singleLine } from '../shared/text.ts';

/** One changed row in the audit trail. */
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  occurredAt: IsoDateTimeSchema,
  transactionId: z.number().int().describe('Entries of one transaction belong to one user action'),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  via: z.string().describe('session, token, system or anonymous'),
  sessionId: z.string().nullable(),
  tokenId: z.string().nullable(),
  requestId: z.string().nullable(),
  action: z.enum(['insert', 'update', 'delete', 'read']).describe('read: a confidential record was read'),
  entityType: z.string(),
  entityId: z.string(),
  regionCodes: z.array(z.string()),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = z
  .object({
    entityType: singleLine().max(100).optional(),
    entityId: singleLine().max(200).optional(),
    actorUserId: z.uuid().optional(),
    action: z.enum(['insert', 'update', 'delete', 'read']).optional(),
    from: DateTimeSchema.optional(),
    to: DateTimeSchema.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

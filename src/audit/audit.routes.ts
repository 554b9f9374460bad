import type { AppDeps, SimpulApp } from '../http/types.ts';
import { pageOf } from '../shared/pagination.ts';
import { auditPolicy } from './audit.policy.ts';
import { AuditEntrySchema, AuditQuerySchema } from './audit.schema.ts';
import { queryAudit } from './audit.service.ts';

/** `GET /api/audit`: the append-only trail of every write, for admins (all) and regional officers (their scope). */
export async function auditRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/audit',
    {
      schema: { tags: ['audit'], querystring: AuditQuerySchema, response: { 200: pageOf(AuditEntrySchema) } },
      config: { access: auditPolicy.read },
    },
    (request) => queryAudit(db, request.actor, request.query),
  );
}

import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { auditPolicy } from './audit.policy.ts';
import { queryAudit } from './audit.service.ts';

/** `GET /api/audit`: the append-only trail of every write, for admins (all) and regional officers (their scope). */
export async function auditRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /audit', { access: auditPolicy.read, tags: ['audit'] }, (request) =>
    queryAudit(db, request.actor, request.query),
  );
}

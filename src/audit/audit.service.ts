import type { Actor } from '../auth/actor.ts';
import { isNational, requireUser } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { readableJobStep } from '../jobs/job-audit-step.ts';
import { toIso } from '../shared/dates.ts';
import type { Page } from '../shared/pagination.ts';
import { auditPolicy } from './audit.policy.ts';
import { type AuditRow, listAuditRows } from './audit.repo.ts';
import type { AuditEntry, AuditQuery } from './audit.schema.ts';

/**
 * The audit trail as the actor may see it: everything for admins, their regions for regional officers
 * (without the admin-only entity types, jobs).
 */
export async function queryAudit(db: Db, actor: Actor, query: AuditQuery): Promise<Page<AuditEntry>> {
  const regionScopes = isNational(actor) ? undefined : requireUser(actor).scopes.regions;
  const hidden = auditPolicy.hiddenEntityTypes(actor);
  const { rows, total } = await listAuditRows(db, query, regionScopes, hidden);
  return { items: rows.map(auditRowToEntry), total, limit: query.limit, offset: query.offset };
}

function auditRowToEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    occurredAt: toIso(row.occurred_at),
    transactionId: row.transaction_id,
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    via: row.via,
    sessionId: row.session_id,
    tokenId: row.token_id,
    requestId: row.request_id,
    action: row.action as AuditEntry['action'],
    entityType: row.entity_type,
    entityId: row.entity_id,
    regionCodes: row.region_codes,
    before: row.before,
    after: row.entity_type === 'job' ? readableJobStep(row.after) : row.after,
  };
}

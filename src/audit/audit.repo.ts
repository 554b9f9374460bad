import { type Selectable, sql } from 'kysely';
import type { AuditLogTable } from '../auth/auth.table.ts';
import type { Db } from '../db/database.ts';
import type { AuditQuery } from './audit.schema.ts';

export type AuditRow = Selectable<AuditLogTable>;

/**
 * Audit entries (one per changed row, bulk-written ones included) matching the query, newest first;
 * `regionScopes` limits them to those regions (and below); entries of `hiddenTypes` are left out.
 */
export async function listAuditRows(
  db: Db,
  query: AuditQuery,
  regionScopes?: readonly string[],
  hiddenTypes: readonly string[] = [],
): Promise<{ rows: AuditRow[]; total: number }> {
  let base = db.selectFrom('audit_entries');
  if (hiddenTypes.length > 0) base = base.where('entity_type', 'not in', [...hiddenTypes]);
  if (query.entityType) base = base.where('entity_type', '=', query.entityType);
  if (query.entityId) base = base.where('entity_id', '=', query.entityId);
  if (query.actorUserId) base = base.where('actor_user_id', '=', query.actorUserId);
  if (query.action) base = base.where('action', '=', query.action);
  if (query.from) base = base.where('occurred_at', '>=', new Date(query.from));
  if (query.to) base = base.where('occurred_at', '<=', new Date(query.to));
  if (regionScopes) {
    const exact = [...regionScopes];
    const below = regionScopes.map((code) => `${code}.%`);
    base = base.where(
      sql<boolean>`EXISTS (SELECT 1 FROM unnest(region_codes) c WHERE c = ANY(${exact}::text[]) OR c LIKE ANY(${below}::text[]))`,
    );
  }
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

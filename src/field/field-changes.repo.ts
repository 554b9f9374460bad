import { type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ErrorBody } from '../shared/error-body.ts';
import type { FieldEnterpriseChanges } from './field.schema.ts';
import type { FieldChangesTable } from './field.table.ts';

/** A stored change as repos return it. */
export type FieldChangeRow = Selectable<FieldChangesTable>;

/** The facts of a change as it arrives. */
export interface ChangeArrival {
  client_change_id: string;
  user_id: string;
  center_id: string;
  kind: string;
  collected_at: string;
  based_on_version: number | null;
}

/** What became of it. */
export interface ChangeOutcome {
  status: string;
  record_id: string | null;
  record_version: number | null;
  error: ErrorBody['error'] | null;
  conflict_enterprise_id: string | null;
  conflict_mine: FieldEnterpriseChanges | null;
}

/**
 * Claims `client_change_id` for this transaction: inserts its row (outcome still to be written) unless it
 * exists. A concurrent claim of the same id waits on the unique index until this transaction ends.
 * Returns the new row's id, or undefined when the change was received before.
 */
export async function claimChange(db: Db, arrival: ChangeArrival, outcome: ChangeOutcome) {
  const row = await db
    .insertInto('field_changes')
    .values(toColumns(arrival, outcome))
    .onConflict((oc) => oc.column('client_change_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Writes the outcome of a claimed change. */
export async function setChangeOutcome(db: Db, id: string, outcome: ChangeOutcome): Promise<void> {
  await db.updateTable('field_changes').set(outcomeColumns(outcome)).where('id', '=', id).execute();
}

/** The stored change with client id `clientChangeId`, or undefined. */
export async function findChange(db: Db, clientChangeId: string): Promise<FieldChangeRow | undefined> {
  return db
    .selectFrom('field_changes')
    .selectAll()
    .where('client_change_id', '=', clientChangeId)
    .executeTakeFirst();
}

/** The stored change (conflict) with id `id`, locked for the rest of the transaction, or undefined. */
export async function lockChange(db: Db, id: string): Promise<FieldChangeRow | undefined> {
  return db.selectFrom('field_changes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Open conflicts of `userId`, oldest first. */
export async function listOpenConflicts(db: Db, userId: string): Promise<FieldChangeRow[]> {
  return db
    .selectFrom('field_changes')
    .selectAll()
    .where('user_id', '=', userId)
    .where('status', '=', 'conflict')
    .where('resolved_at', 'is', null)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
}

/** Closes a conflict with `resolution`, and the firm version it left. */
export async function markResolved(
  db: Db,
  id: string,
  resolution: string,
  recordVersion: number,
): Promise<void> {
  await db
    .updateTable('field_changes')
    .set({ resolution, resolved_at: new Date(), record_version: recordVersion })
    .where('id', '=', id)
    .execute();
}

function toColumns(arrival: ChangeArrival, outcome: ChangeOutcome) {
  return { ...arrival, ...outcomeColumns(outcome) };
}

function outcomeColumns(outcome: ChangeOutcome) {
  return {
    status: outcome.status,
    record_id: outcome.record_id,
    record_version: outcome.record_version,
    error: outcome.error === null ? null : JSON.stringify(outcome.error),
    conflict_enterprise_id: outcome.conflict_enterprise_id,
    conflict_mine: outcome.conflict_mine === null ? null : JSON.stringify(outcome.conflict_mine),
  };
}

/**
 * The firm's stored row (column names as stored) right after `version` was written, from the audit trail;
 * undefined when the trail holds no such copy.
 */
export async function enterpriseRowAtVersion(
  db: Db,
  enterpriseId: string,
  version: number,
): Promise<Record<string, unknown> | undefined> {
  const row = await db
    .selectFrom('audit_entries')
    .select('after')
    .where('entity_type', '=', 'enterprises')
    .where('entity_id', '=', enterpriseId)
    .where(sql<number>`(after->>'version')::int`, '=', version)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const after = row?.after;
  return after !== null && typeof after === 'object' ? { ...after } : undefined;
}

import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { nextVersion, setArchivedAt } from '../db/versioned.ts';
import { memberOn, tieActiveOn } from '../shared/periods.ts';
import type { InteractionListQuery } from './interactions.schema.ts';
import type { InteractionsTable } from './interactions.table.ts';

/** A tie as stored. */
export type InteractionRow = Selectable<InteractionsTable>;
/** Every column a write sets (the rest is bookkeeping the database keeps). */
export type TieColumns = Omit<InteractionRow, 'id' | 'version' | 'archived_at' | 'created_at' | 'updated_at'>;

/** A stored tie with the names of its ends and whether each enterprise end was a centre member at start. */
export interface InteractionRecord {
  row: InteractionRow;
  fromName: string;
  toEnterpriseName: string | null;
  toInstitutionName: string | null;
  fromIsMember: boolean;
  toIsMember: boolean;
}

const SORT_COLUMNS = {
  startDate: 'i.start_date',
  type: 'i.type',
  createdAt: 'i.created_at',
  updatedAt: 'i.updated_at',
} as const;

/** Centre membership (`memberOn`, end day included) of `column` on the tie's start day. */
function memberAtStart(column: string): RawBuilder<boolean> {
  return sql<boolean>`(i.center_id IS NULL OR ${sql.ref(column)} IS NULL OR EXISTS (
    SELECT 1 FROM center_memberships cm
     WHERE cm.center_id = i.center_id AND cm.enterprise_id = ${sql.ref(column)}
       AND ${memberOn(sql.ref('i.start_date'), 'cm')}))`;
}

function records(db: Db) {
  return db
    .selectFrom('interactions as i')
    .innerJoin('enterprises as ef', 'ef.id', 'i.from_enterprise_id')
    .leftJoin('enterprises as et', 'et.id', 'i.to_enterprise_id')
    .leftJoin('institutions as it', 'it.id', 'i.to_institution_id')
    .selectAll('i')
    .select([
      'ef.name as from_name',
      'et.name as to_enterprise_name',
      'it.name as to_institution_name',
      memberAtStart('i.from_enterprise_id').as('from_is_member'),
      memberAtStart('i.to_enterprise_id').as('to_is_member'),
    ]);
}

type RecordRow = Awaited<ReturnType<ReturnType<typeof records>['execute']>>[number];

function toRecord({
  from_name,
  to_enterprise_name,
  to_institution_name,
  from_is_member,
  to_is_member,
  ...row
}: RecordRow): InteractionRecord {
  return {
    row,
    fromName: from_name,
    toEnterpriseName: to_enterprise_name,
    toInstitutionName: to_institution_name,
    fromIsMember: from_is_member,
    toIsMember: to_is_member,
  };
}

/** A page of ties matching the filters and the reader's visibility predicate (on alias `i`). */
export async function listInteractionRecords(
  db: Db,
  query: InteractionListQuery,
  visible: ScopePredicate,
): Promise<{ records: InteractionRecord[]; total: number }> {
  let base = db.selectFrom('interactions as i');
  if (visible) base = base.where(visible);
  if (!query.includeArchived) base = base.where('i.archived_at', 'is', null);
  if (query.center) base = base.where('i.center_id', '=', query.center);
  if (query.institution) base = base.where('i.to_institution_id', '=', query.institution);
  if (query.valence) base = base.where('i.valence', '=', query.valence);
  if (query.type) base = base.where('i.type', 'in', query.type);
  const { enterprise, activeAt } = query;
  if (enterprise) {
    base = base.where((eb) =>
      eb.or([eb('i.from_enterprise_id', '=', enterprise), eb('i.to_enterprise_id', '=', enterprise)]),
    );
  }
  if (activeAt) {
    base = base.where(tieActiveOn(activeAt, 'i'));
  }
  const [page, count] = await Promise.all([
    base
      .select('i.id')
      .orderBy(SORT_COLUMNS[query.sort.field], query.sort.direction)
      .orderBy('i.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ids = page.map((r) => r.id);
  if (ids.length === 0) return { records: [], total: count.n };
  const rows = await records(db).where('i.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, toRecord(r)]));
  return { records: ids.flatMap((id) => byId.get(id) ?? []), total: count.n };
}

/** One tie with its names, and whether `visible` (on alias `i`) lets the reader see it; undefined if missing. */
export async function findInteractionRecord(
  db: Db,
  id: string,
  visible: ScopePredicate = undefined,
): Promise<(InteractionRecord & { visible: boolean }) | undefined> {
  const row = await records(db)
    .select(sql<boolean>`COALESCE(${visible ?? sql`true`}, false)`.as('visible'))
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { visible: isVisible, ...rest } = row;
  return { ...toRecord(rest), visible: isVisible };
}

/** Locks a tie for the rest of the transaction and tells whether `allowed` (on alias `i`) holds for it. */
export async function lockInteraction(
  trx: Db,
  id: string,
  allowed: ScopePredicate,
): Promise<{ row: InteractionRow; allowed: boolean } | undefined> {
  const found = await trx
    .selectFrom('interactions as i')
    .selectAll('i')
    .select(sql<boolean>`COALESCE(${allowed ?? sql`true`}, false)`.as('allowed'))
    .where('i.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!found) return undefined;
  const { allowed: isAllowed, ...row } = found;
  return { row, allowed: isAllowed };
}

/** The facts a scope predicate on alias `i` reads, for a tie not (or not yet) stored that way. */
export interface TieFacts {
  fromEnterpriseId: string;
  toEnterpriseId: string | null;
  centerId: string | null;
  valence: string;
  confidential: boolean;
}

/** Whether `allowed` (on alias `i`) holds for a tie with these facts. */
export async function factsSatisfy(db: Db, facts: TieFacts, allowed: ScopePredicate): Promise<boolean> {
  if (allowed === undefined) return true;
  const result = await sql<{ ok: boolean | null }>`
    SELECT (${allowed}) AS ok FROM (VALUES (${facts.fromEnterpriseId}::uuid, ${facts.toEnterpriseId}::uuid,
      ${facts.centerId}::uuid, ${facts.valence}::text, ${facts.confidential}::boolean))
      AS i(from_enterprise_id, to_enterprise_id, center_id, valence, confidential)`.execute(db);
  return result.rows[0]?.ok === true;
}

/** Which of the referenced enterprises, institution and centre do not exist. */
export async function missingReferences(
  db: Db,
  refs: { enterpriseIds: string[]; institutionId: string | null; centerId: string | null },
): Promise<{ enterpriseIds: string[]; institution: boolean; center: boolean }> {
  const [enterprises, institution, center] = await Promise.all([
    db.selectFrom('enterprises').select('id').where('id', 'in', refs.enterpriseIds).execute(),
    refs.institutionId
      ? db.selectFrom('institutions').select('id').where('id', '=', refs.institutionId).executeTakeFirst()
      : undefined,
    refs.centerId
      ? db.selectFrom('centers').select('id').where('id', '=', refs.centerId).executeTakeFirst()
      : undefined,
  ]);
  const found = new Set(enterprises.map((e) => e.id));
  return {
    enterpriseIds: refs.enterpriseIds.filter((id) => !found.has(id)),
    institution: refs.institutionId !== null && !institution,
    center: refs.centerId !== null && !center,
  };
}

/**
 * A live tie of the same type between the same ends (as stored, so after normalisation) whose period
 * overlaps [start, end). Takes a transaction lock on the pair first, so two concurrent writes of the same
 * tie cannot both pass.
 */
export async function findOverlappingTie(
  trx: Db,
  tie: Pick<
    TieColumns,
    'type' | 'from_enterprise_id' | 'to_enterprise_id' | 'to_institution_id' | 'start_date' | 'end_date'
  >,
  excludeId?: string,
): Promise<string | undefined> {
  const pairKey = [tie.type, tie.from_enterprise_id, tie.to_enterprise_id ?? tie.to_institution_id].join('/');
  await sql`SELECT pg_advisory_xact_lock(hashtext(${pairKey}))`.execute(trx);
  let query = trx
    .selectFrom('interactions')
    .select('id')
    .where('type', '=', tie.type)
    .where('from_enterprise_id', '=', tie.from_enterprise_id)
    .where(sql<boolean>`to_enterprise_id IS NOT DISTINCT FROM ${tie.to_enterprise_id}::uuid`)
    .where(sql<boolean>`to_institution_id IS NOT DISTINCT FROM ${tie.to_institution_id}::uuid`)
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', tie.start_date)]));
  if (tie.end_date !== null) query = query.where('start_date', '<', tie.end_date);
  if (excludeId) query = query.where('id', '!=', excludeId);
  return (await query.executeTakeFirst())?.id;
}

/** Inserts a checked tie; returns its id. */
export async function insertInteraction(db: Db, values: TieColumns): Promise<string> {
  const row = await db.insertInto('interactions').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Overwrites a checked tie's columns and bumps its version. */
export async function updateInteractionRow(db: Db, id: string, values: TieColumns): Promise<void> {
  await db
    .updateTable('interactions')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** Sets or clears `archived_at` and bumps the version. */
export function setInteractionArchived(db: Db, id: string, archived: boolean): Promise<void> {
  return setArchivedAt(db, 'interactions', id, archived);
}

import { sql } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { memberOn } from '../shared/periods.ts';
import type { MembershipKind } from './memberships.rules.ts';
import type { MemberListQuery } from './memberships.schema.ts';

/** The two membership tables share every column but the owner's; this is where they differ. */
const TABLES = {
  center: { table: 'center_memberships', owner: 'center_id', ownerTable: 'centers' },
  institution: { table: 'institution_memberships', owner: 'institution_id', ownerTable: 'institutions' },
} as const;

/** A membership period joined with its enterprise. */
export interface MembershipRow {
  id: string;
  owner_id: string;
  enterprise_id: string;
  enterprise_name: string;
  enterprise_archived: boolean;
  role: string;
  valid_from: string;
  valid_to: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The columns a write sets. */
export interface MembershipValues {
  role: string;
  valid_from: string;
  valid_to: string | null;
}

const SORT_COLUMNS = { enterpriseName: 'e.name', validFrom: 'm.valid_from', role: 'm.role' } as const;

/** Both tables seen through one shape, the owner column renamed `owner_id`, aliased `m`. */
function membershipTable(kind: MembershipKind) {
  const { table, owner } = TABLES[kind];
  return sql<UnifiedMembership>`(SELECT id, ${sql.ref(owner)} AS owner_id, enterprise_id, role, valid_from,
    valid_to, created_at, updated_at FROM ${sql.table(table)})`.as('m');
}

interface UnifiedMembership {
  id: string;
  owner_id: string;
  enterprise_id: string;
  role: string;
  valid_from: string;
  valid_to: string | null;
  created_at: Date;
  updated_at: Date;
}

function membershipsOf(db: Db, kind: MembershipKind) {
  return db
    .selectFrom(membershipTable(kind))
    .innerJoin('enterprises as e', 'e.id', 'm.enterprise_id')
    .select([
      'm.id',
      'm.owner_id',
      'm.enterprise_id',
      'e.name as enterprise_name',
      sql<boolean>`e.archived_at IS NOT NULL`.as('enterprise_archived'),
      'm.role',
      'm.valid_from',
      'm.valid_to',
      'm.created_at',
      'm.updated_at',
    ]);
}

/**
 * Members of one centre or institution: on a day, or every period when `history` is set. With
 * `namesHidden`, name order becomes enterprise-id order, so a pseudonymised list leaks no alphabetical rank.
 */
export async function listMemberRows(
  db: Db,
  kind: MembershipKind,
  ownerId: string,
  query: MemberListQuery,
  onDate: string,
  namesHidden = false,
): Promise<{ rows: MembershipRow[]; total: number }> {
  const byName = namesHidden ? 'm.enterprise_id' : 'e.name';
  const sortColumn = query.sort.field === 'enterpriseName' ? byName : SORT_COLUMNS[query.sort.field];
  let base = membershipsOf(db, kind).where('m.owner_id', '=', ownerId);
  if (!query.history) {
    base = base.where(memberOn(onDate, 'm'));
  }
  if (query.role) base = base.where('m.role', '=', query.role);
  if (query.q) base = base.where(sql<boolean>`e.name ILIKE ${`%${query.q}%`}`);
  const [rows, count] = await Promise.all([
    base
      .orderBy(sortColumn, query.sort.direction)
      .orderBy(byName)
      .orderBy('m.valid_from')
      .orderBy('m.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

/** One membership with its enterprise, or undefined when there is none of this kind with that id. */
export async function findMembershipRow(
  db: Db,
  kind: MembershipKind,
  id: string,
): Promise<MembershipRow | undefined> {
  return membershipsOf(db, kind).where('m.id', '=', id).executeTakeFirst();
}

/** Locks a membership row for the rest of the transaction; false when it does not exist. */
export async function lockMembershipRow(db: Db, kind: MembershipKind, id: string): Promise<boolean> {
  const row = await db
    .selectFrom(TABLES[kind].table)
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Serialises writes to one enterprise's periods in one centre or institution until the transaction
 * ends, so two concurrent requests cannot both pass the overlap check.
 */
export async function lockMembershipPair(
  db: Db,
  kind: MembershipKind,
  ownerId: string,
  enterpriseId: string,
): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`${kind}:${ownerId}:${enterpriseId}`}, 0))`.execute(
    db,
  );
}

/** A period of the same enterprise in the same owner that shares at least one day with the given one. */
export async function findOverlappingPeriod(
  db: Db,
  kind: MembershipKind,
  period: {
    ownerId: string;
    enterpriseId: string;
    validFrom: string;
    validTo: string | null;
    exceptId?: string;
  },
): Promise<{ id: string; valid_from: string; valid_to: string | null } | undefined> {
  let query = db
    .selectFrom(membershipTable(kind))
    .select(['m.id', 'm.valid_from', 'm.valid_to'])
    .where('m.owner_id', '=', period.ownerId)
    .where('m.enterprise_id', '=', period.enterpriseId)
    // Inclusive ranges; a null end is unbounded.
    .where(
      sql<boolean>`daterange(m.valid_from, m.valid_to, '[]') && daterange(${period.validFrom}::date, ${period.validTo}::date, '[]')`,
    );
  if (period.exceptId) query = query.where('m.id', '<>', period.exceptId);
  return query.orderBy('m.valid_from').executeTakeFirst();
}

/** Inserts a membership period and returns its id. */
export async function insertMembership(
  db: Db,
  kind: MembershipKind,
  ownerId: string,
  enterpriseId: string,
  values: MembershipValues,
): Promise<string> {
  const row =
    kind === 'center'
      ? await db
          .insertInto('center_memberships')
          .values({ ...values, center_id: ownerId, enterprise_id: enterpriseId })
          .returning('id')
          .executeTakeFirstOrThrow()
      : await db
          .insertInto('institution_memberships')
          .values({ ...values, institution_id: ownerId, enterprise_id: enterpriseId })
          .returning('id')
          .executeTakeFirstOrThrow();
  return row.id;
}

/** Overwrites a period's role and dates. */
export async function updateMembership(
  db: Db,
  kind: MembershipKind,
  id: string,
  values: MembershipValues,
): Promise<void> {
  await db
    .updateTable(TABLES[kind].table)
    .set({ ...values, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Deletes a membership; false when there was none. */
export async function deleteMembership(db: Db, kind: MembershipKind, id: string): Promise<boolean> {
  const result = await db.deleteFrom(TABLES[kind].table).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Whether the centre or institution exists and is archived; undefined when it does not exist. */
export async function findOwnerState(
  db: Db,
  kind: MembershipKind,
  id: string,
): Promise<{ archived: boolean } | undefined> {
  return db
    .selectFrom(TABLES[kind].ownerTable)
    .select(sql<boolean>`archived_at IS NOT NULL`.as('archived'))
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Whether the enterprise exists and is archived; undefined when it does not exist. */
export async function findEnterpriseState(db: Db, id: string): Promise<{ archived: boolean } | undefined> {
  return db
    .selectFrom('enterprises')
    .select(sql<boolean>`archived_at IS NOT NULL`.as('archived'))
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Where the enterprise is registered (null when unknown), or undefined when it does not exist. */
export async function findEnterpriseRegion(
  db: Db,
  id: string,
): Promise<{ regionCode: string | null } | undefined> {
  return db
    .selectFrom('enterprises')
    .select('region_code as regionCode')
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Every period of one enterprise in centres or institutions, with the owner's name, latest first;
 * `ownerScope` (a predicate on `m.owner_id`, undefined = all) keeps only the owners the reader may see.
 */
export async function listEnterpriseMembershipRows(
  db: Db,
  kind: MembershipKind,
  enterpriseId: string,
  ownerScope: ScopePredicate,
): Promise<(MembershipRow & { owner_name: string })[]> {
  return membershipsOf(db, kind)
    .innerJoin(
      sql<{ id: string; name: string }>`(SELECT id, name FROM ${sql.table(TABLES[kind].ownerTable)})`.as('o'),
      'o.id',
      'm.owner_id',
    )
    .select('o.name as owner_name')
    .where('m.enterprise_id', '=', enterpriseId)
    .$if(ownerScope !== undefined, (q) => q.where(ownerScope as NonNullable<ScopePredicate>))
    .orderBy('m.valid_from', 'desc')
    .orderBy('o.name')
    .orderBy('m.id')
    .execute();
}

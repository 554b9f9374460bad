import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { POOL_BOARD_ROLES } from '../pools/pools.constants.ts';
import { memberOn } from '../shared/periods.ts';

/** The institution's current member firms (archived firms left out), with whether each sits on the board. */
export async function currentMembers(
  db: Db,
  institutionId: string,
  day: string,
): Promise<{ enterpriseId: string; board: boolean }[]> {
  const rows = await db
    .selectFrom('institution_memberships as im')
    .innerJoin('enterprises as e', 'e.id', 'im.enterprise_id')
    .select([
      'im.enterprise_id as enterpriseId',
      sql<boolean>`bool_or(im.role IN (${sql.join([...POOL_BOARD_ROLES])}))`.as('board'),
    ])
    .where('im.institution_id', '=', institutionId)
    .where('e.archived_at', 'is', null)
    .where(memberOn(day, 'im'))
    .groupBy('im.enterprise_id')
    .execute();
  return rows;
}

/**
 * Of `enterpriseIds`, the firms active in the 12 months up to `day`: a recorded tie (either end) that
 * ran on some day of that window, or yearly figures for `day`'s year or the one before.
 */
export async function activeFirms(
  db: Db,
  enterpriseIds: readonly string[],
  day: string,
): Promise<Set<string>> {
  if (enterpriseIds.length === 0) return new Set();
  const ids = sql`${[...enterpriseIds]}::uuid[]`;
  const rows = await sql<{ id: string }>`
    SELECT e.id FROM unnest(${ids}) AS e(id)
    WHERE EXISTS (
        SELECT 1 FROM interactions i
        WHERE (i.from_enterprise_id = e.id OR i.to_enterprise_id = e.id) AND i.archived_at IS NULL
          AND i.start_date <= ${day}::date
          AND (i.end_date IS NULL OR i.end_date > ${day}::date - 365))
      OR EXISTS (
        SELECT 1 FROM enterprise_year_data y
        WHERE y.enterprise_id = e.id AND y.year >= extract(year FROM ${day}::date)::int - 1)`.execute(db);
  return new Set(rows.rows.map((r) => r.id));
}

/** The institution's challenges log counted: resolved, and everything else (open or being addressed). */
export async function challengeCounts(
  db: Db,
  institutionId: string,
): Promise<{ open: number; resolved: number }> {
  const row = await db
    .selectFrom('institution_challenges')
    .select([
      sql<number>`count(*) FILTER (WHERE status <> 'resolved')::int`.as('open'),
      sql<number>`count(*) FILTER (WHERE status = 'resolved')::int`.as('resolved'),
    ])
    .where('institution_id', '=', institutionId)
    .executeTakeFirstOrThrow();
  return row;
}

/** Pools the institution opened in the 12 months up to `day` and did not cancel. */
export async function poolsRunCount(db: Db, institutionId: string, day: string): Promise<number> {
  const row = await db
    .selectFrom('pools')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('institution_id', '=', institutionId)
    .where('status', '<>', 'cancelled')
    .where(sql<boolean>`created_at::date > ${day}::date - 365 AND created_at::date <= ${day}::date`)
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Conflict cases of the 3 years up to `day` the institution handled: it is a party on the `other` side
 * (how a mediating body is recorded), or a party of a case mediated by an association board.
 */
export async function casesHandledCount(db: Db, institutionId: string, day: string): Promise<number> {
  const row = await sql<{ n: number }>`
    SELECT count(DISTINCT c.id)::int AS n FROM conflict_cases c
    JOIN conflict_case_parties p ON p.case_id = c.id AND p.institution_id = ${institutionId}
    WHERE c.status <> 'cancelled' AND c.created_at::date > ${day}::date - 1095
      AND (p.side = 'other' OR c.mediator_role = 'association_board')`.execute(db);
  return row.rows[0]?.n ?? 0;
}

/** The centres the institution serves. */
export async function servedCenterIds(db: Db, institutionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('institution_centers')
    .select('center_id')
    .where('institution_id', '=', institutionId)
    .orderBy('center_id')
    .execute();
  return rows.map((r) => r.center_id);
}

import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { memberOn } from '../shared/periods.ts';
import { POOL_BOARD_ROLES } from './pools.constants.ts';

/** The institution's name and archive state, or undefined when it does not exist. */
export async function findInstitutionFacts(db: Db, id: string) {
  return db
    .selectFrom('institutions')
    .select(['name', sql<boolean>`archived_at IS NOT NULL`.as('archived')])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** True when the centre exists. */
export async function centerExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('centers').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** True when the enterprise exists. */
export async function enterpriseExists(db: Db, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('enterprises').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

/** True when the institution serves the centre. */
export async function institutionServes(db: Db, institutionId: string, centerId: string): Promise<boolean> {
  const row = await db
    .selectFrom('institution_centers')
    .select('institution_id')
    .where('institution_id', '=', institutionId)
    .where('center_id', '=', centerId)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when one of `enterpriseIds` is a member of the institution on `day` (with one of `roles`, if given). */
export async function isInstitutionMember(
  db: Db,
  institutionId: string,
  enterpriseIds: readonly string[],
  day: string,
  roles?: readonly string[],
): Promise<boolean> {
  if (enterpriseIds.length === 0) return false;
  let query = db
    .selectFrom('institution_memberships as im')
    .select('im.id')
    .where('im.institution_id', '=', institutionId)
    .where('im.enterprise_id', 'in', [...enterpriseIds])
    .where(memberOn(day, 'im'));
  if (roles) query = query.where('im.role', 'in', [...roles]);
  return (await query.executeTakeFirst()) !== undefined;
}

/** True when one of `enterpriseIds` sits on the institution's board on `day`. */
export function isInstitutionBoard(
  db: Db,
  institutionId: string,
  enterpriseIds: readonly string[],
  day: string,
): Promise<boolean> {
  return isInstitutionMember(db, institutionId, enterpriseIds, day, POOL_BOARD_ROLES);
}

/**
 * Pools (alias `p`) whose institution has one of `enterpriseIds` as a member on `day`: what an enterprise
 * user may read.
 */
export function memberPoolPredicate(enterpriseIds: readonly string[], day: string) {
  return sql<boolean>`p.institution_id IN (
    SELECT im.institution_id FROM institution_memberships im
    WHERE im.enterprise_id = ANY(${[...enterpriseIds]}::uuid[]) AND ${memberOn(day, 'im')})`;
}

/** Active accounts of enterprise users scoped to a current member of the institution. */
export async function memberUserIds(db: Db, institutionId: string, day: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_scopes as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('institution_memberships as im', (join) =>
      join.on(sql<boolean>`im.enterprise_id::text = s.ref`),
    )
    .select('u.id')
    .distinct()
    .where('s.kind', '=', 'enterprise')
    .where('u.role', '=', 'enterprise')
    .where('u.active', '=', true)
    .where('im.institution_id', '=', institutionId)
    .where(memberOn(day, 'im'))
    .execute();
  return rows.map((r) => r.id);
}

/** The people to tell about a pledger's pool: the enterprises' own users and whoever pledged for them. */
export async function pledgerUserIds(db: Db, poolId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    SELECT u.id FROM pool_pledges pp
      JOIN user_scopes s ON s.kind = 'enterprise' AND s.ref = pp.enterprise_id::text
      JOIN users u ON u.id = s.user_id AND u.active AND u.role = 'enterprise'
    WHERE pp.pool_id = ${poolId} AND pp.withdrawn_at IS NULL
    UNION
    SELECT pp.pledged_by FROM pool_pledges pp
    WHERE pp.pool_id = ${poolId} AND pp.withdrawn_at IS NULL AND pp.pledged_by IS NOT NULL`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** The institution's current member firms with names, only those in `restrictTo` when given. */
export async function currentMemberRows(
  db: Db,
  institutionId: string,
  day: string,
  restrictTo: readonly string[] | null,
): Promise<{ enterpriseId: string; enterpriseName: string }[]> {
  if (restrictTo && restrictTo.length === 0) return [];
  let query = db
    .selectFrom('institution_memberships as im')
    .innerJoin('enterprises as e', 'e.id', 'im.enterprise_id')
    .select(['e.id as enterpriseId', 'e.name as enterpriseName'])
    .distinct()
    .where('im.institution_id', '=', institutionId)
    .where('e.archived_at', 'is', null)
    .where(memberOn(day, 'im'));
  if (restrictTo) query = query.where('e.id', 'in', [...restrictTo]);
  return query.orderBy('e.name').execute();
}

import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
import type { RequestAwardsTable, RequestRatingsTable } from './requests.table.ts';

/** A rating as stored. */
export type RatingRow = Selectable<RequestRatingsTable>;
/** An award with the firm's name and its ratings. */
export type AwardRow = Selectable<RequestAwardsTable> & { enterprise_name: string; ratings: RatingRow[] };

function selectAwards(db: Db) {
  return db
    .selectFrom('request_awards as w')
    .innerJoin('enterprises as e', 'e.id', 'w.enterprise_id')
    .selectAll('w')
    .select([
      'e.name as enterprise_name',
      sql<
        RatingRow[]
      >`coalesce((SELECT json_agg(x ORDER BY x.rater_side) FROM request_ratings x WHERE x.award_id = w.id), '[]')`.as(
        'ratings',
      ),
    ]);
}

/** A request's awards (only `enterpriseIds`' when given), largest first. */
export function listAwardRows(
  db: Db,
  requestId: string,
  enterpriseIds?: readonly string[],
): Promise<AwardRow[]> {
  let query = selectAwards(db).where('w.request_id', '=', requestId);
  if (enterpriseIds) {
    if (enterpriseIds.length === 0) return Promise.resolve([]);
    query = query.where('w.enterprise_id', 'in', [...enterpriseIds]);
  }
  return query.orderBy('w.quantity', 'desc').orderBy('w.id').execute();
}

/** One award by id. */
export function findAwardRow(db: Db, id: string): Promise<AwardRow | undefined> {
  return selectAwards(db).where('w.id', '=', id).executeTakeFirst();
}

/** Locks one award for the transaction. */
export async function lockAwardRow(db: Db, id: string): Promise<AwardRow | undefined> {
  await db.selectFrom('request_awards').select('id').where('id', '=', id).forUpdate().execute();
  return findAwardRow(db, id);
}

/** Inserts the awards of a request. */
export async function insertAwards(db: Db, rows: Insertable<RequestAwardsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('request_awards').values(rows).execute();
}

/** Updates an award and moves it to its next version. */
export async function updateAwardRow(
  db: Db,
  id: string,
  values: Updateable<RequestAwardsTable>,
): Promise<void> {
  await db
    .updateTable('request_awards')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** Cancels every award of a request not yet delivered or failed. */
export async function cancelOpenAwards(db: Db, requestId: string): Promise<void> {
  await db
    .updateTable('request_awards')
    .set({ status: 'cancelled', ...nextVersion() })
    .where('request_id', '=', requestId)
    .where('status', 'in', ['awarded', 'in_production'])
    .execute();
}

/** Inserts a rating; false when this side already rated the award. */
export async function insertRating(db: Db, values: Insertable<RequestRatingsTable>): Promise<boolean> {
  const rows = await db
    .insertInto('request_ratings')
    .values(values)
    .onConflict((oc) => oc.columns(['award_id', 'rater_side']).doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

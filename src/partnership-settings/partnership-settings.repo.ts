import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { MatchingWeightsPatch } from '../matching/weights.ts';

/** What is stored of a centre's settings. */
export interface SettingsRow {
  request_review_required: boolean;
  weights: Record<string, unknown> | null;
  version: number | null;
}

/** The centre's review flag and stored weights; undefined when there is no such centre. */
export async function findSettings(db: Db, centerId: string, lock = false): Promise<SettingsRow | undefined> {
  const query = db
    .selectFrom('centers as c')
    .leftJoin('matching_weights as w', 'w.center_id', 'c.id')
    .select(['c.request_review_required', 'w.weights', 'w.version'])
    .where('c.id', '=', centerId);
  // Locking the centre row (always there) serialises writers even before a weights row exists.
  return (lock ? query.forUpdate('c') : query).executeTakeFirst();
}

/** Stores the review flag and the weights, moving the weights row to its next version. */
export async function writeSettings(
  db: Db,
  centerId: string,
  requestReviewRequired: boolean,
  weights: MatchingWeightsPatch,
): Promise<void> {
  await db
    .updateTable('centers')
    .set({ request_review_required: requestReviewRequired })
    .where('id', '=', centerId)
    .execute();
  await db
    .insertInto('matching_weights')
    .values({ center_id: centerId, weights: JSON.stringify(weights) })
    .onConflict((oc) =>
      oc.column('center_id').doUpdateSet({
        weights: JSON.stringify(weights),
        version: sql<number>`matching_weights.version + 1`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

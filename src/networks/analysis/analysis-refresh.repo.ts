import type { Db } from '../../db/database.ts';

/** True when the centre exists (archived or not): its analysis can be stored. */
export async function centerExists(db: Db, centerId: string): Promise<boolean> {
  const row = await db.selectFrom('centers').select('id').where('id', '=', centerId).executeTakeFirst();
  return row !== undefined;
}

import { sql } from 'kysely';
import type { ScopePredicate } from '../../auth/scope-sql.ts';
import { regionMatch } from '../../centers/centers.repo.ts';
import type { Db } from '../../db/database.ts';
import { existingIds } from '../../db/records.ts';

/** Which of `ids` are centres (archived ones included: the service says 404 for the others). */
export function existingCenterIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  return existingIds(db, 'centers', ids);
}

/** Live centres with a region at or below `region`, in name order, limited to `scope` (alias `c`). */
export async function liveCenterIdsInRegion(
  db: Db,
  region: string,
  scope: ScopePredicate,
): Promise<string[]> {
  const rows = await db
    .selectFrom('centers as c')
    .where('c.archived_at', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('center_regions as cr')
          .whereRef('cr.center_id', '=', 'c.id')
          .where(regionMatch('cr.region_code', region))
          .select(sql`1`.as('one')),
      ),
    )
    .$if(scope !== undefined, (q) => q.where(scope as NonNullable<typeof scope>))
    .select('c.id')
    .orderBy('c.name')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => r.id);
}

/** Name and region codes of the centres `ids`, for the comparison's rows. */
export async function centerHeads(db: Db, ids: readonly string[]) {
  const heads = new Map<string, { name: string; regionCodes: string[] }>();
  if (ids.length === 0) return heads;
  const rows = await db.selectFrom('centers').where('id', 'in', ids).select(['id', 'name']).execute();
  for (const r of rows) heads.set(r.id, { name: r.name, regionCodes: [] });
  const regions = await db
    .selectFrom('center_regions')
    .where('center_id', 'in', ids)
    .select(['center_id', 'region_code'])
    .orderBy('region_code')
    .execute();
  for (const r of regions) heads.get(r.center_id)?.regionCodes.push(r.region_code);
  return heads;
}

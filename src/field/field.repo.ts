import { sql } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { memberOn } from '../shared/periods.ts';

/** A centre the user may collect in, with its current member count. */
export interface CollectableCenterRow {
  id: string;
  name: string;
  member_count: number;
}

/** Centres within `scope` (a predicate on `c.id`), not archived, by name. */
export async function listCollectableCenters(
  db: Db,
  scope: ScopePredicate,
  today: string,
): Promise<CollectableCenterRow[]> {
  return db
    .selectFrom('centers as c')
    .select([
      'c.id',
      'c.name',
      sql<number>`(SELECT count(*)::int FROM center_memberships cm
        WHERE cm.center_id = c.id AND ${memberOn(today, 'cm')})`.as('member_count'),
    ])
    .where('c.archived_at', 'is', null)
    .$if(scope !== undefined, (q) => q.where(scope ?? sql<boolean>`true`))
    .orderBy('c.name')
    .execute();
}

/** The centre's header for a package, or undefined. */
export async function findPackageCenter(db: Db, id: string) {
  return db
    .selectFrom('centers as c')
    .select([
      'c.id',
      'c.name',
      'c.main_product',
      'c.commodity_group',
      'c.version',
      sql<string[]>`ARRAY(SELECT cr.region_code FROM center_regions cr WHERE cr.center_id = c.id
        ORDER BY cr.region_code)`.as('region_codes'),
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** Firms with a membership in `centerId` active on `today`, each once, by name. */
export async function listPackageMembers(db: Db, centerId: string, today: string) {
  return db
    .selectFrom('enterprises as e')
    .leftJoin('people as p', 'p.id', 'e.owner_person_id')
    .select([
      'e.id',
      'e.name',
      'p.full_name as owner',
      'e.region_code',
      'e.products',
      'e.version',
      sql<boolean>`e.pending_since IS NOT NULL`.as('pending'),
    ])
    .where('e.archived_at', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('center_memberships as cm')
          .select('cm.id')
          .whereRef('cm.enterprise_id', '=', 'e.id')
          .where('cm.center_id', '=', centerId)
          .where(memberOn(today, 'cm')),
      ),
    )
    .orderBy('e.name')
    .orderBy('e.id')
    .execute();
}

/** Names of the region codes `codes`. */
export async function listRegionNames(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', 'in', [...codes])
    .orderBy('code')
    .execute();
}

/** Institutions serving `centerId`, not archived, by name. */
export async function listServingInstitutions(db: Db, centerId: string) {
  return db
    .selectFrom('institutions as i')
    .innerJoin('institution_centers as ic', 'ic.institution_id', 'i.id')
    .select(['i.id', 'i.name', 'i.type'])
    .where('ic.center_id', '=', centerId)
    .where('i.archived_at', 'is', null)
    .orderBy('i.name')
    .execute();
}

/** The centre's active shared facilities, by name. */
export async function listActiveFacilities(db: Db, centerId: string) {
  return db
    .selectFrom('facilities')
    .select(['id', 'name', 'kind'])
    .where('center_id', '=', centerId)
    .where('status', '=', 'active')
    .orderBy('name')
    .execute();
}

/** True when `enterpriseId` has (or had) a membership in `centerId`. */
export async function isCenterMember(db: Db, centerId: string, enterpriseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('center_memberships')
    .select('id')
    .where('center_id', '=', centerId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The centre facility `facilityId` belongs to, or undefined. */
export async function findFacilityCenter(db: Db, facilityId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('facilities')
    .select('center_id')
    .where('id', '=', facilityId)
    .executeTakeFirst();
  return row?.center_id;
}

/** Stores a photo's metadata and bytes; returns its id. */
export async function insertPhoto(
  db: Db,
  values: {
    enterprise_id: string;
    caption: string | null;
    width: number;
    height: number;
    taken_at: string;
    created_by: string | null;
    content: Buffer;
  },
): Promise<string> {
  const { content, ...meta } = values;
  const { id } = await db
    .insertInto('enterprise_photos')
    .values({ ...meta, byte_size: content.length })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('enterprise_photo_files').values({ photo_id: id, content }).execute();
  return id;
}

import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/database-types.ts';
import { isUuid, nextVersion } from '../db/versioned.ts';
import { memberOn } from '../shared/periods.ts';

/** A facility row with the managing institution's name and its closed dates as text. */
const facilityColumns = (db: Db) =>
  db
    .selectFrom('facilities as f')
    .leftJoin('institutions as i', 'i.id', 'f.institution_id')
    .select([
      'f.id',
      'f.center_id',
      'f.kind',
      'f.name',
      'f.institution_id',
      'i.name as institution_name',
      'f.capacity',
      'f.capacity_unit',
      'f.open_weekdays',
      sql<string[]>`f.closed_dates::text[]`.as('closed_dates'),
      'f.funded_by',
      'f.built_year',
      'f.status',
      'f.notes',
      'f.version',
    ]);

export type FacilityRow = Awaited<ReturnType<typeof findFacilityRow>> & {};

/** One facility, or undefined. */
export async function findFacilityRow(db: Db, id: string) {
  return facilityColumns(db).where('f.id', '=', id).executeTakeFirst();
}

/** The facilities of the centres `centerIds` (active only unless `includeArchived`), by centre and name. */
export async function listFacilityRows(db: Db, centerIds: readonly string[], includeArchived: boolean) {
  if (centerIds.length === 0) return [];
  let query = facilityColumns(db).where('f.center_id', 'in', centerIds);
  if (!includeArchived) query = query.where('f.status', '=', 'active');
  return query.orderBy('f.center_id').orderBy('f.name').execute();
}

/** The active facilities institution `institutionId` manages, by name. */
export async function listManagedFacilityRows(db: Db, institutionId: string) {
  return facilityColumns(db)
    .where('f.institution_id', '=', institutionId)
    .where('f.status', '=', 'active')
    .orderBy('f.name')
    .execute();
}

/** Inserts a facility; returns its id. */
export async function insertFacility(db: Db, values: Insertable<Database['facilities']>): Promise<string> {
  const row = await db.insertInto('facilities').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Locks the facility for an update; its current version, or undefined when missing. */
export async function lockFacility(db: Db, id: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('facilities')
    .select('version')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row?.version;
}

/** Writes the changed columns and moves the facility to its next version. */
export async function updateFacilityRow(
  db: Db,
  id: string,
  values: Updateable<Database['facilities']>,
): Promise<void> {
  await db
    .updateTable('facilities')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/**
 * The days each facility of `facilityIds` was used from `from` to `to`: every day of a booking marked used
 * (cut to the period) and every walk-in day. One row per facility and day, duplicates removed.
 */
export async function usedDayRows(
  db: Db,
  facilityIds: readonly string[],
  from: string,
  to: string,
): Promise<{ facility_id: string; day: string }[]> {
  if (facilityIds.length === 0) return [];
  const ids = [...facilityIds];
  const { rows } = await sql<{ facility_id: string; day: string }>`
    SELECT b.facility_id, d::date::text AS day
      FROM facility_bookings b,
           generate_series(greatest(b.starts_on, ${from}::date), least(b.ends_on, ${to}::date), interval '1 day') d
     WHERE b.facility_id = ANY(${ids}::uuid[]) AND b.used AND b.cancelled_at IS NULL
       AND b.starts_on <= ${to}::date AND b.ends_on >= ${from}::date
    UNION
    SELECT w.facility_id, w.used_on::text AS day
      FROM facility_walk_ins w
     WHERE w.facility_id = ANY(${ids}::uuid[]) AND w.used_on BETWEEN ${from}::date AND ${to}::date`.execute(
    db,
  );
  return rows;
}

/** True when the institution serves the centre (a facility's manager must). */
export async function institutionServesCenter(
  db: Db,
  institutionId: string,
  centerId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('institution_centers')
    .select('institution_id')
    .where('institution_id', '=', institutionId)
    .where('center_id', '=', centerId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The centres among `centerIds` that exist. */
export async function existingCenterIds(db: Db, centerIds: readonly string[]): Promise<string[]> {
  // An id that is no UUID names no centre (and must not reach PostgreSQL's uuid parser).
  const ids = centerIds.filter(isUuid);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('centers').select('id').where('id', 'in', ids).execute();
  return rows.map((row) => row.id);
}

/** The centre of a facility, or undefined when the facility does not exist. */
export async function facilityCenterId(db: Db, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('facilities').select('center_id').where('id', '=', id).executeTakeFirst();
  return row?.center_id;
}

/** The centre's name, or undefined. */
export async function centerName(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('centers').select('name').where('id', '=', id).executeTakeFirst())?.name;
}

/** Centres (by `idColumn`) of which one of `enterpriseIds` is a member on `day`: a firm's view of facilities. */
export function memberCenterPredicate(idColumn: string, enterpriseIds: readonly string[], day: string) {
  return sql<boolean>`${sql.ref(idColumn)} IN (SELECT cm.center_id FROM center_memberships cm
    WHERE cm.enterprise_id = ANY(${[...enterpriseIds]}::uuid[]) AND ${memberOn(day, 'cm')})`;
}

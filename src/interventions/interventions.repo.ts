import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
import { memberOn } from '../shared/periods.ts';
import type { InterventionsTable } from './interventions.table.ts';

/** An intervention row with its centre's name. */
export type InterventionRow = Selectable<InterventionsTable> & { center_name: string };

/** A beneficiary link with the beneficiary's name. */
export interface BeneficiaryRow {
  intervention_id: string;
  id: string;
  name: string;
}

/** The writable columns of an intervention. */
export type InterventionValues = Omit<
  Insertable<InterventionsTable>,
  'id' | 'version' | 'created_at' | 'updated_at'
>;

const base = (db: Db) =>
  db
    .selectFrom('interventions as v')
    .innerJoin('centers as c', 'c.id', 'v.center_id')
    .selectAll('v')
    .select('c.name as center_name');

/** The interventions of `centerId`, newest start first. */
export async function listInterventionRows(db: Db, centerId: string): Promise<InterventionRow[]> {
  return base(db)
    .where('v.center_id', '=', centerId)
    .orderBy('v.start_date', 'desc')
    .orderBy('v.id')
    .execute();
}

/** One intervention, or undefined. */
export async function findInterventionRow(db: Db, id: string): Promise<InterventionRow | undefined> {
  return base(db).where('v.id', '=', id).executeTakeFirst();
}

/** The centre of intervention `id`, or undefined when there is none. */
export async function interventionCenterId(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('interventions')
    .select('center_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.center_id;
}

/** The named beneficiaries of `ids`, enterprises and institutions apart, by name. */
export async function listBeneficiaryRows(
  db: Db,
  ids: readonly string[],
): Promise<{ enterprises: BeneficiaryRow[]; institutions: BeneficiaryRow[] }> {
  if (ids.length === 0) return { enterprises: [], institutions: [] };
  const [enterprises, institutions] = await Promise.all([
    db
      .selectFrom('intervention_enterprises as l')
      .innerJoin('enterprises as e', 'e.id', 'l.enterprise_id')
      .select(['l.intervention_id', 'e.id', 'e.name'])
      .where('l.intervention_id', 'in', [...ids])
      .orderBy('e.name')
      .execute(),
    db
      .selectFrom('intervention_institutions as l')
      .innerJoin('institutions as n', 'n.id', 'l.institution_id')
      .select(['l.intervention_id', 'n.id', 'n.name'])
      .where('l.intervention_id', 'in', [...ids])
      .orderBy('n.name')
      .execute(),
  ]);
  return { enterprises, institutions };
}

/** Inserts an intervention; returns its id. */
export async function insertInterventionRow(db: Db, values: InterventionValues): Promise<string> {
  const row = await db.insertInto('interventions').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Locks intervention `id` for the transaction; its version and centre, or undefined. */
export async function lockInterventionRow(
  db: Db,
  id: string,
): Promise<{ version: number; center_id: string; start_date: string; end_date: string | null } | undefined> {
  return db
    .selectFrom('interventions')
    .select(['version', 'center_id', 'start_date', 'end_date'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Writes `values` to intervention `id` with the next version. */
export async function updateInterventionRow(
  db: Db,
  id: string,
  values: Partial<InterventionValues>,
): Promise<void> {
  await db
    .updateTable('interventions')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** Deletes intervention `id` (its beneficiary links go with it). */
export async function deleteInterventionRow(db: Db, id: string): Promise<boolean> {
  // The beneficiary links go first, in the same transaction, while the intervention still names its
  // centre: left to ON DELETE CASCADE, their audit rows would find no intervention and no region (0035).
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('intervention_enterprises').where('intervention_id', '=', id).execute();
    await trx.deleteFrom('intervention_institutions').where('intervention_id', '=', id).execute();
    const result = await trx.deleteFrom('interventions').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

/** Replaces the beneficiaries of intervention `id`. */
export async function replaceBeneficiaries(
  db: Db,
  id: string,
  enterpriseIds: readonly string[] | undefined,
  institutionIds: readonly string[] | undefined,
): Promise<void> {
  if (enterpriseIds) {
    await db.deleteFrom('intervention_enterprises').where('intervention_id', '=', id).execute();
    const unique = [...new Set(enterpriseIds)];
    if (unique.length > 0)
      await db
        .insertInto('intervention_enterprises')
        .values(unique.map((enterprise_id) => ({ intervention_id: id, enterprise_id })))
        .execute();
  }
  if (institutionIds) {
    await db.deleteFrom('intervention_institutions').where('intervention_id', '=', id).execute();
    const unique = [...new Set(institutionIds)];
    if (unique.length > 0)
      await db
        .insertInto('intervention_institutions')
        .values(unique.map((institution_id) => ({ intervention_id: id, institution_id })))
        .execute();
  }
}

/**
 * Of `enterpriseIds`, those that were a member of `centerId` neither on `from` nor on `to` (the
 * programme's first and last day), with
 * their names when they exist at all (the caller names a missing firm by its id).
 */
export async function enterprisesOutsideCenter(
  db: Db,
  centerId: string,
  enterpriseIds: readonly string[],
  from: string,
  to: string,
): Promise<{ id: string; name: string | null }[]> {
  if (enterpriseIds.length === 0) return [];
  const ids = [...new Set(enterpriseIds)];
  const rows = await sql<{ id: string; name: string | null }>`
    SELECT x.id::text AS id, e.name
    FROM unnest(${ids}::uuid[]) AS x(id)
    LEFT JOIN enterprises e ON e.id = x.id
    WHERE NOT EXISTS (
      SELECT 1 FROM center_memberships m WHERE m.center_id = ${centerId} AND m.enterprise_id = x.id
        AND (${memberOn(from, 'm')} OR ${memberOn(to, 'm')})
    )`.execute(db);
  return rows.rows;
}

/** Of `institutionIds`, those that do not serve `centerId`, with their names when they exist. */
export async function institutionsOutsideCenter(
  db: Db,
  centerId: string,
  institutionIds: readonly string[],
): Promise<{ id: string; name: string | null }[]> {
  if (institutionIds.length === 0) return [];
  const ids = [...new Set(institutionIds)];
  const rows = await sql<{ id: string; name: string | null }>`
    SELECT x.id::text AS id, n.name
    FROM unnest(${ids}::uuid[]) AS x(id)
    LEFT JOIN institutions n ON n.id = x.id
    WHERE NOT EXISTS (
      SELECT 1 FROM institution_centers ic WHERE ic.center_id = ${centerId} AND ic.institution_id = x.id
    )`.execute(db);
  return rows.rows;
}

import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** A sector or process row as the taxonomy lists it. */
export interface TaxonomyRow {
  code: string;
  sector_code: string;
  label_id: string;
  label_en: string;
  archived: boolean;
}

/** Every sector (as rows with `sector_code` = its own code), archived ones only when asked, in order. */
export async function listSectorRows(db: Db, includeArchived: boolean): Promise<TaxonomyRow[]> {
  let query = db
    .selectFrom('process_sectors')
    .select([
      'code',
      'code as sector_code',
      'label_id',
      'label_en',
      sql<boolean>`archived_at IS NOT NULL`.as('archived'),
    ]);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return query.orderBy('sort_order').orderBy('code').execute();
}

/** Every process (of `sectorCode` only, when given), archived ones only when asked, in order. */
export async function listProcessRows(
  db: Db,
  includeArchived: boolean,
  sectorCode?: string,
): Promise<TaxonomyRow[]> {
  let query = db
    .selectFrom('processes')
    .select([
      'code',
      'sector_code',
      'label_id',
      'label_en',
      sql<boolean>`archived_at IS NOT NULL`.as('archived'),
    ]);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  if (sectorCode !== undefined) query = query.where('sector_code', '=', sectorCode);
  return query.orderBy('sector_code').orderBy('sort_order').orderBy('code').execute();
}

/** One sector row, or undefined. */
export async function findSectorRow(db: Db, code: string): Promise<TaxonomyRow | undefined> {
  return db
    .selectFrom('process_sectors')
    .select([
      'code',
      'code as sector_code',
      'label_id',
      'label_en',
      sql<boolean>`archived_at IS NOT NULL`.as('archived'),
    ])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Inserts a sector after the others; false when its code is taken. */
export async function insertSectorRow(
  db: Db,
  code: string,
  labelId: string,
  labelEn: string,
): Promise<boolean> {
  const inserted = await db
    .insertInto('process_sectors')
    .values({
      code,
      label_id: labelId,
      label_en: labelEn,
      sort_order: sql<number>`(SELECT COALESCE(max(sort_order), 0) + 10 FROM process_sectors)`,
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Inserts a process after the sector's others; false when its code is taken. */
export async function insertProcessRow(
  db: Db,
  sectorCode: string,
  code: string,
  labelId: string,
  labelEn: string,
): Promise<boolean> {
  const inserted = await db
    .insertInto('processes')
    .values({
      code,
      sector_code: sectorCode,
      label_id: labelId,
      label_en: labelEn,
      sort_order: sql<number>`(SELECT COALESCE(max(sort_order), 0) + 10 FROM processes WHERE sector_code = ${sectorCode})`,
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Archives or restores a process; its sector's code, or undefined when the process is unknown. */
export async function setProcessArchived(
  db: Db,
  code: string,
  archived: boolean,
): Promise<string | undefined> {
  const row = await db
    .updateTable('processes')
    .set({
      archived_at: archived ? sql<Date>`COALESCE(archived_at, now())` : null,
      updated_at: sql<Date>`now()`,
    })
    .where('code', '=', code)
    .returning('sector_code')
    .executeTakeFirst();
  return row?.sector_code;
}

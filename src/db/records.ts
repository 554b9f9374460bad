import type { Insertable, Updateable } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './database-types.ts';
import { nextVersion } from './versioned.ts';

/** The registry's record tables: created, updated with a version, archived and restored alike. */
export type RecordTable = 'centers' | 'enterprises' | 'institutions' | 'people';

/** Inserts a record and returns its new id. */
export async function insertRecord<T extends RecordTable>(
  db: Db,
  table: T,
  values: Insertable<Database[T]>,
): Promise<string> {
  // Kysely cannot check a value against a table chosen by a type parameter; the signature above does.
  const row = await db
    .insertInto(table as RecordTable)
    .values(values as Insertable<Database[RecordTable]>)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates the given columns and moves the record to its next version; the caller has locked the row. */
export async function updateRecord<T extends RecordTable>(
  db: Db,
  table: T,
  id: string,
  values: Updateable<Database[T]>,
): Promise<void> {
  await db
    .updateTable(table as RecordTable)
    .set({ ...(values as Updateable<Database[RecordTable]>), ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** Link tables: a record's regions, served centres, figures or affiliations, replaced as a whole. */
type LinkTable = 'center_regions' | 'center_figures' | 'institution_centers' | 'person_affiliations';

/**
 * Replaces every row of `table` whose `ownerColumn` is `ownerId` with `rows` (each completed with the
 * owner), dropping exact duplicates.
 */
export async function replaceLinks<T extends LinkTable>(
  db: Db,
  table: T,
  ownerColumn: keyof Database[T] & string,
  ownerId: string,
  rows: readonly Omit<Insertable<Database[T]>, typeof ownerColumn>[],
): Promise<void> {
  await db
    .deleteFrom(table as LinkTable)
    .where(ownerColumn as 'center_id', '=', ownerId)
    .execute();
  const unique = [...new Map(rows.map((row) => [JSON.stringify(row), row])).values()];
  if (unique.length === 0) return;
  await db
    .insertInto(table as LinkTable)
    .values(unique.map((row) => ({ ...row, [ownerColumn]: ownerId }) as Insertable<Database[LinkTable]>))
    .execute();
}

/** Which of `ids` name a row of `table` (archived ones included). */
export async function existingIds(db: Db, table: RecordTable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.id));
}

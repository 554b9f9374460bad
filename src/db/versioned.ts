import { sql } from 'kysely';
import { errors } from '../shared/errors.ts';
import type { MessageKey } from '../shared/messages.ts';
import type { Db } from './database.ts';

/** Tables whose rows carry `version` for optimistic concurrency (all but `users` also `archived_at`). */
export type VersionedTable = 'centers' | 'enterprises' | 'institutions' | 'people' | 'users';

export interface VersionState {
  version: number;
  archived: boolean;
}

/**
 * Locks a row for the rest of the transaction and checks the version the client last saw:
 * 404 when the row is missing, 409 when someone else changed it since.
 */
export async function lockVersioned(
  trx: Db,
  table: VersionedTable,
  id: string,
  expectedVersion: number | undefined,
  entity: MessageKey,
): Promise<VersionState> {
  const archived = table === 'users' ? sql<boolean>`false` : sql<boolean>`archived_at IS NOT NULL`;
  const row = await trx
    .selectFrom(table)
    .select(['version', archived.as('archived')])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw errors.notFound(entity, id);
  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    throw errors.versionConflict(entity, expectedVersion, row.version);
  }
  return { version: row.version, archived: row.archived };
}

/** Columns every versioned update sets: the next version and the update time. */
export function nextVersion() {
  return { version: sql<number>`version + 1`, updated_at: sql<Date>`now()` };
}

/** True when `value` is a syntactically valid UUID (so a bad id is a 404, not a database error). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Tables whose rows can be archived (hidden from lists, kept whole). */
export type ArchivableTable = Exclude<VersionedTable, 'users'> | 'interactions';

/** Sets or clears `archived_at` and bumps the version; the caller has locked and checked the row. */
export async function setArchivedAt(
  db: Db,
  table: ArchivableTable,
  id: string,
  archived: boolean,
): Promise<void> {
  await db
    .updateTable(table)
    .set({ archived_at: archived ? sql<Date>`now()` : null, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

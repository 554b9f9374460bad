import type { Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ConflictCaseMovesTable } from './cases.table.ts';

/** Stores one status move (in the caller's transaction, the one that moved the case). */
export async function insertMove(db: Db, values: Insertable<ConflictCaseMovesTable>): Promise<void> {
  await db.insertInto('conflict_case_moves').values(values).execute();
}

/** The status moves of a case, oldest first, with the mover's display name (null for the system). */
export function moveRows(db: Db, caseId: string) {
  return db
    .selectFrom('conflict_case_moves as mv')
    .leftJoin('users as u', 'u.id', 'mv.moved_by')
    .select([
      'mv.id',
      'mv.from_status',
      'mv.to_status',
      'mv.moved_by_role',
      'mv.note',
      'mv.moved_at',
      'u.display_name',
    ])
    .where('mv.case_id', '=', caseId)
    .orderBy('mv.moved_at')
    .orderBy('mv.id')
    .execute();
}

import type { Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { InstitutionAssessmentsTable } from './assessment.table.ts';

/** The institution (archived or not), or undefined when there is none. */
export function findInstitutionForAssessment(db: Db, id: string) {
  return db.selectFrom('institutions').select('id').where('id', '=', id).executeTakeFirst();
}

const COLUMNS = [
  'id',
  'institution_id',
  'assessed_on',
  'assessed_by',
  'questionnaire_version',
  'answers',
  'breakdown',
] as const;

/** Stores one snapshot and returns it. */
export function insertAssessment(db: Db, row: Insertable<InstitutionAssessmentsTable>) {
  return db.insertInto('institution_assessments').values(row).returning(COLUMNS).executeTakeFirstOrThrow();
}

/** The institution's snapshots, newest first. */
export function listAssessmentRows(db: Db, institutionId: string) {
  return db
    .selectFrom('institution_assessments')
    .select(COLUMNS)
    .where('institution_id', '=', institutionId)
    .orderBy('assessed_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
}

/** Stores a snapshot under a known id unless it is there already (the demo loads twice without change). */
export async function insertAssessmentIfNew(
  db: Db,
  row: Insertable<InstitutionAssessmentsTable>,
): Promise<number> {
  const result = await db
    .insertInto('institution_assessments')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

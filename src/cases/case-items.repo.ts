import { type Insertable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type {
  ConflictCaseCommitmentsTable,
  ConflictCaseEvidenceTable,
  ConflictCaseNotesTable,
  ConflictCasePartiesTable,
  ConflictCaseSessionsTable,
} from './cases.table.ts';

/** Adds parties to a case. */
export async function insertParties(db: Db, rows: Insertable<ConflictCasePartiesTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('conflict_case_parties').values(rows).execute();
}

/** Links ties to a case (a tie already linked stays linked once). */
export async function linkTies(db: Db, caseId: string, interactionIds: readonly string[]): Promise<void> {
  if (interactionIds.length === 0) return;
  await db
    .insertInto('conflict_case_ties')
    .values(interactionIds.map((interaction_id) => ({ case_id: caseId, interaction_id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Adds an evidence item (and its file bytes, when uploaded); returns its id. */
export async function insertEvidence(
  db: Db,
  values: Insertable<ConflictCaseEvidenceTable>,
  bytes?: Buffer,
): Promise<string> {
  const { id } = await db
    .insertInto('conflict_case_evidence')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (bytes) await db.insertInto('conflict_case_files').values({ evidence_id: id, bytes }).execute();
  return id;
}

/** Records the verification of an evidence item of case `caseId`; false when there is no such item. */
export async function verifyEvidenceRow(
  db: Db,
  caseId: string,
  id: string,
  values: { verification: string; verification_note: string | null; verified_by: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('conflict_case_evidence')
    .set({ ...values, verified_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Adds a mediation session. */
export async function insertSession(db: Db, values: Insertable<ConflictCaseSessionsTable>): Promise<void> {
  await db.insertInto('conflict_case_sessions').values(values).execute();
}

/** Adds commitments; returns their ids in order. */
export async function insertCommitments(
  db: Db,
  rows: Insertable<ConflictCaseCommitmentsTable>[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('conflict_case_commitments').values(rows).returning('id').execute();
  return inserted.map((r) => r.id);
}

/** Marks a commitment of case `caseId` kept or missed; false when there is no such commitment. */
export async function markCommitmentRow(db: Db, caseId: string, id: string, state: string): Promise<boolean> {
  const result = await db
    .updateTable('conflict_case_commitments')
    .set({ state, marked_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Adds a note. */
export async function insertNote(db: Db, values: Insertable<ConflictCaseNotesTable>): Promise<void> {
  await db.insertInto('conflict_case_notes').values(values).execute();
}

/** The parties of a case with their names. */
export function partyRows(db: Db, caseId: string) {
  return db
    .selectFrom('conflict_case_parties as p')
    .leftJoin('enterprises as e', 'e.id', 'p.enterprise_id')
    .leftJoin('people as pe', 'pe.id', 'p.person_id')
    .leftJoin('institutions as i', 'i.id', 'p.institution_id')
    .select([
      'p.id',
      'p.side',
      'p.enterprise_id',
      'p.person_id',
      'p.institution_id',
      sql<string>`coalesce(e.name, pe.full_name, i.name, '')`.as('name'),
    ])
    .where('p.case_id', '=', caseId)
    .orderBy('p.id')
    .execute();
}

/** The linked ties of a case. */
export function tieRows(db: Db, caseId: string) {
  return db
    .selectFrom('conflict_case_ties as t')
    .innerJoin('interactions as i', 'i.id', 't.interaction_id')
    .select(['i.id', 'i.type', 'i.start_date', 'i.end_date', 'i.version'])
    .where('t.case_id', '=', caseId)
    .orderBy('i.start_date')
    .execute();
}

/** The evidence, sessions, commitments and notes of a case, oldest first. */
export async function caseItemRows(db: Db, caseId: string) {
  const [evidence, sessions, commitments, notes] = await Promise.all([
    db
      .selectFrom('conflict_case_evidence')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('conflict_case_sessions')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('held_on')
      .execute(),
    db
      .selectFrom('conflict_case_commitments')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('due_on')
      .execute(),
    db
      .selectFrom('conflict_case_notes')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute(),
  ]);
  return { evidence, sessions, commitments, notes };
}

/** How many notes the anonymous reporter has added to a case. */
export async function reporterNoteCount(db: Db, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('conflict_case_notes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .where('from_reporter', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ConsentScope, ResearchInformantsTable } from './research.table.ts';

/** The queries behind informants and their consents; `informants.service.ts` keeps the rules. */

/** An informant row. */
export type InformantRow = Selectable<ResearchInformantsTable>;

/** One consent scope of an informant. */
export type ConsentRow = {
  informant_id: string;
  scope: ConsentScope;
  granted_on: string;
  withdrawn_on: string | null;
  note: string | null;
};

/** The informants of a project or one informant, by pseudonym. */
export async function listInformantRows(
  db: Db,
  where: { projectId?: string; id?: string },
): Promise<InformantRow[]> {
  let q = db.selectFrom('research_informants').selectAll().orderBy('pseudonym');
  if (where.projectId) q = q.where('project_id', '=', where.projectId);
  if (where.id) q = q.where('id', '=', where.id);
  return q.execute();
}

/** The consents of informants `ids`, by scope. */
export async function listConsentRows(db: Db, ids: readonly string[]): Promise<ConsentRow[]> {
  return (await db
    .selectFrom('research_consents')
    .select(['informant_id', 'scope', 'granted_on', 'withdrawn_on', 'note'])
    .where('informant_id', 'in', [...ids])
    .orderBy('scope')
    .execute()) as ConsentRow[];
}

/** The consents of one informant. */
export async function consentRowsOf(db: Db, informantId: string): Promise<ConsentRow[]> {
  return (await db
    .selectFrom('research_consents')
    .select(['informant_id', 'scope', 'granted_on', 'withdrawn_on', 'note'])
    .where('informant_id', '=', informantId)
    .execute()) as ConsentRow[];
}

/** Whether a row `id` exists in `table`. */
export async function rowExists(
  db: Db,
  table: 'centers' | 'enterprises' | 'people',
  id: string,
): Promise<boolean> {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** The centres a project studies. */
export async function studiedCenterIds(db: Db, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('research_project_centers')
    .select('center_id')
    .where('project_id', '=', projectId)
    .execute();
  return rows.map((r) => r.center_id);
}

/** Whether a project already has an informant with this pseudonym. */
export async function pseudonymTaken(db: Db, projectId: string, pseudonym: string): Promise<boolean> {
  const row = await db
    .selectFrom('research_informants')
    .select('id')
    .where('project_id', '=', projectId)
    .where('pseudonym', '=', pseudonym)
    .executeTakeFirst();
  return row !== undefined;
}

/** Inserts an informant; returns its id. */
export async function insertInformantRow(
  db: Db,
  values: Omit<Insertable<ResearchInformantsTable>, 'id' | 'version' | 'created_at' | 'updated_at'>,
): Promise<string> {
  const { id } = await db
    .insertInto('research_informants')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Inserts consents. */
export async function insertConsentRows(
  db: Db,
  rows: readonly {
    informant_id: string;
    scope: ConsentScope;
    granted_on: string;
    note: string | null;
    recorded_by: string | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('research_consents')
    .values([...rows])
    .execute();
}

/** Locks an informant row for update; undefined when missing. */
export async function lockInformantRow(db: Db, id: string): Promise<InformantRow | undefined> {
  return db.selectFrom('research_informants').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Updates an informant's columns and bumps its version. */
export async function updateInformantRow(
  db: Db,
  id: string,
  values: Omit<Updateable<ResearchInformantsTable>, 'id' | 'version' | 'created_at' | 'updated_at'>,
): Promise<void> {
  await db
    .updateTable('research_informants')
    .set({ ...values, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Grants a consent scope, or grants it again after a withdrawal. */
export async function upsertConsentRow(
  db: Db,
  row: {
    informant_id: string;
    scope: ConsentScope;
    granted_on: string;
    note: string | null;
    recorded_by: string | null;
  },
): Promise<void> {
  await db
    .insertInto('research_consents')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['informant_id', 'scope']).doUpdateSet({
        granted_on: row.granted_on,
        withdrawn_on: null,
        note: row.note,
        recorded_by: row.recorded_by,
      }),
    )
    .execute();
}

/** Withdraws one consent scope on a date. */
export async function withdrawConsentRow(
  db: Db,
  informantId: string,
  scope: ConsentScope,
  withdrawnOn: string,
): Promise<void> {
  await db
    .updateTable('research_consents')
    .set({ withdrawn_on: withdrawnOn })
    .where('informant_id', '=', informantId)
    .where('scope', '=', scope)
    .execute();
}

/** Withdraws every standing consent of an informant on a date. */
export async function withdrawStandingConsentRows(
  db: Db,
  informantId: string,
  withdrawnOn: string,
): Promise<void> {
  await db
    .updateTable('research_consents')
    .set({ withdrawn_on: withdrawnOn })
    .where('informant_id', '=', informantId)
    .where('withdrawn_on', 'is', null)
    .execute();
}

/** An informant's project, withdrawal date and pseudonym, or undefined. */
export async function findInformantWithdrawal(db: Db, id: string) {
  return db
    .selectFrom('research_informants')
    .select(['project_id', 'withdrawn_on', 'pseudonym'])
    .where('id', '=', id)
    .executeTakeFirst();
}

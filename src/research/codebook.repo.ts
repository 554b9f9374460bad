import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ResearchCodesTable } from './research.table.ts';

/** The queries of a project's codes and frozen codebook versions; `codebook.service.ts` keeps the rules. */

/** A code as stored. */
export type CodeRow = {
  id: string;
  parent_id: string | null;
  key: string | null;
  name: string;
  gloss_en: string | null;
  definition: string | null;
  examples: string | null;
  color: string | null;
  is_codable: boolean;
  position: number;
  archived_at: Date | null;
  version: number;
};

const CODE_COLUMNS = [
  'id',
  'parent_id',
  'key',
  'name',
  'gloss_en',
  'definition',
  'examples',
  'color',
  'is_codable',
  'position',
  'archived_at',
  'version',
] as const;

/** The project's codes, by position then name. */
export async function listCodeRows(db: Db, projectId: string): Promise<CodeRow[]> {
  return db
    .selectFrom('research_codes')
    .select(CODE_COLUMNS)
    .where('project_id', '=', projectId)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

/** A code of the project, with its parent; undefined when the project has no such code. */
export async function findProjectCode(db: Db, projectId: string, codeId: string) {
  return db
    .selectFrom('research_codes')
    .select(['id', 'parent_id'])
    .where('id', '=', codeId)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
}

/** The parent of a code (undefined when the code does not exist). */
export async function findCodeParent(
  db: Db,
  codeId: string,
): Promise<{ parent_id: string | null } | undefined> {
  return db.selectFrom('research_codes').select('parent_id').where('id', '=', codeId).executeTakeFirst();
}

/** Inserts a code. */
export async function insertCode(db: Db, values: Insertable<ResearchCodesTable>): Promise<CodeRow> {
  return db.insertInto('research_codes').values(values).returning(CODE_COLUMNS).executeTakeFirstOrThrow();
}

/** Locks a code for an update; undefined when it does not exist. */
export async function lockCode(db: Db, codeId: string) {
  return db
    .selectFrom('research_codes')
    .select(['project_id', 'version', 'archived_at'])
    .where('id', '=', codeId)
    .forUpdate()
    .executeTakeFirst();
}

/** Writes the changed columns of a code (archived: now or never), bumping its version. */
export async function updateCodeRow(
  db: Db,
  codeId: string,
  changes: Omit<Updateable<ResearchCodesTable>, 'archived_at' | 'version' | 'updated_at'>,
  archived: boolean | undefined,
): Promise<CodeRow> {
  return db
    .updateTable('research_codes')
    .set({
      ...changes,
      ...(archived !== undefined ? { archived_at: archived ? sql`now()` : null } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', codeId)
    .returning(CODE_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Serialises codebook freezes of one project until the transaction ends. */
export async function lockCodebook(db: Db, projectId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`codebook:${projectId}`}))`.execute(db);
}

/** The number of the project's last codebook version (0 when none). */
export async function lastCodebookNumber(db: Db, projectId: string): Promise<number> {
  const last = await db
    .selectFrom('research_codebook_versions')
    .select(sql<number>`coalesce(max(number), 0)`.as('n'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return Number(last.n);
}

/** Stores a frozen codebook version. */
export async function insertCodebookVersion(
  db: Db,
  values: {
    projectId: string;
    number: number;
    note: string | null;
    snapshot: string;
    createdBy: string | null;
  },
) {
  return db
    .insertInto('research_codebook_versions')
    .values({
      project_id: values.projectId,
      number: values.number,
      note: values.note,
      snapshot: values.snapshot,
      created_by: values.createdBy,
    })
    .returning(['id', 'number', 'note', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** The project's codebook versions, newest first, with the number of codes each froze. */
export async function listCodebookVersionRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_codebook_versions')
    .select(['id', 'number', 'note', 'created_at', sql<number>`jsonb_array_length(snapshot)`.as('codes')])
    .where('project_id', '=', projectId)
    .orderBy('number', 'desc')
    .execute();
}

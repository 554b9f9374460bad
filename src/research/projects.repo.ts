import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import type { ProjectRole } from './research.table.ts';

/** The queries behind research projects and their members; `projects.service.ts` keeps the rules. */

/** A project row with its member count. */
export interface ProjectRow {
  id: string;
  name: string;
  description: string | null;
  version: number;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
  member_count: number;
}

/** Appends one entry to a project's event log. */
export async function insertResearchEvent(
  db: Db,
  projectId: string,
  userId: string | null,
  kind: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await db
    .insertInto('research_events')
    .values({ project_id: projectId, user_id: userId, kind, payload: JSON.stringify(payload) })
    .execute();
}

/** Which of `ids` are centres. */
export async function existingCenterIds(db: Db, ids: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('centers')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id);
}

/** Replaces the studied centres of a project. */
export async function replaceProjectCenters(
  db: Db,
  projectId: string,
  centerIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('research_project_centers').where('project_id', '=', projectId).execute();
  if (centerIds.length > 0)
    await db
      .insertInto('research_project_centers')
      .values(centerIds.map((center_id) => ({ project_id: projectId, center_id })))
      .execute();
}

/** Inserts a project; returns its id. */
export async function insertProjectRow(
  db: Db,
  values: { name: string; description: string | null; created_by: string | null },
): Promise<string> {
  const { id } = await db
    .insertInto('research_projects')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Inserts a member with a role. */
export async function insertMemberRow(
  db: Db,
  projectId: string,
  userId: string,
  role: ProjectRole,
): Promise<void> {
  await db
    .insertInto('research_project_members')
    .values({ project_id: projectId, user_id: userId, role })
    .execute();
}

/** The projects `ids` with their member counts, newest first. */
export async function listProjectRows(db: Db, ids: readonly string[]): Promise<ProjectRow[]> {
  return db
    .selectFrom('research_projects as p')
    .select([
      'p.id',
      'p.name',
      'p.description',
      'p.version',
      'p.archived_at',
      'p.created_at',
      'p.updated_at',
      sql<number>`(SELECT count(*)::int FROM research_project_members m WHERE m.project_id = p.id)`.as(
        'member_count',
      ),
    ])
    .where('p.id', 'in', [...ids])
    .orderBy('p.created_at', 'desc')
    .execute();
}

/** The studied centres of projects `ids`, by name. */
export async function listProjectCenterRows(db: Db, ids: readonly string[]) {
  return db
    .selectFrom('research_project_centers as pc')
    .innerJoin('centers as c', 'c.id', 'pc.center_id')
    .select(['pc.project_id', 'c.id', 'c.name'])
    .where('pc.project_id', 'in', [...ids])
    .orderBy('c.name')
    .execute();
}

/** The roles of user `userId` in projects `ids`. */
export async function listRoleRows(db: Db, userId: string, ids: readonly string[]) {
  return db
    .selectFrom('research_project_members')
    .select(['project_id', 'role'])
    .where('user_id', '=', userId)
    .where('project_id', 'in', [...ids])
    .execute();
}

/** The ids of projects, narrowed by `scope` (when given) and to unarchived ones unless `archived`. */
export async function listProjectIds(
  db: Db,
  scope: RawBuilder<boolean> | null,
  archived: boolean,
): Promise<string[]> {
  let q = db.selectFrom('research_projects as p').select('p.id');
  if (scope) q = q.where(scope);
  if (!archived) q = q.where('p.archived_at', 'is', null);
  return (await q.execute()).map((r) => r.id);
}

/** The members of a project with their names, earliest first. */
export async function listMemberRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_project_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.display_name', 'm.role', 'm.added_at'])
    .where('m.project_id', '=', projectId)
    .orderBy('m.added_at')
    .execute();
}

/** Active researcher and admin accounts that are not members of the project, by name. */
export async function listMemberCandidateRows(db: Db, projectId: string) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.display_name', 'u.email'])
    .where('u.role', 'in', ['researcher', 'admin'])
    .where('u.active', '=', true)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('research_project_members as m')
            .select('m.user_id')
            .whereRef('m.user_id', '=', 'u.id')
            .where('m.project_id', '=', projectId),
        ),
      ),
    )
    .orderBy('u.display_name')
    .orderBy('u.email')
    .execute();
}

/** Locks a project row for update; undefined when missing. */
export async function lockProjectRow(db: Db, id: string) {
  return db
    .selectFrom('research_projects')
    .select(['version', 'archived_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Updates a project's columns and bumps its version. */
export async function updateProjectRow(
  db: Db,
  id: string,
  values: { name?: string; description?: string | null; archived_at?: 'now' | null },
): Promise<void> {
  const { archived_at, ...rest } = values;
  await db
    .updateTable('research_projects')
    .set({
      ...rest,
      ...(archived_at !== undefined && { archived_at: archived_at === 'now' ? sql<Date>`now()` : null }),
      version: sql<number>`version + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** How many leads a project has besides `except`. */
export async function countOtherLeads(db: Db, projectId: string, except: string): Promise<number> {
  const row = await db
    .selectFrom('research_project_members')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('project_id', '=', projectId)
    .where('role', '=', 'lead')
    .where('user_id', '!=', except)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The account role of a user, or undefined. */
export async function findUserRole(db: Db, userId: string) {
  return db.selectFrom('users').select(['role']).where('id', '=', userId).executeTakeFirst();
}

/** Adds a member or changes their role. */
export async function upsertMemberRow(
  db: Db,
  projectId: string,
  userId: string,
  role: ProjectRole,
): Promise<void> {
  await db
    .insertInto('research_project_members')
    .values({ project_id: projectId, user_id: userId, role })
    .onConflict((oc) => oc.columns(['project_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

/** A member's role, or undefined. */
export async function findMemberRow(db: Db, projectId: string, userId: string) {
  return db
    .selectFrom('research_project_members')
    .select('role')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Removes a member. */
export async function deleteMemberRow(db: Db, projectId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('research_project_members')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .execute();
}

/** Whether a research project exists (false for an id that is no uuid, without asking the database). */
export async function projectExists(db: Db, projectId: string): Promise<boolean> {
  if (!isUuid(projectId)) return false;
  const row = await db
    .selectFrom('research_projects')
    .select('id')
    .where('id', '=', projectId)
    .executeTakeFirst();
  return row !== undefined;
}

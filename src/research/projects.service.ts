import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { seedCodebook } from './codebook-seed.ts';
import type { Project, ProjectCreate, ProjectDetail, ProjectUpdate } from './projects.schema.ts';
import { isAdminActor, projectScope } from './research.policy.ts';
import type { ProjectRole } from './research.table.ts';

/** Research projects and their members (issue #21 point 1). */

const LAST_LEAD = {
  id: 'Proyek harus tetap mempunyai setidaknya satu ketua peneliti.',
  en: 'A project must keep at least one lead.',
};
const NOT_RESEARCHER = {
  id: 'Hanya akun peneliti atau admin yang dapat menjadi anggota proyek.',
  en: 'Only researcher or admin accounts can be project members.',
};

/** The id of the user behind an actor (null for the system). */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

/** Appends to the project's event log (who did what; never transcript text). */
export async function logResearchEvent(
  db: Db,
  projectId: string,
  actor: Actor | null,
  kind: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await db
    .insertInto('research_events')
    .values({
      project_id: projectId,
      user_id: actor ? actorUserId(actor) : null,
      kind,
      payload: JSON.stringify(payload),
    })
    .execute();
}

async function assertCentersExist(db: Db, centerIds: readonly string[]): Promise<void> {
  if (centerIds.length === 0) return;
  const found = await db
    .selectFrom('centers')
    .select('id')
    .where('id', 'in', [...centerIds])
    .execute();
  const known = new Set(found.map((r) => r.id));
  const missing = centerIds.find((id) => !known.has(id));
  if (missing) throw errors.referenceMissing('centerIds', missing);
}

async function setCenters(db: Db, projectId: string, centerIds: readonly string[]): Promise<void> {
  await db.deleteFrom('research_project_centers').where('project_id', '=', projectId).execute();
  const unique = [...new Set(centerIds)];
  if (unique.length > 0)
    await db
      .insertInto('research_project_centers')
      .values(unique.map((center_id) => ({ project_id: projectId, center_id })))
      .execute();
}

/**
 * Creates a project; its creator becomes its lead. At merge, research-coding21's `seedCodebook(trx, id)`
 * is called here so every project starts with the study's codebook.
 */
export async function createProject(db: Db, actor: Actor, input: ProjectCreate): Promise<ProjectDetail> {
  const id = await db.transaction().execute(async (trx) => {
    await assertCentersExist(trx, input.centerIds);
    const { id } = await trx
      .insertInto('research_projects')
      .values({ name: input.name, description: input.description ?? null, created_by: actorUserId(actor) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await setCenters(trx, id, input.centerIds);
    const userId = actorUserId(actor);
    if (userId)
      await trx
        .insertInto('research_project_members')
        .values({ project_id: id, user_id: userId, role: 'lead' })
        .execute();
    await logResearchEvent(trx, id, actor, 'project_created', { name: input.name });
    // Every project starts from the study's three findings and their sub-codes (DOMAIN.md).
    await seedCodebook(trx, id);
    return id;
  });
  return getProject(db, actor, id);
}

async function projectRows(db: Db, ids: readonly string[], actor: Actor): Promise<Project[]> {
  if (ids.length === 0) return [];
  const rows = await db
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
  const centers = await db
    .selectFrom('research_project_centers as pc')
    .innerJoin('centers as c', 'c.id', 'pc.center_id')
    .select(['pc.project_id', 'c.id', 'c.name'])
    .where('pc.project_id', 'in', [...ids])
    .orderBy('c.name')
    .execute();
  const roles =
    actor.kind === 'user'
      ? await db
          .selectFrom('research_project_members')
          .select(['project_id', 'role'])
          .where('user_id', '=', actor.userId)
          .where('project_id', 'in', [...ids])
          .execute()
      : [];
  const roleOf = new Map(roles.map((r) => [r.project_id, r.role as ProjectRole]));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    centers: centers.filter((c) => c.project_id === row.id).map((c) => ({ id: c.id, name: c.name })),
    myRole: actor.kind === 'system' ? 'lead' : (roleOf.get(row.id) ?? null),
    memberCount: row.member_count,
    archived: row.archived_at !== null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }));
}

/** The projects the actor reaches: their own (narrowed by the account's `projects` scope); every one for the admin. */
export async function listProjects(
  db: Db,
  actor: Actor,
  query: { archived: boolean },
): Promise<{ items: Project[] }> {
  let q = db.selectFrom('research_projects as p').select('p.id');
  if (!isAdminActor(actor)) q = q.where(projectScope(actor, 'p.id'));
  if (!query.archived) q = q.where('p.archived_at', 'is', null);
  const ids = (await q.execute()).map((r) => r.id);
  return { items: await projectRows(db, ids, actor) };
}

/** One project with its members; 404 when it does not exist. */
export async function getProject(db: Db, actor: Actor, id: string): Promise<ProjectDetail> {
  if (!isUuid(id)) throw errors.notFound('researchProject', id);
  const [project] = await projectRows(db, [id], actor);
  if (!project) throw errors.notFound('researchProject', id);
  const members = await db
    .selectFrom('research_project_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.display_name', 'm.role', 'm.added_at'])
    .where('m.project_id', '=', id)
    .orderBy('m.added_at')
    .execute();
  return {
    ...project,
    members: members.map((m) => ({
      userId: m.user_id,
      displayName: m.display_name,
      role: m.role,
      addedAt: m.added_at.toISOString(),
    })),
  };
}

async function lockProject(trx: Db, id: string, version: number | undefined) {
  if (!isUuid(id)) throw errors.notFound('researchProject', id);
  const row = await trx
    .selectFrom('research_projects')
    .select(['version', 'archived_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw errors.notFound('researchProject', id);
  if (version !== undefined && row.version !== version)
    throw errors.versionConflict('researchProject', version, row.version);
  return row;
}

/** Edits name, description and studied centres (lead). */
export async function updateProject(
  db: Db,
  actor: Actor,
  id: string,
  input: ProjectUpdate,
): Promise<ProjectDetail> {
  await db.transaction().execute(async (trx) => {
    await lockProject(trx, id, input.version);
    if (input.centerIds) {
      await assertCentersExist(trx, input.centerIds);
      await setCenters(trx, id, input.centerIds);
    }
    await trx
      .updateTable('research_projects')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.description !== undefined && { description: input.description }),
        version: sql<number>`version + 1`,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
  });
  return getProject(db, actor, id);
}

/** Archives (or restores) a project: hidden from lists, kept whole. */
export async function archiveProject(
  db: Db,
  actor: Actor,
  id: string,
  archived: boolean,
  version: number | undefined,
): Promise<ProjectDetail> {
  await db.transaction().execute(async (trx) => {
    await lockProject(trx, id, version);
    await trx
      .updateTable('research_projects')
      .set({
        archived_at: archived ? sql<Date>`now()` : null,
        version: sql<number>`version + 1`,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
    await logResearchEvent(trx, id, actor, archived ? 'project_archived' : 'project_restored', {});
  });
  return getProject(db, actor, id);
}

async function leadCount(trx: Db, projectId: string, except: string): Promise<number> {
  const row = await trx
    .selectFrom('research_project_members')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('project_id', '=', projectId)
    .where('role', '=', 'lead')
    .where('user_id', '!=', except)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Adds a member or changes their role; the last lead cannot be demoted. */
export async function putMember(
  db: Db,
  actor: Actor,
  projectId: string,
  input: { userId: string; role: ProjectRole },
): Promise<ProjectDetail> {
  await db.transaction().execute(async (trx) => {
    await lockProject(trx, projectId, undefined);
    const user = await trx
      .selectFrom('users')
      .select(['role'])
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (!user) throw errors.referenceMissing('userId', input.userId);
    if (user.role !== 'researcher' && user.role !== 'admin')
      throw errors.unprocessable(tr(NOT_RESEARCHER), [{ path: 'userId', message: tr(NOT_RESEARCHER) }]);
    if (input.role !== 'lead' && (await leadCount(trx, projectId, input.userId)) === 0)
      throw errors.unprocessable(tr(LAST_LEAD), [{ path: 'role', message: tr(LAST_LEAD) }]);
    await trx
      .insertInto('research_project_members')
      .values({ project_id: projectId, user_id: input.userId, role: input.role })
      .onConflict((oc) => oc.columns(['project_id', 'user_id']).doUpdateSet({ role: input.role }))
      .execute();
    await logResearchEvent(trx, projectId, actor, 'member_set', { userId: input.userId, role: input.role });
  });
  return getProject(db, actor, projectId);
}

/** Removes a member; the last lead cannot leave. */
export async function removeMember(
  db: Db,
  actor: Actor,
  projectId: string,
  userId: string,
): Promise<ProjectDetail> {
  await db.transaction().execute(async (trx) => {
    await lockProject(trx, projectId, undefined);
    if (!isUuid(userId)) throw errors.notFound('researchMember', userId);
    const member = await trx
      .selectFrom('research_project_members')
      .select('role')
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!member) throw errors.notFound('researchMember', userId);
    if ((await leadCount(trx, projectId, userId)) === 0)
      throw errors.unprocessable(tr(LAST_LEAD), [{ path: 'userId', message: tr(LAST_LEAD) }]);
    await trx
      .deleteFrom('research_project_members')
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .execute();
    await logResearchEvent(trx, projectId, actor, 'member_removed', { userId });
  });
  return getProject(db, actor, projectId);
}

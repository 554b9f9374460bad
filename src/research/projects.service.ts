import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { seedCodebook } from './codebook-seed.ts';
import {
  countOtherLeads,
  deleteMemberRow,
  existingCenterIds,
  findMemberRow,
  findUserRole,
  insertMemberRow,
  insertProjectRow,
  insertResearchEvent,
  listMemberCandidateRows,
  listMemberRows,
  listProjectCenterRows,
  listProjectIds,
  listProjectRows,
  listRoleRows,
  lockProjectRow,
  projectExists,
  replaceProjectCenters,
  updateProjectRow,
  upsertMemberRow,
} from './projects.repo.ts';
import type { Project, ProjectCreate, ProjectDetail, ProjectUpdate } from './projects.schema.ts';
import { isAdminActor, projectScope } from './research.policy.ts';
import type { ProjectRole } from './research.table.ts';
import { seedInstruments } from './scales/scales-seed.ts';

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
  await insertResearchEvent(db, projectId, actor ? actorUserId(actor) : null, kind, payload);
}

async function assertCentersExist(db: Db, centerIds: readonly string[]): Promise<void> {
  if (centerIds.length === 0) return;
  const known = new Set(await existingCenterIds(db, centerIds));
  const missing = centerIds.find((id) => !known.has(id));
  if (missing) throw errors.referenceMissing('centerIds', missing);
}

async function setCenters(db: Db, projectId: string, centerIds: readonly string[]): Promise<void> {
  await replaceProjectCenters(db, projectId, [...new Set(centerIds)]);
}

/**
 * Creates a project; its creator becomes its lead. At merge, research-coding21's `seedCodebook(trx, id)`
 * is called here so every project starts with the study's codebook.
 */
export async function createProject(db: Db, actor: Actor, input: ProjectCreate): Promise<ProjectDetail> {
  const id = await db.transaction().execute(async (trx) => {
    await assertCentersExist(trx, input.centerIds);
    const id = await insertProjectRow(trx, {
      name: input.name,
      description: input.description ?? null,
      created_by: actorUserId(actor),
    });
    await setCenters(trx, id, input.centerIds);
    const userId = actorUserId(actor);
    if (userId) await insertMemberRow(trx, id, userId, 'lead');
    await logResearchEvent(trx, id, actor, 'project_created', { name: input.name });
    // Every project starts from the study's three findings and their sub-codes (DOMAIN.md).
    await seedCodebook(trx, id);
    // …and from the four survey scales of DOMAIN.md §7.4 (version 1 of each).
    await seedInstruments(trx, id);
    return id;
  });
  return getProject(db, actor, id);
}

async function projectRows(db: Db, ids: readonly string[], actor: Actor): Promise<Project[]> {
  if (ids.length === 0) return [];
  const rows = await listProjectRows(db, ids);
  const centers = await listProjectCenterRows(db, ids);
  const roles = actor.kind === 'user' ? await listRoleRows(db, actor.userId, ids) : [];
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
  const scope = isAdminActor(actor) ? null : projectScope(actor, 'p.id');
  const ids = await listProjectIds(db, scope, query.archived);
  return { items: await projectRows(db, ids, actor) };
}

/** One project with its members; 404 when it does not exist. */
export async function getProject(db: Db, actor: Actor, id: string): Promise<ProjectDetail> {
  if (!isUuid(id)) throw errors.notFound('researchProject', id);
  const [project] = await projectRows(db, [id], actor);
  if (!project) throw errors.notFound('researchProject', id);
  const members = await listMemberRows(db, id);
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

/** The accounts a lead may add to the project (researchers and admins not yet members); 404 for no project. */
export async function listMemberCandidates(
  db: Db,
  projectId: string,
): Promise<{ items: { userId: string; displayName: string; email: string }[] }> {
  if (!(await projectExists(db, projectId))) throw errors.notFound('researchProject', projectId);
  const rows = await listMemberCandidateRows(db, projectId);
  return { items: rows.map((r) => ({ userId: r.id, displayName: r.display_name, email: r.email })) };
}

async function lockProject(trx: Db, id: string, version: number | undefined) {
  if (!isUuid(id)) throw errors.notFound('researchProject', id);
  const row = await lockProjectRow(trx, id);
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
    await updateProjectRow(trx, id, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.description !== undefined && { description: input.description }),
    });
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
    await updateProjectRow(trx, id, { archived_at: archived ? 'now' : null });
    await logResearchEvent(trx, id, actor, archived ? 'project_archived' : 'project_restored', {});
  });
  return getProject(db, actor, id);
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
    const user = await findUserRole(trx, input.userId);
    if (!user) throw errors.referenceMissing('userId', input.userId);
    if (user.role !== 'researcher' && user.role !== 'admin')
      throw errors.unprocessable(tr(NOT_RESEARCHER), [{ path: 'userId', message: tr(NOT_RESEARCHER) }]);
    if (input.role !== 'lead' && (await countOtherLeads(trx, projectId, input.userId)) === 0)
      throw errors.unprocessable(tr(LAST_LEAD), [{ path: 'role', message: tr(LAST_LEAD) }]);
    await upsertMemberRow(trx, projectId, input.userId, input.role);
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
    const member = await findMemberRow(trx, projectId, userId);
    if (!member) throw errors.notFound('researchMember', userId);
    if ((await countOtherLeads(trx, projectId, userId)) === 0)
      throw errors.unprocessable(tr(LAST_LEAD), [{ path: 'userId', message: tr(LAST_LEAD) }]);
    await deleteMemberRow(trx, projectId, userId);
    await logResearchEvent(trx, projectId, actor, 'member_removed', { userId });
  });
  return getProject(db, actor, projectId);
}

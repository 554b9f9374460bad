import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { assertInScope, readBy, writeBy } from '../auth/policy.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import type { ProjectRole } from './research.table.ts';

/**
 * Field research is done by researchers, and by the admin who runs the installation; a project's content
 * (informants, documents, codings, evidence) is read only by its **members**, whatever their account role:
 * informant identities never leave the project. Within a project the member's role decides: readers read,
 * coders also code, leads also manage members, informants, documents and rounds.
 *
 * The account's `projects` scope narrows further: a researcher whose account names projects reaches only
 * those (and only if a member); an empty `projects` scope means "the projects I am a member of". The admin
 * lists every project and manages members (so a project whose lead left can be handed on), but reads content
 * only as a member, like anyone.
 */
export const researchPolicy = {
  /** List the projects one belongs to; create one (the creator becomes its lead). */
  projects: readBy('admin', 'researcher'),
  createProject: writeBy('admin', 'researcher'),
  /** Read a project's content (membership checked per project). */
  read: readBy('admin', 'researcher'),
  /** Code, memo, link evidence (coder or lead in the project). */
  code: writeBy('admin', 'researcher'),
  /** Manage the project (lead; the admin for members only). */
  lead: writeBy('admin', 'researcher'),
};

const RANK: Record<ProjectRole, number> = { reader: 1, coder: 2, lead: 3 };

/** Projects (by id column) the actor reaches: member, and named by the account's `projects` scope if it names any. */
export function projectScope(actor: Actor, idColumn: string): RawBuilder<boolean> {
  if (actor.kind === 'system') return sql<boolean>`true`;
  if (actor.kind !== 'user') return sql<boolean>`false`;
  const id = sql.ref(idColumn);
  const member = sql<boolean>`${id} IN (SELECT m.project_id FROM research_project_members m WHERE m.user_id = ${actor.userId}::uuid)`;
  const named = actor.scopes.projects.filter(isUuid);
  if (actor.scopes.projects.length === 0) return member;
  return sql<boolean>`(${member} AND ${id} = ANY(${named}::uuid[]))`;
}

/**
 * The actor's role in project `projectId`, or null when they are not a member or their account's scope
 * leaves the project out. The system (demo loading, jobs) acts as a lead.
 */
export async function projectRoleOf(db: Db, actor: Actor, projectId: string): Promise<ProjectRole | null> {
  if (actor.kind === 'system') return 'lead';
  if (actor.kind !== 'user' || !isUuid(projectId)) return null;
  const named = actor.scopes.projects;
  if (named.length > 0 && !named.includes(projectId)) return null;
  const row = await db
    .selectFrom('research_project_members')
    .select('role')
    .where('project_id', '=', projectId)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

/**
 * 403 unless the actor holds at least `least` in project `projectId`. A project that does not exist (or a
 * malformed id) passes, so the service answers 404 as it would for anyone.
 */
export async function assertProjectRole(
  db: Db,
  actor: Actor,
  projectId: string,
  least: ProjectRole,
): Promise<void> {
  if (!isUuid(projectId)) return;
  const exists = await db
    .selectFrom('research_projects')
    .select('id')
    .where('id', '=', projectId)
    .executeTakeFirst();
  if (!exists) return;
  const role = await projectRoleOf(db, actor, projectId);
  assertInScope(role !== null && RANK[role] >= RANK[least]);
}

/** True when `role` is at least `least`. */
export function roleReaches(role: ProjectRole | null, least: ProjectRole): boolean {
  return role !== null && RANK[role] >= RANK[least];
}

// --- research-core21: the record rules of projects, informants and documents -------------------------

/** True when the actor runs the installation (lists every project, manages any project's members). */
export function isAdminActor(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin');
}

/**
 * 403 unless the actor may manage `projectId`'s members: its lead, or the admin (who hands on a project
 * whose lead left). A missing project passes for the 404.
 */
export async function assertMayManageMembers(db: Db, actor: Actor, projectId: string): Promise<void> {
  if (isAdminActor(actor)) return;
  await assertProjectRole(db, actor, projectId, 'lead');
}

/**
 * 403 unless the actor may read the project's card (name, centres, members): a member, or the admin.
 * Its content (informants, documents) is for members only: `assertProjectRole`.
 */
export async function assertMayReadProjectCard(db: Db, actor: Actor, projectId: string): Promise<void> {
  if (isAdminActor(actor)) return;
  await assertProjectRole(db, actor, projectId, 'reader');
}

/** The project of an informant or document (null when it does not exist, for the 404). */
async function projectOfRecord(
  db: Db,
  table: 'research_informants' | 'research_documents',
  id: string,
): Promise<string | null> {
  if (!isUuid(id)) return null;
  const row = await db.selectFrom(table).select('project_id').where('id', '=', id).executeTakeFirst();
  return row?.project_id ?? null;
}

/** 403 unless the actor holds `least` in the informant's project (a missing informant passes for the 404). */
export async function assertInformantRole(
  db: Db,
  actor: Actor,
  informantId: string,
  least: ProjectRole,
): Promise<void> {
  const projectId = await projectOfRecord(db, 'research_informants', informantId);
  if (projectId) await assertProjectRole(db, actor, projectId, least);
}

/** 403 unless the actor holds `least` in the document's project (a missing document passes for the 404). */
export async function assertDocumentRole(
  db: Db,
  actor: Actor,
  documentId: string,
  least: ProjectRole,
): Promise<void> {
  const projectId = await projectOfRecord(db, 'research_documents', documentId);
  if (projectId) await assertProjectRole(db, actor, projectId, least);
}

/** True when informants' registry links must be withheld from the actor (researchers without personal-data access). */
export function hidesInformantLinks(actor: Actor): boolean {
  return seesPseudonyms(actor);
}

// --- exchange21: QDPX/QDC exchange and attachments -------------------------------------------------

/**
 * 403 unless the actor may take a copy of the project out of Simpul as QDPX: a coder or the lead (readers
 * read in Simpul, but a copy outside escapes later withdrawals, so only those who analyse may take one).
 * With `identities` (real firm names and coders' names instead of pseudonyms) the lead only, and only an
 * account that sees personal data; anyone else is refused, never silently given the pseudonymised file.
 */
export async function assertMayExportProject(
  db: Db,
  actor: Actor,
  projectId: string,
  identities: boolean,
): Promise<void> {
  await assertProjectRole(db, actor, projectId, identities ? 'lead' : 'coder');
  if (identities && seesPseudonyms(actor)) throw new AppError('forbidden', tr(IDENTITIES_REFUSED));
}

const IDENTITIES_REFUSED = {
  id: 'Ekspor dengan identitas hanya untuk ketua proyek yang berhak melihat data pribadi; ekspor tanpa identitas (bawaan) tetap tersedia.',
  en: 'An export with identities is only for a project lead allowed to see personal data; the pseudonymised export (the default) is still available.',
};

/** 403 unless the actor holds `least` in the project of attachment `attachmentId` (a missing one passes for the 404). */
export async function assertAttachmentRole(
  db: Db,
  actor: Actor,
  attachmentId: string,
  least: ProjectRole,
): Promise<void> {
  if (!isUuid(attachmentId)) return;
  const row = await db
    .selectFrom('research_attachments as a')
    .innerJoin('research_documents as d', 'd.id', 'a.document_id')
    .select('d.project_id')
    .where('a.id', '=', attachmentId)
    .executeTakeFirst();
  if (row) await assertProjectRole(db, actor, row.project_id, least);
}

/**
 * The name a firm or institution gets in a QDPX export: its pseudonym (`IKM-3f9a1c2b`, `LBG-…`, the same
 * the web shows researchers) unless the export carries identities (`assertMayExportProject` allowed them).
 */
export function exportPartyName(
  key: string,
  kind: 'enterprise' | 'institution',
  id: string,
  name: string | null,
  identities: boolean,
): string {
  return identities && name ? name : pseudonym(key, kind === 'enterprise' ? 'IKM' : 'LBG', id);
}

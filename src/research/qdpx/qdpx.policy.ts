/**
 * Who may export or import a research project's REFI-QDA files. A minimal stand-in written with the QDPX
 * exchange because the research policy (`src/research/research.policy.ts`, another part of #21) was not
 * on main yet: a project is readable by its members and by accounts whose `projects` scope names it, and
 * led by its `lead` members; admins and the system (the operator's CLI) may do both. Replace these with
 * the research policy's functions once it lands.
 */

import type { Actor } from '../../auth/actor.ts';
import { assertInScope, isAdmin } from '../../auth/policy.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';

const notFound = (id: string) =>
  new AppError(
    'not_found',
    tr({ id: 'Proyek penelitian {id} tidak ditemukan', en: 'Research project {id} not found' }, { id }),
  );

async function membership(
  db: Db,
  actor: Actor,
  projectId: string,
): Promise<{ exists: boolean; role: string | null }> {
  const project = await db
    .selectFrom('research_projects')
    .select('id')
    .where('id', '=', projectId)
    .executeTakeFirst();
  if (!project) return { exists: false, role: null };
  if (actor.kind !== 'user') return { exists: true, role: null };
  const member = await db
    .selectFrom('research_project_members')
    .select('role')
    .where('project_id', '=', projectId)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  return { exists: true, role: member?.role ?? null };
}

/** 404 for a project that does not exist, 403 unless the actor may read it. */
export async function assertMayReadProject(db: Db, actor: Actor, projectId: string): Promise<void> {
  const { exists, role } = await membership(db, actor, projectId);
  if (!exists) throw notFound(projectId);
  if (isAdmin(actor)) return;
  assertInScope(actor.kind === 'user' && (role !== null || actor.scopes.projects.includes(projectId)));
}

/** 404 for a project that does not exist, 403 unless the actor leads it. */
export async function assertMayLeadProject(db: Db, actor: Actor, projectId: string): Promise<void> {
  const { exists, role } = await membership(db, actor, projectId);
  if (!exists) throw notFound(projectId);
  if (isAdmin(actor)) return;
  assertInScope(actor.kind === 'user' && role === 'lead');
}

/** Roles that may start a research project (here: by importing one). */
export const PROJECT_CREATORS = ['admin', 'researcher'] as const;

/** 403 unless the actor may start a new research project. */
export function assertMayCreateProject(actor: Actor): void {
  assertInScope(
    actor.kind === 'system' ||
      (actor.kind === 'user' && (PROJECT_CREATORS as readonly string[]).includes(actor.role)),
  );
}

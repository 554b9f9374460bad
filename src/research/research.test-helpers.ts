import { createHash } from 'node:crypto';
import type { AuthHeaders, TestContext } from '../../test/app.ts';
import { createToken } from '../auth/tokens.ts';
import { createUser } from '../auth/users.service.ts';
import type { Db } from '../db/database.ts';
import { codePointLength } from '../shared/code-points.ts';
import type { ConsentScope, ProjectRole } from './research.table.ts';

/**
 * Rows of a research project written straight to the database, for tests of the features built on 0034
 * (each feature's own routes are tested through the API). Every helper returns the new row's id.
 */

let sequence = 0;

/** A project named `Proyek uji N`, studying `centerIds`. */
export async function insertProject(db: Db, centerIds: readonly string[] = []): Promise<string> {
  sequence += 1;
  const { id } = await db
    .insertInto('research_projects')
    .values({ name: `Proyek uji ${sequence}`, description: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (centerIds.length > 0)
    await db
      .insertInto('research_project_centers')
      .values(centerIds.map((center_id) => ({ project_id: id, center_id })))
      .execute();
  return id;
}

/** The id of the user behind `headers`. */
export async function userIdOf(ctx: TestContext, headers: AuthHeaders): Promise<string> {
  const me = await ctx.app.inject({ url: '/api/auth/me', headers });
  return (me.json() as { user: { id: string } }).user.id;
}

/**
 * A new researcher account (its own user, named by `label`) made a member of `projectId` with `role`; the
 * account's `projects` scope is `scopes` (empty: every project it is a member of).
 */
export async function researcherIn(
  db: Db,
  projectId: string,
  role: ProjectRole,
  options: { label?: string; scopes?: string[]; personalDataAccess?: boolean } = {},
): Promise<{ headers: AuthHeaders; userId: string }> {
  sequence += 1;
  const user = await createUser(db, {
    email: `${options.label ?? role}-${sequence}@peneliti.example`,
    displayName: `Peneliti ${options.label ?? role} ${sequence}`,
    role: 'researcher',
    scopes: { regions: [], centers: [], enterprises: [], projects: options.scopes ?? [] },
    personalDataAccess: options.personalDataAccess ?? false,
  });
  const token = await createToken(db, user.id, { name: 'test', access: 'write' });
  await db
    .insertInto('research_project_members')
    .values({ project_id: projectId, user_id: user.id, role })
    .onConflict((oc) => oc.columns(['project_id', 'user_id']).doUpdateSet({ role }))
    .execute();
  return { headers: { authorization: `Bearer ${token.token}` }, userId: user.id };
}

/** An informant of the project with the given consent scopes granted on 2024-01-10. */
export async function insertInformant(
  db: Db,
  projectId: string,
  options: {
    pseudonym?: string;
    role?: string;
    centerId?: string | null;
    enterpriseId?: string | null;
    consents?: readonly ConsentScope[];
  } = {},
): Promise<string> {
  sequence += 1;
  const { id } = await db
    .insertInto('research_informants')
    .values({
      project_id: projectId,
      pseudonym: options.pseudonym ?? `Informan ${sequence}`,
      role: options.role ?? 'owner',
      center_id: options.centerId ?? null,
      enterprise_id: options.enterpriseId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const scopes = options.consents ?? ['interview', 'quotation', 'registry_link', 'sharing'];
  if (scopes.length > 0)
    await db
      .insertInto('research_consents')
      .values(scopes.map((scope) => ({ informant_id: id, scope, granted_on: '2024-01-10' })))
      .execute();
  return id;
}

/** An interview document with `body` (its code-point length and hash filled in) and its informants. */
export async function insertDocument(
  db: Db,
  projectId: string,
  body: string,
  informantIds: readonly string[] = [],
): Promise<string> {
  sequence += 1;
  const { id } = await db
    .insertInto('research_documents')
    .values({
      project_id: projectId,
      kind: 'interview',
      title: `Wawancara uji ${sequence}`,
      held_on: '2024-02-01',
      body_code_points: codePointLength(body),
      body_sha256: createHash('sha256').update(body, 'utf8').digest('hex'),
      source_format: 'pasted',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('research_document_texts').values({ document_id: id, body }).execute();
  if (informantIds.length > 0)
    await db
      .insertInto('research_document_informants')
      .values(informantIds.map((informant_id) => ({ document_id: id, informant_id })))
      .execute();
  return id;
}

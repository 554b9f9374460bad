import type { InjectOptions } from 'fastify';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import { next, type Side, type World } from './world.ts';

/**
 * Re-identification warnings and the code-by-centre matrix × roles. In scope: a project studying the
 * side's centre of which the caller is the lead; out of scope: one of which the caller is not a member —
 * refused to everyone, the admin included (content is read by members only).
 */
const MEMBER = 'YNNNNYNU';
const NONE = 'NNNNNNNU';

async function callerId(ctx: TestContext, headers: Record<string, string>): Promise<string | null> {
  if (!headers.authorization && !headers.cookie) return null;
  const me = await ctx.app.inject({ url: '/api/auth/me', headers });
  return me.statusCode === 200 ? (me.json() as { user: { id: string } }).user.id : null;
}

/** A project studying the side's centre, with the caller its lead on the `in` side. */
async function project(ctx: TestContext, side: Side, world: World, headers: Record<string, string>) {
  const { id } = await ctx.db
    .insertInto('research_projects')
    .values({ name: `Proyek privasi ${next()}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('research_project_centers')
    .values({ project_id: id, center_id: side.centerId })
    .execute();
  const userId = await callerId(ctx, headers);
  if (side === world.in && userId)
    await ctx.db
      .insertInto('research_project_members')
      .values({ project_id: id, user_id: userId, role: 'lead' })
      .execute();
  return id;
}

const get = (path: string): Rule => ({
  inScope: MEMBER,
  outOfScope: NONE,
  request: async (ctx, side, world, caller): Promise<InjectOptions> => ({
    method: 'GET',
    url: `/api/research/projects/${await project(ctx, side, world, caller.headers)}/${path}`,
  }),
});

export const RESEARCH_PRIVACY_MATRIX: Record<string, Rule> = {
  'GET /api/research/projects/:id/reidentification': get('reidentification'),
  'GET /api/research/projects/:id/code-by-center': get('code-by-center'),
};

import type { InjectOptions } from 'fastify';
import { insertProject } from '../../src/research/research.test-helpers.ts';
import { seedInstruments } from '../../src/research/scales/scales-seed.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import type { Side, World } from './world.ts';

/**
 * The survey scales × roles. In scope: a project the caller leads (only the admin and researchers pass the
 * route rule); out of scope: a project the caller is not a member of — refused to everyone, the admin
 * included (content is read by members only).
 */
const IN = 'YNNNNYNU';
const OUT = 'NNNNNNNU';
const FIRM = '00000000-0000-4000-8000-000000000001';

async function fixture(ctx: TestContext, side: Side, world: World, headers: Record<string, string>) {
  const db = ctx.db;
  const projectId = await insertProject(db);
  await seedInstruments(db, projectId);
  const item = await db
    .selectFrom('research_instrument_items as it')
    .innerJoin('research_instruments as i', 'i.id', 'it.instrument_id')
    .select('it.id')
    .where('i.project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  if (side === world.in && (headers.authorization || headers.cookie)) {
    const me = await ctx.app.inject({ url: '/api/auth/me', headers });
    if (me.statusCode === 200)
      await db
        .insertInto('research_project_members')
        .values({
          project_id: projectId,
          user_id: (me.json() as { user: { id: string } }).user.id,
          role: 'lead',
        })
        .execute();
  }
  return { projectId, itemId: item.id };
}

const rule = (request: (f: { projectId: string; itemId: string }) => InjectOptions): Rule => ({
  inScope: IN,
  outOfScope: OUT,
  request: async (ctx, side, world, caller) => request(await fixture(ctx, side, world, caller.headers)),
});

export const RESEARCH_SCALES_MATRIX: Record<string, Rule> = {
  'GET /api/research/projects/:id/scales': rule((f) => ({
    method: 'GET',
    url: `/api/research/projects/${f.projectId}/scales`,
  })),
  'PATCH /api/research/survey-items/:id': rule((f) => ({
    method: 'PATCH',
    url: `/api/research/survey-items/${f.itemId}`,
    payload: { textEn: 'Reworded' },
  })),
  'POST /api/research/projects/:id/scales/responses': rule((f) => ({
    method: 'POST',
    url: `/api/research/projects/${f.projectId}/scales/responses`,
    payload: { enterpriseId: FIRM, wave: '2024-1', answers: { coop1: 3 } },
  })),
  'POST /api/research/projects/:id/scales/responses/file': rule((f) => ({
    method: 'POST',
    url: `/api/research/projects/${f.projectId}/scales/responses/file`,
    headers: { 'content-type': 'text/csv' },
    payload: `ikm,gelombang,coop1\n${FIRM},2024-1,3\n`,
  })),
  'DELETE /api/research/projects/:id/scales/responses': rule((f) => ({
    method: 'DELETE',
    url: `/api/research/projects/${f.projectId}/scales/responses?enterpriseId=${FIRM}&wave=2024-1`,
  })),
  'GET /api/research/projects/:id/scales/results': rule((f) => ({
    method: 'GET',
    url: `/api/research/projects/${f.projectId}/scales/results`,
  })),
};

import type { InjectOptions } from 'fastify';
import { createUser } from '../../src/auth/users.service.ts';
import type { TestContext } from '../app.ts';
import { buildEnterpriseInput, buildInteractionInput } from '../factories.ts';
import type { Rule } from './matrix.ts';
import { adminPost, next, type Side, type World } from './world.ts';

/**
 * Tie evidence × roles. In scope: a project studying the side's centre of which the caller is the lead;
 * out of scope: one of which the caller is not a member. Only researchers (and the admin) work in
 * projects, and the admin too reads a project's content only as a member.
 */
const MEMBER = 'YNNNNYNU';
const NONE = 'NNNNNNNU';

async function callerId(ctx: TestContext, headers: Record<string, string>): Promise<string | null> {
  if (!headers.authorization && !headers.cookie) return null;
  const me = await ctx.app.inject({ url: '/api/auth/me', headers });
  return me.statusCode === 200 ? (me.json() as { user: { id: string } }).user.id : null;
}

/** A project studying the side's centre (the caller its lead on the `in` side), one coded segment, one tie. */
async function project(ctx: TestContext, side: Side, world: World, headers: Record<string, string>) {
  const n = next();
  const { id } = await ctx.db
    .insertInto('research_projects')
    .values({ name: `Proyek matriks ${n}` })
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
  const coder = await createUser(ctx.db, {
    email: `matriks-koder-${n}@peneliti.example`,
    displayName: `Koder ${n}`,
    role: 'researcher',
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  const doc = await ctx.db
    .insertInto('research_documents')
    .values({
      project_id: id,
      kind: 'interview',
      title: `Wawancara ${n}`,
      body_code_points: 11,
      body_sha256: '0',
      source_format: 'pasted',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('research_document_texts')
    .values({ document_id: doc.id, body: 'Kami maklun' })
    .execute();
  const segment = await ctx.db
    .insertInto('research_segments')
    .values({ document_id: doc.id, coder_id: coder.id, start_cp: 0, end_cp: 5 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const partner = await adminPost(
    ctx,
    '/api/enterprises',
    buildEnterpriseInput({ regionCode: side.village }),
  );
  const tie = await adminPost(
    ctx,
    '/api/interactions',
    buildInteractionInput(side.enterpriseId, partner.id as string, {
      centerId: side.centerId,
      startDate: `19${String(10 + (n % 80)).padStart(2, '0')}-01-01`,
    }),
  );
  return { projectId: id, segmentId: segment.id, tieId: tie.id as string, coderId: coder.id };
}

const member = (request: Rule['request']): Rule => ({ inScope: MEMBER, outOfScope: NONE, request });

export const EVIDENCE_MATRIX: Record<string, Rule> = {
  'POST /api/research/evidence': member(async (ctx, side, world, caller): Promise<InjectOptions> => {
    const { segmentId, tieId } = await project(ctx, side, world, caller.headers);
    return {
      method: 'POST',
      url: '/api/research/evidence',
      payload: { segmentId, stance: 'supports', interactionId: tieId },
    };
  }),
  'DELETE /api/research/evidence/:id': member(async (ctx, side, world, caller): Promise<InjectOptions> => {
    const { segmentId, tieId } = await project(ctx, side, world, caller.headers);
    const row = await ctx.db
      .insertInto('research_tie_evidence')
      .values({
        segment_id: segmentId,
        interaction_id: tieId,
        stance: 'supports',
        perspective: 'third_party',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { method: 'DELETE', url: `/api/research/evidence/${row.id}` };
  }),
  'GET /api/research/projects/:id/evidence': member(
    async (ctx, side, world, caller): Promise<InjectOptions> => {
      const { projectId } = await project(ctx, side, world, caller.headers);
      return { method: 'GET', url: `/api/research/projects/${projectId}/evidence` };
    },
  ),
  // Read as the centre's network is (counts for every reader; the pieces only for members).
  'GET /api/research/centers/:id/evidence': {
    inScope: 'YYYYNYNU',
    outOfScope: 'YYNNNYNU',
    request: async (_ctx, side): Promise<InjectOptions> => ({
      method: 'GET',
      url: `/api/research/centers/${side.centerId}/evidence`,
    }),
  },
};

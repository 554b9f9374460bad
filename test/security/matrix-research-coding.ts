import type { InjectOptions } from 'fastify';
import { insertDocument, insertProject } from '../../src/research/research.test-helpers.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import type { Side, World } from './world.ts';

/**
 * The codebook, coding rounds, segments and memos × roles. In scope: a project the caller belongs to as its
 * lead (only the admin and researchers pass the route rule); out of scope: a project the caller is not a
 * member of — refused to everyone, the admin included (content is read by members only).
 */
const IN = 'YNNNNYNU';
const OUT = 'NNNNNNNU';

interface Fixture {
  projectId: string;
  documentId: string;
  codeId: string;
  roundId: string;
  segmentId: string;
  callerId: string | null;
  secondCoder: string | null;
}

async function callerId(ctx: TestContext, headers: Record<string, string>): Promise<string | null> {
  if (!headers.authorization && !headers.cookie) return null;
  const me = await ctx.app.inject({ url: '/api/auth/me', headers });
  return me.statusCode === 200 ? (me.json() as { user: { id: string } }).user.id : null;
}

/** A fresh project with one code, one document, a closed round and the caller's own segment. */
async function fixture(
  ctx: TestContext,
  side: Side,
  world: World,
  caller: { headers: Record<string, string> },
  options: { openRound?: boolean } = {},
): Promise<Fixture> {
  const db = ctx.db;
  const projectId = await insertProject(db);
  const code = await db
    .insertInto('research_codes')
    .values({ project_id: projectId, key: 'partnership.order_sharing', name: 'Oper order' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const documentId = await insertDocument(db, projectId, 'Saya oper order ke tetangga kalau pesanan numpuk.');
  const me = await callerId(ctx, caller.headers);
  const member = side === world.in ? me : null;
  const secondCoder: string | null = null;
  // The segment's coder must be a user: the caller when a member, else the first admin.
  const coder =
    member ??
    (
      await db
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .orderBy('created_at')
        .executeTakeFirstOrThrow()
    ).id;
  if (member)
    await db
      .insertInto('research_project_members')
      .values({ project_id: projectId, user_id: member, role: 'lead' })
      .execute();
  const round = await db
    .insertInto('research_rounds')
    .values({ project_id: projectId, name: 'Putaran', closed_at: options.openRound ? null : new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('research_round_documents')
    .values({ round_id: round.id, document_id: documentId })
    .execute();
  await db.insertInto('research_round_coders').values({ round_id: round.id, user_id: coder }).execute();
  const segment = await db
    .insertInto('research_segments')
    .values({
      document_id: documentId,
      coder_id: coder,
      round_id: options.openRound ? round.id : null,
      start_cp: 0,
      end_cp: 5,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('research_codings').values({ segment_id: segment.id, code_id: code.id }).execute();
  return {
    projectId,
    documentId,
    codeId: code.id,
    roundId: round.id,
    segmentId: segment.id,
    callerId: me,
    secondCoder,
  };
}

const rule = (request: (f: Fixture) => InjectOptions, options: { openRound?: boolean } = {}): Rule => ({
  inScope: IN,
  outOfScope: OUT,
  request: async (ctx, side, world, caller) => request(await fixture(ctx, side, world, caller, options)),
});
const get = (url: string): InjectOptions => ({ method: 'GET', url });
const post = (url: string, payload: unknown): InjectOptions => ({
  method: 'POST',
  url,
  payload: payload as InjectOptions['payload'],
});

export const RESEARCH_CODING_MATRIX: Record<string, Rule> = {
  'GET /api/research/projects/:id/codes': rule((f) => get(`/api/research/projects/${f.projectId}/codes`)),
  'POST /api/research/projects/:id/codes': rule((f) =>
    post(`/api/research/projects/${f.projectId}/codes`, { name: 'Kode baru' }),
  ),
  'PATCH /api/research/codes/:id': rule((f) => ({
    method: 'PATCH',
    url: `/api/research/codes/${f.codeId}`,
    payload: { version: 1, glossEn: 'Order passing' },
  })),
  'GET /api/research/projects/:id/codebook-versions': rule((f) =>
    get(`/api/research/projects/${f.projectId}/codebook-versions`),
  ),
  'POST /api/research/projects/:id/codebook-versions': rule((f) =>
    post(`/api/research/projects/${f.projectId}/codebook-versions`, { note: 'uji' }),
  ),
  'GET /api/research/projects/:id/rounds': rule((f) => get(`/api/research/projects/${f.projectId}/rounds`)),
  'POST /api/research/projects/:id/rounds': rule((f) =>
    post(`/api/research/projects/${f.projectId}/rounds`, {
      name: 'Putaran 2',
      documentIds: [f.documentId],
      coderIds: [
        f.callerId ?? '00000000-0000-4000-8000-000000000001',
        '00000000-0000-4000-8000-000000000002',
      ],
    }),
  ),
  'GET /api/research/rounds/:id': rule((f) => get(`/api/research/rounds/${f.roundId}`)),
  'POST /api/research/rounds/:id/close': rule((f) => post(`/api/research/rounds/${f.roundId}/close`, {}), {
    openRound: true,
  }),
  'GET /api/research/rounds/:id/agreement': rule((f) => get(`/api/research/rounds/${f.roundId}/agreement`)),
  'GET /api/research/documents/:id/coding': rule((f) =>
    get(`/api/research/documents/${f.documentId}/coding`),
  ),
  'GET /api/research/documents/:id/segments': rule((f) =>
    get(`/api/research/documents/${f.documentId}/segments`),
  ),
  'POST /api/research/documents/:id/segments': rule((f) =>
    post(`/api/research/documents/${f.documentId}/segments`, { startCp: 0, endCp: 4, codeIds: [f.codeId] }),
  ),
  'DELETE /api/research/segments/:id': rule((f) => ({
    method: 'DELETE',
    url: `/api/research/segments/${f.segmentId}`,
  })),
  'POST /api/research/segments/:id/codings': rule((f) =>
    post(`/api/research/segments/${f.segmentId}/codings`, { codeId: f.codeId }),
  ),
  'GET /api/research/projects/:id/code-frequencies': rule((f) =>
    get(`/api/research/projects/${f.projectId}/code-frequencies`),
  ),
  'GET /api/research/projects/:id/code-cooccurrence': rule((f) =>
    get(`/api/research/projects/${f.projectId}/code-cooccurrence`),
  ),
  'GET /api/research/codes/:id/segments': rule((f) => get(`/api/research/codes/${f.codeId}/segments`)),
  'GET /api/research/projects/:id/memos': rule((f) => get(`/api/research/projects/${f.projectId}/memos`)),
  'POST /api/research/projects/:id/memos': rule((f) =>
    post(`/api/research/projects/${f.projectId}/memos`, { targetKind: 'project', body: 'Catatan uji' }),
  ),
};

import type { InjectOptions } from 'fastify';
import {
  insertDocument,
  insertInformant,
  insertProject,
  userIdOf,
} from '../../src/research/research.test-helpers.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import type { Side, World } from './world.ts';

const SIGNED_IN = 'YYYYYYYU';
const same = (expected: string, request: Rule['request']): Rule => ({
  inScope: expected,
  outOfScope: expected,
  request,
});

/** Field research's routes × roles: computations on what is sent (nothing read or stored), open to every signed-in role. */
export const RESEARCH_MATRIX: Record<string, Rule> = {
  'POST /api/research/agreement': same(
    SIGNED_IN,
    async (): Promise<InjectOptions> => ({
      method: 'POST',
      url: '/api/research/agreement',
      payload: {
        measurementLevel: 'nominal',
        coders: ['A', 'B'],
        units: [{ id: '1', values: ['ya', 'tidak'] }],
      },
    }),
  ),
  'POST /api/research/agreement/file': same(
    SIGNED_IN,
    async (): Promise<InjectOptions> => ({
      method: 'POST',
      url: '/api/research/agreement/file?measurementLevel=nominal',
      payload: 'unit,A,B\n1,ya,tidak\n',
      headers: { 'content-type': 'text/csv' },
    }),
  ),
};

// --- research-core21: projects, members, informants, documents ---------------------------------------

/** Members (lead) in scope: the admin and the researcher; out of scope: the admin only. */
const MEMBERS_IN = 'YNNNNYNU';
const MEMBERS_OUT = 'YNNNNNNU';
const byMembership = (request: Rule['request']): Rule => ({
  inScope: MEMBERS_IN,
  outOfScope: MEMBERS_OUT,
  request,
});

const projects = new Map<string, Promise<string>>();

/**
 * The side's project: the admin leads both (so the admin's calls prove each request well-formed); the
 * matrix's researcher leads only the `in` one, and is no member of the `out` one.
 */
export function projectOf(ctx: TestContext, side: Side, world: World): Promise<string> {
  const key = side.centerId;
  let id = projects.get(key);
  if (!id) {
    id = (async () => {
      const projectId = await insertProject(ctx.db, [side.centerId]);
      const members = [{ project_id: projectId, user_id: await adminUserId(ctx), role: 'lead' as const }];
      if (side === world.in)
        members.push({
          project_id: projectId,
          user_id: await userIdOf(ctx, await ctx.as('researcher')),
          role: 'lead',
        });
      await ctx.db.insertInto('research_project_members').values(members).execute();
      return projectId;
    })();
    projects.set(key, id);
  }
  return id;
}

async function freshMember(ctx: TestContext, projectId: string): Promise<string> {
  const user = await ctx.app.inject({
    method: 'POST',
    url: '/api/users',
    payload: {
      email: `anggota-${Math.random().toString(36).slice(2)}@uji.example`,
      displayName: 'A',
      role: 'researcher',
    },
  });
  const userId = (user.json() as { id: string }).id;
  await ctx.db
    .insertInto('research_project_members')
    .values({ project_id: projectId, user_id: userId, role: 'coder' })
    .execute();
  return userId;
}

async function versionOf(ctx: TestContext, url: string): Promise<number> {
  return ((await ctx.app.inject({ url })).json() as { version: number }).version;
}

const PROJECT_MATRIX: Record<string, Rule> = {
  'GET /api/research/projects': same(MEMBERS_IN, async () => ({
    method: 'GET',
    url: '/api/research/projects',
  })),
  'POST /api/research/projects': same(MEMBERS_IN, async () => ({
    method: 'POST',
    url: '/api/research/projects',
    payload: { name: 'Proyek matriks' },
  })),
  'GET /api/research/projects/:id': byMembership(async (ctx, side, world) => ({
    method: 'GET',
    url: `/api/research/projects/${await projectOf(ctx, side, world)}`,
  })),
  'PATCH /api/research/projects/:id': byMembership(async (ctx, side, world) => {
    const url = `/api/research/projects/${await projectOf(ctx, side, world)}`;
    return { method: 'PATCH', url, payload: { description: 'Ubah', version: await versionOf(ctx, url) } };
  }),
  'POST /api/research/projects/:id/archive': byMembership(async (ctx, side, world) => ({
    method: 'POST',
    url: `/api/research/projects/${await insertProjectLedByAdmin(ctx, side, world)}/archive`,
  })),
  'PUT /api/research/projects/:id/members': byMembership(async (ctx, side, world) => {
    const projectId = await projectOf(ctx, side, world);
    return {
      method: 'PUT',
      url: `/api/research/projects/${projectId}/members`,
      payload: { userId: await adminUserId(ctx), role: 'lead' },
    };
  }),
  'GET /api/research/projects/:id/member-candidates': byMembership(async (ctx, side, world) => ({
    method: 'GET',
    url: `/api/research/projects/${await projectOf(ctx, side, world)}/member-candidates`,
  })),
  'DELETE /api/research/projects/:id/members/:userId': byMembership(async (ctx, side, world) => {
    const projectId = await projectOf(ctx, side, world);
    return {
      method: 'DELETE',
      url: `/api/research/projects/${projectId}/members/${await freshMember(ctx, projectId)}`,
    };
  }),
  'GET /api/research/projects/:id/informants': byMembership(async (ctx, side, world) => ({
    method: 'GET',
    url: `/api/research/projects/${await projectOf(ctx, side, world)}/informants`,
  })),
  'POST /api/research/projects/:id/informants': byMembership(async (ctx, side, world) => ({
    method: 'POST',
    url: `/api/research/projects/${await projectOf(ctx, side, world)}/informants`,
    payload: {
      pseudonym: `Informan matriks ${Math.random().toString(36).slice(2)}`,
      role: 'owner',
      consents: [{ scope: 'interview', grantedOn: '2024-01-10' }],
    },
  })),
  'PATCH /api/research/informants/:id': byMembership(async (ctx, side, world) => {
    const id = await insertInformant(ctx.db, await projectOf(ctx, side, world));
    return {
      method: 'PATCH',
      url: `/api/research/informants/${id}`,
      payload: { notes: 'Catatan', version: 1 },
    };
  }),
  'POST /api/research/informants/:id/consents': byMembership(async (ctx, side, world) => {
    const id = await insertInformant(ctx.db, await projectOf(ctx, side, world), { consents: ['interview'] });
    return {
      method: 'POST',
      url: `/api/research/informants/${id}/consents`,
      payload: { scope: 'quotation', grantedOn: '2024-02-01' },
    };
  }),
  'POST /api/research/informants/:id/consents/withdraw': byMembership(async (ctx, side, world) => {
    const id = await insertInformant(ctx.db, await projectOf(ctx, side, world));
    return {
      method: 'POST',
      url: `/api/research/informants/${id}/consents/withdraw`,
      payload: { scope: 'quotation', withdrawnOn: '2024-03-01' },
    };
  }),
  'POST /api/research/informants/:id/withdraw': byMembership(async (ctx, side, world) => {
    const id = await insertInformant(ctx.db, await projectOf(ctx, side, world));
    return {
      method: 'POST',
      url: `/api/research/informants/${id}/withdraw`,
      payload: { withdrawnOn: '2024-03-01' },
    };
  }),
  'GET /api/research/projects/:id/documents': byMembership(async (ctx, side, world) => ({
    method: 'GET',
    url: `/api/research/projects/${await projectOf(ctx, side, world)}/documents`,
  })),
  'POST /api/research/projects/:id/documents': byMembership(async (ctx, side, world) => ({
    method: 'POST',
    url: `/api/research/projects/${await projectOf(ctx, side, world)}/documents`,
    payload: { title: 'Wawancara matriks', text: 'Kami maklun ke tetangga.' },
  })),
  'POST /api/research/projects/:id/documents/file': byMembership(async (ctx, side, world) => ({
    method: 'POST',
    url: `/api/research/projects/${await projectOf(ctx, side, world)}/documents/file?filename=wawancara.txt`,
    payload: 'Kami beli bahan bersama.\r\n',
    headers: { 'content-type': 'text/plain' },
  })),
  'GET /api/research/documents/:id': byMembership(async (ctx, side, world) => ({
    method: 'GET',
    url: `/api/research/documents/${await insertDocument(ctx.db, await projectOf(ctx, side, world), 'Teks.')}`,
  })),
  'PATCH /api/research/documents/:id': byMembership(async (ctx, side, world) => {
    const id = await insertDocument(ctx.db, await projectOf(ctx, side, world), 'Teks.');
    return {
      method: 'PATCH',
      url: `/api/research/documents/${id}`,
      payload: { title: 'Judul baru', version: 1 },
    };
  }),
};

/** A fresh project (for archiving), led by the admin and, in scope, by the matrix's researcher. */
async function insertProjectLedByAdmin(ctx: TestContext, side: Side, world: World): Promise<string> {
  const projectId = await insertProject(ctx.db, [side.centerId]);
  const members = [{ project_id: projectId, user_id: await adminUserId(ctx), role: 'lead' as const }];
  if (side === world.in)
    members.push({
      project_id: projectId,
      user_id: await userIdOf(ctx, await ctx.as('researcher')),
      role: 'lead',
    });
  await ctx.db.insertInto('research_project_members').values(members).execute();
  return projectId;
}

async function adminUserId(ctx: TestContext): Promise<string> {
  return ((await ctx.app.inject({ url: '/api/auth/me' })).json() as { user: { id: string } }).user.id;
}

Object.assign(RESEARCH_MATRIX, PROJECT_MATRIX);

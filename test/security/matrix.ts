import type { InjectOptions } from 'fastify';
import { addJob } from '../../src/jobs/jobs.repo.ts';
import type { TestContext } from '../app.ts';
import {
  buildCenterInput,
  buildChallengeInput,
  buildEnterpriseInput,
  buildInstitutionInput,
  buildInteractionInput,
} from '../factories.ts';
import { CAPABILITY_MATRIX } from './matrix-capabilities.ts';
import { CASE_KPI_MATRIX } from './matrix-case-kpis.ts';
import { CASE_MATRIX } from './matrix-cases.ts';
import { DESIGN_LEDGER_MATRIX } from './matrix-design-ledger.ts';
import { ECOSYSTEM_MATRIX } from './matrix-ecosystem.ts';
import { EVIDENCE_MATRIX } from './matrix-evidence.ts';
import { FACILITY_MATRIX } from './matrix-facilities.ts';
import { FIELD_MATRIX } from './matrix-field.ts';
import { IMPORT_RUN_MATRIX } from './matrix-import-runs.ts';
import { INSTITUTION_ASSESSMENT_MATRIX } from './matrix-institution-assessment.ts';
import { INTERVENTION_MATRIX } from './matrix-interventions.ts';
import { MATCHING_MATRIX } from './matrix-matching.ts';
import { NOTIFICATION_MATRIX } from './matrix-notifications.ts';
import { PARTNERSHIP_KPI_MATRIX } from './matrix-partnership-kpis.ts';
import { PARTNERSHIP_SETTINGS_MATRIX } from './matrix-partnership-settings.ts';
import { POOL_MATRIX } from './matrix-pools.ts';
import { PRICE_AGREEMENT_MATRIX } from './matrix-price-agreements.ts';
import { REGION_EXPORT_MATRIX } from './matrix-region-exports.ts';
import { REPORT_MATRIX } from './matrix-reports.ts';
import { REQUEST_AGGREGATE_MATRIX } from './matrix-request-aggregates.ts';
import { REQUEST_MATRIX } from './matrix-requests.ts';
import { RESEARCH_MATRIX } from './matrix-research.ts';
import { RESEARCH_CODING_MATRIX } from './matrix-research-coding.ts';
import { RESEARCH_EXCHANGE_MATRIX } from './matrix-research-exchange.ts';
import { RESEARCH_PRIVACY_MATRIX } from './matrix-research-privacy.ts';
import { RESEARCH_SCALES_MATRIX } from './matrix-research-scales.ts';
import { SCENARIO_MATRIX } from './matrix-scenarios.ts';
import { XLSFORM_MATRIX } from './matrix-xlsform.ts';
import { adminPost, freshPeriod, next, type Side, type World } from './world.ts';

/** The callers of the matrix, in the column order of every rule string. */
export const CALLERS = [
  'admin',
  'ministry',
  'regional_officer',
  'center_manager',
  'enterprise',
  'researcher',
  'viewer',
  'anonymous',
] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * One character per caller, in `CALLERS` order: `Y` allowed (any answer but 401/403, never a 5xx),
 * `N` 403, `U` 401. `inScope` is for a record of Kota Bandung (the scoped users' region, centre and
 * enterprise), `outOfScope` for one of Kab. Jepara.
 */
export interface Rule {
  inScope: string;
  outOfScope: string;
  request(
    ctx: TestContext,
    side: Side,
    world: World,
    caller: { headers: Record<string, string> },
  ): Promise<InjectOptions>;
}

const PUBLIC = 'YYYYYYYY';
const SIGNED_IN = 'YYYYYYYU';
const ADMIN = 'YNNNNNNU';
const OUT_WRITE = 'YNNNNNNU';

const rule = (inScope: string, outOfScope: string, request: Rule['request']): Rule => ({
  inScope,
  outOfScope,
  request,
});
const same = (both: string, request: Rule['request']): Rule => rule(both, both, request);

const get = (url: string): InjectOptions => ({ method: 'GET', url });
const send = (method: InjectOptions['method'], url: string, payload?: unknown): InjectOptions => ({
  method,
  url,
  payload: payload as InjectOptions['payload'],
});

async function versionOf(ctx: TestContext, url: string): Promise<number> {
  return (await ctx.app.inject(get(url))).json().version as number;
}

async function freshUser(ctx: TestContext): Promise<string> {
  return (
    await adminPost(ctx, '/api/users', {
      email: `sasaran-${next()}@uji.example`,
      displayName: 'S',
      role: 'viewer',
    })
  ).id!;
}

async function freshCenter(ctx: TestContext, side: Side): Promise<string> {
  return (await adminPost(ctx, '/api/centers', buildCenterInput({ regionCodes: [side.village] }))).id!;
}

async function freshPerson(ctx: TestContext, side: Side): Promise<string> {
  return (
    await adminPost(ctx, '/api/people', {
      fullName: `Orang Hapus ${next()}`,
      roles: ['worker'],
      affiliations: [{ enterpriseId: side.enterpriseId, role: 'worker' }],
    })
  ).id!;
}

const sideInteractions = new Map<string, Promise<string>>();

/**
 * The side's own tie (material supply from its enterprise to its institution, in its centre), created on
 * first use; kept here rather than in `Side` so the fuzz test's hand-made sides stay valid.
 */
function sideInteraction(ctx: TestContext, side: Side): Promise<string> {
  let id = sideInteractions.get(side.enterpriseId);
  if (!id) {
    id = adminPost(ctx, '/api/interactions', {
      centerId: side.centerId,
      fromEnterpriseId: side.enterpriseId,
      toInstitutionId: side.institutionId,
      type: 'MATERIAL_SUPPLY',
      startDate: '2020-01-01',
      reportedBy: 'both_parties',
    }).then((tie) => tie.id!);
    sideInteractions.set(side.enterpriseId, id);
  }
  return id;
}

/** A new order-sharing tie from the side's enterprise to a new enterprise of the same village. */
async function freshInteraction(ctx: TestContext, side: Side): Promise<string> {
  return (
    await adminPost(ctx, '/api/interactions', freshInteractionBody(await freshEnterprise(ctx, side), side))
  ).id!;
}

async function freshEnterprise(ctx: TestContext, side: Side): Promise<string> {
  return (await adminPost(ctx, '/api/enterprises', buildEnterpriseInput({ regionCode: side.village }))).id!;
}

function freshInteractionBody(toEnterpriseId: string, side: Side) {
  return buildInteractionInput(side.enterpriseId, toEnterpriseId, { type: 'ORDER_SHARING' });
}

const yearBody = { source: 'dinas_census', vintage: '2024', workersMale: 3, workersFemale: 2 };

/** The authorization matrix: every `/api` route, as `METHOD /api/path` exactly as Fastify registers it. */
export const MATRIX: Record<string, Rule> = {
  'GET /api/health': same(PUBLIC, async () => get('/api/health')),
  'GET /api/ready': same(PUBLIC, async () => get('/api/ready')),
  'POST /api/auth/login': same(PUBLIC, async (ctx) => {
    const email = `masuk-${next()}@uji.example`;
    await adminPost(ctx, '/api/users', {
      email,
      displayName: 'M',
      role: 'viewer',
      password: 'kata-sandi-uji-1',
    });
    return send('POST', '/api/auth/login', { email, password: 'kata-sandi-uji-1' });
  }),
  'POST /api/auth/logout': same(SIGNED_IN, async () => send('POST', '/api/auth/logout')),
  'GET /api/auth/me': same(SIGNED_IN, async () => get('/api/auth/me')),
  'POST /api/auth/password': same(SIGNED_IN, async () =>
    send('POST', '/api/auth/password', { currentPassword: 'x', newPassword: 'kata-sandi-baru-1' }),
  ),
  'GET /api/tokens': same(SIGNED_IN, async () => get('/api/tokens')),
  'POST /api/tokens': same(SIGNED_IN, async () => send('POST', '/api/tokens', { name: 'matriks' })),
  'DELETE /api/tokens/:id': same(SIGNED_IN, async (ctx, _side, _world, caller) => {
    const own = await ctx.app.inject({
      ...send('POST', '/api/tokens', { name: 'hapus' }),
      headers: caller.headers,
    });
    const id = own.statusCode === 201 ? own.json().id : '00000000-0000-4000-8000-000000000000';
    return send('DELETE', `/api/tokens/${id}`);
  }),

  'GET /api/users': same(ADMIN, async () => get('/api/users')),
  'GET /api/users/:id': same(ADMIN, async (ctx) => get(`/api/users/${await freshUser(ctx)}`)),
  'POST /api/users': same(ADMIN, async () =>
    send('POST', '/api/users', { email: `baru-${next()}@uji.example`, displayName: 'B', role: 'viewer' }),
  ),
  'PATCH /api/users/:id': same(ADMIN, async (ctx) =>
    send('PATCH', `/api/users/${await freshUser(ctx)}`, { version: 1, displayName: 'Diubah' }),
  ),
  'POST /api/users/:id/password': same(ADMIN, async (ctx) =>
    send('POST', `/api/users/${await freshUser(ctx)}/password`, { newPassword: 'kata-sandi-baru-1' }),
  ),
  'GET /api/users/:id/tokens': same(ADMIN, async (ctx) => get(`/api/users/${await freshUser(ctx)}/tokens`)),
  'DELETE /api/users/:id/tokens/:tokenId': same(ADMIN, async (ctx) => {
    const user = await freshUser(ctx);
    return send('DELETE', `/api/users/${user}/tokens/00000000-0000-4000-8000-000000000000`);
  }),
  'GET /api/audit': same('YNYNNNNU', async () => get('/api/audit?limit=5')),

  'GET /api/regions': same(PUBLIC, async () => get('/api/regions?parent=32')),
  'GET /api/regions/:code': same(PUBLIC, async () => get('/api/regions/32.73')),
  'GET /api/overview': same(SIGNED_IN, async () => get('/api/overview?region=32.73')),

  'GET /api/centers': same(PUBLIC, async () => get('/api/centers')),
  'GET /api/centers/:id': same(PUBLIC, async (_ctx, side) => get(`/api/centers/${side.centerId}`)),
  'POST /api/centers': rule('YNYNNNNU', OUT_WRITE, async (_ctx, side) =>
    send('POST', '/api/centers', buildCenterInput({ regionCodes: [side.village] })),
  ),
  'PATCH /api/centers/:id': rule('YNYYNNNU', OUT_WRITE, async (ctx, side) =>
    send('PATCH', `/api/centers/${side.centerId}`, {
      version: await versionOf(ctx, `/api/centers/${side.centerId}`),
      description: `Diubah ${next()}`,
    }),
  ),
  'POST /api/centers/:id/archive': rule('YNYNNNNU', OUT_WRITE, async (ctx, side) =>
    send('POST', `/api/centers/${await freshCenter(ctx, side)}/archive`),
  ),
  'POST /api/centers/:id/restore': rule('YNYNNNNU', OUT_WRITE, async (ctx, side) => {
    const id = await freshCenter(ctx, side);
    await adminPost(ctx, `/api/centers/${id}/archive`, {});
    return send('POST', `/api/centers/${id}/restore`);
  }),

  'GET /api/enterprises': same('YYYYYYNU', async () => get('/api/enterprises')),
  'GET /api/enterprises/:id': rule('YYYYYYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/enterprises/${side.enterpriseId}`),
  ),
  'POST /api/enterprises': rule('YNYNNNNU', OUT_WRITE, async (_ctx, side) =>
    send('POST', '/api/enterprises', buildEnterpriseInput({ regionCode: side.village })),
  ),
  'PATCH /api/enterprises/:id': rule('YNYYYNNU', OUT_WRITE, async (ctx, side) =>
    send('PATCH', `/api/enterprises/${side.enterpriseId}`, {
      version: await versionOf(ctx, `/api/enterprises/${side.enterpriseId}`),
      products: `Sepatu ${next()}`,
    }),
  ),
  'POST /api/enterprises/:id/archive': rule('YNYNNNNU', OUT_WRITE, async (ctx, side) => {
    const id = (await adminPost(ctx, '/api/enterprises', buildEnterpriseInput({ regionCode: side.village })))
      .id;
    return send('POST', `/api/enterprises/${id}/archive`);
  }),
  'POST /api/enterprises/:id/restore': rule('YNYNNNNU', OUT_WRITE, async (ctx, side) => {
    const id = (await adminPost(ctx, '/api/enterprises', buildEnterpriseInput({ regionCode: side.village })))
      .id;
    await adminPost(ctx, `/api/enterprises/${id}/archive`, {});
    return send('POST', `/api/enterprises/${id}/restore`);
  }),
  'GET /api/enterprises/:id/years': rule('YYYYYYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/enterprises/${side.enterpriseId}/years`),
  ),
  'PUT /api/enterprises/:id/years/:year': rule('YNYYYNNU', OUT_WRITE, async (_ctx, side) =>
    send('PUT', `/api/enterprises/${side.enterpriseId}/years/2023`, yearBody),
  ),
  'DELETE /api/enterprises/:id/years/:year': rule('YNYYYNNU', OUT_WRITE, async (ctx, side) => {
    await ctx.app.inject(send('PUT', `/api/enterprises/${side.enterpriseId}/years/2022`, yearBody));
    return send('DELETE', `/api/enterprises/${side.enterpriseId}/years/2022?source=dinas_census`);
  }),
  'GET /api/enterprises/:id/size-classes': rule('YYYYYYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/enterprises/${side.enterpriseId}/size-classes`),
  ),

  'GET /api/people': same('YYYYYYNU', async () => get('/api/people')),
  'GET /api/people/:id': rule('YYYYYYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/people/${side.personId}`),
  ),
  'POST /api/people': rule('YNYYYNNU', OUT_WRITE, async (_ctx, side) =>
    send('POST', '/api/people', {
      fullName: `Orang Baru ${next()}`,
      roles: ['worker'],
      affiliations: [{ enterpriseId: side.enterpriseId, role: 'worker' }],
    }),
  ),
  'PATCH /api/people/:id': rule('YNYYYNNU', OUT_WRITE, async (ctx, side) =>
    send('PATCH', `/api/people/${side.personId}`, {
      version: await versionOf(ctx, `/api/people/${side.personId}`),
      notes: `Catatan ${next()}`,
    }),
  ),
  'POST /api/people/:id/archive': rule('YNYNNNNU', OUT_WRITE, async (ctx, side) =>
    send('POST', `/api/people/${await freshPerson(ctx, side)}/archive`),
  ),
  'POST /api/people/:id/restore': rule('YNYNNNNU', OUT_WRITE, async (ctx, side) => {
    const id = await freshPerson(ctx, side);
    await adminPost(ctx, `/api/people/${id}/archive`, {});
    return send('POST', `/api/people/${id}/restore`);
  }),
  'GET /api/people/:id/export': rule('YNYNNNNU', OUT_WRITE, async (_ctx, side) =>
    get(`/api/people/${side.personId}/export`),
  ),
  'POST /api/people/:id/erase': rule('YNYNNNNU', OUT_WRITE, async (ctx, side) =>
    send('POST', `/api/people/${await freshPerson(ctx, side)}/erase`, { reason: 'Permintaan pemilik data' }),
  ),

  'GET /api/institutions': same(PUBLIC, async () => get('/api/institutions')),
  'GET /api/institutions/:id': same(PUBLIC, async (_ctx, side) =>
    get(`/api/institutions/${side.institutionId}`),
  ),
  'POST /api/institutions': rule('YNYNNNNU', OUT_WRITE, async (_ctx, side) =>
    send('POST', '/api/institutions', buildInstitutionInput({ regionCode: side.village })),
  ),
  'PATCH /api/institutions/:id': rule('YNYYNNNU', OUT_WRITE, async (ctx, side) =>
    send('PATCH', `/api/institutions/${side.institutionId}`, {
      version: await versionOf(ctx, `/api/institutions/${side.institutionId}`),
      description: `Diubah ${next()}`,
    }),
  ),
  'POST /api/institutions/:id/archive': rule('YNYNNNNU', OUT_WRITE, async (ctx, side) => {
    const id = (
      await adminPost(ctx, '/api/institutions', buildInstitutionInput({ regionCode: side.village }))
    ).id;
    return send('POST', `/api/institutions/${id}/archive`);
  }),
  'POST /api/institutions/:id/restore': rule('YNYNNNNU', OUT_WRITE, async (ctx, side) => {
    const id = (
      await adminPost(ctx, '/api/institutions', buildInstitutionInput({ regionCode: side.village }))
    ).id;
    await adminPost(ctx, `/api/institutions/${id}/archive`, {});
    return send('POST', `/api/institutions/${id}/restore`);
  }),
  'GET /api/institutions/:id/challenges': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/institutions/${side.institutionId}/challenges`),
  ),
  'POST /api/institutions/:id/challenges': rule('YNYYNNNU', OUT_WRITE, async (_ctx, side) =>
    send('POST', `/api/institutions/${side.institutionId}/challenges`, buildChallengeInput()),
  ),
  'GET /api/challenges/:id': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/challenges/${side.challengeId}`),
  ),
  'PATCH /api/challenges/:id': rule('YNYYNNNU', OUT_WRITE, async (ctx, side) =>
    send('PATCH', `/api/challenges/${side.challengeId}`, {
      version: await versionOf(ctx, `/api/challenges/${side.challengeId}`),
      notes: `Catatan ${next()}`,
    }),
  ),

  'GET /api/centers/:id/members': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/centers/${side.centerId}/members`),
  ),
  'GET /api/enterprises/:id/memberships': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/enterprises/${side.enterpriseId}/memberships`),
  ),
  'GET /api/centers/:id/network': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/centers/${side.centerId}/network`),
  ),
  'GET /api/centers/:id/analysis': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/centers/${side.centerId}/analysis`),
  ),
  'GET /api/centers/:id/analysis/blockmodel': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/centers/${side.centerId}/analysis/blockmodel?k=3`),
  ),
  'GET /api/centers/:id/analysis/communities': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/centers/${side.centerId}/analysis/communities?method=leiden&resolution=1.5`),
  ),
  'GET /api/centers/:id/analysis/layers': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/centers/${side.centerId}/analysis/layers`),
  ),
  'GET /api/centers/:id/analysis/timeline': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/centers/${side.centerId}/analysis/timeline`),
  ),
  'GET /api/centers/:id/network/change': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/centers/${side.centerId}/network/change?from=2019-01-01&to=2024-01-01`),
  ),
  'GET /api/centers/:id/analysis/brokerage': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/centers/${side.centerId}/analysis/brokerage?grouping=village`),
  ),
  'GET /api/analysis/compare': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/analysis/compare?centers=${side.centerId}`),
  ),
  'GET /api/analysis/compare.xlsx': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/analysis/compare.xlsx?centers=${side.centerId}`),
  ),
  'GET /api/analysis/patterns': rule('YYYYNYNU', 'YYYYNYNU', async () => get('/api/analysis/patterns')),
  'GET /api/analysis/pattern-counts': rule('YYYYNYNU', 'YYYYNYNU', async () =>
    get('/api/analysis/pattern-counts'),
  ),
  'GET /api/centers/:id/network/export': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/centers/${side.centerId}/network/export?format=gexf`),
  ),
  'POST /api/center-memberships': rule('YNYYNNNU', OUT_WRITE, async (_ctx, side) =>
    send('POST', '/api/center-memberships', {
      centerId: side.centerId,
      enterpriseId: side.enterpriseId,
      ...freshPeriod(),
    }),
  ),
  'PATCH /api/center-memberships/:id': rule('YNYYNNNU', OUT_WRITE, async (_ctx, side) =>
    send('PATCH', `/api/center-memberships/${side.centerMembershipId}`, { role: 'member' }),
  ),
  'DELETE /api/center-memberships/:id': rule('YNYYNNNU', OUT_WRITE, async (ctx, side) => {
    const created = await adminPost(ctx, '/api/center-memberships', {
      centerId: side.centerId,
      enterpriseId: side.enterpriseId,
      ...freshPeriod(),
    });
    return send('DELETE', `/api/center-memberships/${created.id}`);
  }),
  'GET /api/institutions/:id/members': rule('YYYYNYNU', 'YYNNNYNU', async (_ctx, side) =>
    get(`/api/institutions/${side.institutionId}/members`),
  ),
  'POST /api/institution-memberships': rule('YNYYNNNU', OUT_WRITE, async (_ctx, side) =>
    send('POST', '/api/institution-memberships', {
      institutionId: side.institutionId,
      enterpriseId: side.enterpriseId,
      ...freshPeriod(),
    }),
  ),
  'PATCH /api/institution-memberships/:id': rule('YNYYNNNU', OUT_WRITE, async (_ctx, side) =>
    send('PATCH', `/api/institution-memberships/${side.institutionMembershipId}`, { role: 'member' }),
  ),
  'DELETE /api/institution-memberships/:id': rule('YNYYNNNU', OUT_WRITE, async (ctx, side) => {
    const created = await adminPost(ctx, '/api/institution-memberships', {
      institutionId: side.institutionId,
      enterpriseId: side.enterpriseId,
      ...freshPeriod(),
    });
    return send('DELETE', `/api/institution-memberships/${created.id}`);
  }),

  'GET /api/interaction-types': same(PUBLIC, async () => get('/api/interaction-types')),
  'GET /api/interactions': same('YYYYYYNU', async () => get('/api/interactions')),
  'GET /api/interactions/:id': rule('YYYYYYNU', 'YYNNNYNU', async (ctx, side) =>
    get(`/api/interactions/${await sideInteraction(ctx, side)}`),
  ),
  'POST /api/interactions': rule('YNYYYNNU', OUT_WRITE, async (ctx, side) =>
    send('POST', '/api/interactions', freshInteractionBody(await freshEnterprise(ctx, side), side)),
  ),
  'PATCH /api/interactions/:id': rule('YNYYYNNU', OUT_WRITE, async (ctx, side) => {
    const id = await sideInteraction(ctx, side);
    return send('PATCH', `/api/interactions/${id}`, {
      version: await versionOf(ctx, `/api/interactions/${id}`),
      volume: `${next()} kg/bulan`,
    });
  }),
  'POST /api/interactions/:id/archive': rule('YNYYYNNU', OUT_WRITE, async (ctx, side) =>
    send('POST', `/api/interactions/${await freshInteraction(ctx, side)}/archive`),
  ),
  'POST /api/interactions/:id/restore': rule('YNYYYNNU', OUT_WRITE, async (ctx, side) => {
    const id = await freshInteraction(ctx, side);
    await adminPost(ctx, `/api/interactions/${id}/archive`, {});
    return send('POST', `/api/interactions/${id}/restore`);
  }),

  // Files. A regional officer may import, but rows outside their regions are row errors (422), not a 403.
  'POST /api/import/:kind': same('YNYNNNNU', async (ctx) => {
    const csv = (await ctx.app.inject(get('/api/export/centers?format=csv'))).body;
    return {
      method: 'POST',
      url: '/api/import/centers?dryRun=true',
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    };
  }),
  'GET /api/export/:kind': same('YYYNNNNU', async () => get('/api/export/institutions?format=csv')),
  'GET /api/templates/:kind.xlsx': same('YYYNNNNU', async () => get('/api/templates/enterprises.xlsx')),

  // The job queue: the installation's machinery, admins only; jobs belong to no region.
  'GET /api/jobs': same(ADMIN, async () => get('/api/jobs')),
  'POST /api/jobs/:id/retry': same(ADMIN, async (ctx) =>
    send('POST', `/api/jobs/${await laterJob(ctx)}/retry`),
  ),
  'POST /api/jobs/:id/cancel': same(ADMIN, async (ctx) =>
    send('POST', `/api/jobs/${await laterJob(ctx)}/cancel`),
  ),
  // The national recompute on the queue: progress and a start, as the queue itself (admins only).
  'GET /api/jobs/analysis-runs': same(ADMIN, async () => get('/api/jobs/analysis-runs')),
  'POST /api/jobs/analysis-runs': same(ADMIN, async () => send('POST', '/api/jobs/analysis-runs', {})),
  ...NOTIFICATION_MATRIX,
  ...IMPORT_RUN_MATRIX,
  ...REQUEST_MATRIX,
  ...REGION_EXPORT_MATRIX,
  ...MATCHING_MATRIX,
  ...CAPABILITY_MATRIX,
  ...POOL_MATRIX,
  ...PARTNERSHIP_KPI_MATRIX,
  ...PARTNERSHIP_SETTINGS_MATRIX,
  ...REQUEST_AGGREGATE_MATRIX,
  ...DESIGN_LEDGER_MATRIX,
  ...PRICE_AGREEMENT_MATRIX,
  ...CASE_MATRIX,
  ...CASE_KPI_MATRIX,
  ...RESEARCH_MATRIX,
  ...REPORT_MATRIX,
  ...ECOSYSTEM_MATRIX,
  ...INTERVENTION_MATRIX,
  ...INSTITUTION_ASSESSMENT_MATRIX,
  ...SCENARIO_MATRIX,
  ...FACILITY_MATRIX,
  ...FIELD_MATRIX,
  ...XLSFORM_MATRIX,
  ...RESEARCH_CODING_MATRIX,
  ...RESEARCH_EXCHANGE_MATRIX,
  ...RESEARCH_SCALES_MATRIX,
  ...EVIDENCE_MATRIX,
  ...RESEARCH_PRIVACY_MATRIX,
};

/** A job due in an hour (no worker runs in this test): something to retry or cancel. */
function laterJob(ctx: TestContext): Promise<string> {
  return addJob(ctx.db, 'jobs.cleanup', {}, { runAt: new Date(Date.now() + 3_600_000) });
}

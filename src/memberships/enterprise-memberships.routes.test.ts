import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type AuthHeaders, useTestApp } from '../../test/app.ts';
import { loadPseudonymKey, pseudonym } from '../auth/pseudonym.ts';
import type { EnterpriseMemberships } from './memberships.schema.ts';
import { createCenter, createEnterprise, createInstitution } from './memberships.test-helpers.ts';

const ctx = useTestApp();
const CIBADUYUT = '32.73.17.1003';
const JEPARA = '33.20.11.2012';
const MISSING = '00000000-0000-4000-8000-000000000000';

/** Records a membership period as the test admin. */
async function enrol(payload: Record<string, unknown>) {
  const kind = 'centerId' in payload ? 'center' : 'institution';
  const response = await ctx.app.inject({ method: 'POST', url: `/api/${kind}-memberships`, payload });
  expect(response.statusCode, response.body).toBe(201);
}

async function memberships(enterpriseId: string, headers?: AuthHeaders) {
  return ctx.app.inject({
    url: `/api/enterprises/${enterpriseId}/memberships`,
    ...(headers && { headers }),
  });
}

async function visible(enterpriseId: string, headers?: AuthHeaders): Promise<EnterpriseMemberships> {
  const response = await memberships(enterpriseId, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('GET /api/enterprises/:id/memberships', () => {
  let centerA: string;
  let centerB: string;
  /** A centre the firm never joined. */
  let centerC: string;
  let koperasi: string;
  /** A Bandung firm: member then board of centre A, member of centre B (Jepara), chair of the koperasi. */
  let asep: string;

  beforeAll(async () => {
    centerA = await createCenter(ctx, { name: 'Sentra Sepatu Uji', regionCodes: [CIBADUYUT] });
    centerB = await createCenter(ctx, { name: 'Sentra Mebel Uji', regionCodes: [JEPARA] });
    centerC = await createCenter(ctx, { regionCodes: [CIBADUYUT] });
    koperasi = await createInstitution(ctx, {
      name: 'Koperasi Sepatu Uji',
      regionCode: CIBADUYUT,
      centerIds: [centerA],
    });
    asep = await createEnterprise(ctx, { name: 'Sepatu Asep', regionCode: CIBADUYUT });
    const other = await createEnterprise(ctx, { name: 'Sepatu Lain', regionCode: CIBADUYUT });
    await enrol({ centerId: centerA, enterpriseId: asep, validFrom: '2015-01-01', validTo: '2019-12-31' });
    await enrol({ centerId: centerA, enterpriseId: asep, validFrom: '2020-01-01', role: 'board' });
    await enrol({ centerId: centerB, enterpriseId: asep, validFrom: '2021-06-01' });
    await enrol({ institutionId: koperasi, enterpriseId: asep, validFrom: '2018-03-01', role: 'chair' });
    await enrol({ centerId: centerA, enterpriseId: other, validFrom: '2015-01-01' });
  });

  it('lists every period of the firm in centres and institutions, latest first, with their names', async () => {
    const { centers, institutions } = await visible(asep);
    expect(centers.map((m) => [m.centerName, m.role, m.validFrom, m.validTo])).toEqual([
      ['Sentra Mebel Uji', 'member', '2021-06-01', null],
      ['Sentra Sepatu Uji', 'board', '2020-01-01', null],
      ['Sentra Sepatu Uji', 'member', '2015-01-01', '2019-12-31'],
    ]);
    expect(centers.every((m) => m.enterpriseId === asep && m.enterpriseName === 'Sepatu Asep')).toBe(true);
    expect(centers[1]?.centerId).toBe(centerA);
    expect(institutions).toEqual([
      expect.objectContaining({
        institutionId: koperasi,
        institutionName: 'Koperasi Sepatu Uji',
        role: 'chair',
        validFrom: '2018-03-01',
        validTo: null,
      }),
    ]);
  });

  it('answers 404 for an unknown firm, a malformed id included', async () => {
    for (const id of [MISSING, 'bukan-uuid']) {
      const missing = await memberships(id);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe('not_found');
    }
  });

  it('refuses the roles that may not read member lists, and firms outside the reader’s scope', async () => {
    expect((await memberships(asep, ANONYMOUS)).statusCode).toBe(401);
    const refused = [
      await memberships(asep, await ctx.as('viewer')),
      // The member lists are not for enterprise users, their own firm's included.
      await memberships(asep, await ctx.as('enterprise', { enterprises: [asep] })),
      await memberships(asep, await ctx.as('regional_officer', { regions: ['33.20'] })),
      await memberships(asep, await ctx.as('center_manager', { centers: [centerC] })),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
    expect(refused.map((r) => r.body).join()).not.toContain('Sentra Sepatu Uji');
  });

  it('shows a scoped reader only the centres and institutions whose member lists they may read', async () => {
    const officer = await visible(asep, await ctx.as('regional_officer', { regions: ['32.73'] }));
    expect(officer.centers.map((m) => m.centerName)).toEqual(['Sentra Sepatu Uji', 'Sentra Sepatu Uji']);
    expect(officer.institutions.map((m) => m.institutionName)).toEqual(['Koperasi Sepatu Uji']);
    const manager = await visible(asep, await ctx.as('center_manager', { centers: [centerA] }));
    expect(manager.centers.map((m) => m.role)).toEqual(['board', 'member']);
    expect(manager.institutions).toHaveLength(1);
    // A national reader reads every member list, the Jepara centre's too.
    const national = await visible(asep, await ctx.as('ministry'));
    expect(national.centers).toHaveLength(3);
  });

  it('gives researchers the firm as a pseudonym, with the centres and institutions named', async () => {
    const key = await loadPseudonymKey(ctx.db);
    const { centers, institutions } = await visible(asep, await ctx.as('researcher'));
    expect(centers).toHaveLength(3);
    for (const m of [...centers, ...institutions]) {
      expect(m.enterpriseName).toBe(pseudonym(key, 'IKM', asep));
    }
    expect(JSON.stringify({ centers, institutions })).not.toContain('Sepatu Asep');
    expect(institutions[0]?.institutionName).toBe('Koperasi Sepatu Uji');
  });

  it('is documented in OpenAPI from its zod schema', async () => {
    const openapi = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
    const get = openapi.paths['/api/enterprises/{id}/memberships']?.get;
    const schema = get?.responses?.['200']?.content?.['application/json']?.schema;
    expect(Object.keys(schema?.properties ?? {})).toEqual(['centers', 'institutions']);
    expect(Object.keys(schema.properties.centers.items.properties)).toEqual(
      expect.arrayContaining(['centerId', 'centerName', 'role', 'validFrom', 'validTo']),
    );
  });
});

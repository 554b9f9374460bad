import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type AuthHeaders, useTestApp } from '../../test/app.ts';
import { loadPseudonymKey, pseudonym } from '../auth/pseudonym.ts';
import { createCenter, createEnterprise, createInstitution } from './memberships.test-helpers.ts';

const ctx = useTestApp();
const CIBADUYUT = '32.73.17.1003';
/** Another Bandung village, in the officer's city but outside centre A's regions. */
const SITUSAEUR = '32.73.17.1001';
const JEPARA = '33.20.11.2012';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

async function call(headers: AuthHeaders, method: Method, url: string, payload?: object) {
  return ctx.app.inject({ method, url: `/api${url}`, headers, ...(payload && { payload }) });
}

/** Records a membership as the test admin and returns its id. */
async function enrol(kind: 'center' | 'institution', ownerId: string, enterpriseId: string) {
  const owner = kind === 'center' ? { centerId: ownerId } : { institutionId: ownerId };
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/${kind}-memberships`,
    payload: { ...owner, enterpriseId, validFrom: '2020-01-01' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

const join = (centerId: string, enterpriseId: string) => ({
  centerId,
  enterpriseId,
  validFrom: '2024-01-01',
});
const joinInstitution = (institutionId: string, enterpriseId: string) => ({
  institutionId,
  enterpriseId,
  validFrom: '2024-01-01',
});

describe('membership access', () => {
  let centerA: string;
  let centerB: string;
  let institutionA: string;
  let institutionB: string;
  /** Bandung firm, member of centre A and institution A. */
  let asep: string;
  /** Jepara firm, member of centre B and institution B. */
  let budi: string;
  let memberA: string;
  let memberB: string;
  let institutionMemberA: string;
  let institutionMemberB: string;
  let officer: AuthHeaders;
  let manager: AuthHeaders;

  beforeAll(async () => {
    centerA = await createCenter(ctx, { regionCodes: [CIBADUYUT] });
    centerB = await createCenter(ctx, { regionCodes: [JEPARA] });
    institutionA = await createInstitution(ctx, { regionCode: CIBADUYUT, centerIds: [centerA] });
    institutionB = await createInstitution(ctx, { regionCode: JEPARA, centerIds: [centerB] });
    asep = await createEnterprise(ctx, { name: 'Sepatu Asep', regionCode: CIBADUYUT });
    budi = await createEnterprise(ctx, { name: 'Mebel Budi', regionCode: JEPARA });
    memberA = await enrol('center', centerA, asep);
    memberB = await enrol('center', centerB, budi);
    institutionMemberA = await enrol('institution', institutionA, asep);
    institutionMemberB = await enrol('institution', institutionB, budi);
    officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    manager = await ctx.as('center_manager', { centers: [centerA] });
  });

  it('answers 401 to anonymous callers on every membership route', async () => {
    const refused = [
      await call(ANONYMOUS, 'GET', `/centers/${centerA}/members`),
      await call(ANONYMOUS, 'POST', '/center-memberships', join(centerA, budi)),
      await call(ANONYMOUS, 'PATCH', `/center-memberships/${memberA}`, { role: 'board' }),
      await call(ANONYMOUS, 'DELETE', `/center-memberships/${memberA}`),
      await call(ANONYMOUS, 'GET', `/institutions/${institutionA}/members`),
      await call(ANONYMOUS, 'POST', '/institution-memberships', joinInstitution(institutionA, budi)),
      await call(ANONYMOUS, 'PATCH', `/institution-memberships/${institutionMemberA}`, { role: 'board' }),
      await call(ANONYMOUS, 'DELETE', `/institution-memberships/${institutionMemberA}`),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual(refused.map(() => 401));
  });

  it('answers 403 to roles the policy leaves out', async () => {
    const viewer = await ctx.as('viewer');
    const owner = await ctx.as('enterprise', { enterprises: [asep] });
    const researcher = await ctx.as('researcher');
    const ministry = await ctx.as('ministry');
    const refused = [
      await call(viewer, 'GET', `/centers/${centerA}/members`),
      await call(owner, 'GET', `/centers/${centerA}/members`),
      await call(owner, 'POST', '/center-memberships', join(centerB, asep)),
      await call(researcher, 'POST', '/center-memberships', join(centerB, budi)),
      await call(ministry, 'DELETE', `/institution-memberships/${institutionMemberB}`),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual(refused.map(() => 403));
    // The ministry reads every member list.
    expect((await call(ministry, 'GET', `/centers/${centerB}/members`)).json().total).toBe(1);
  });

  it('lets a regional officer keep member lists in their regions only', async () => {
    const listA = await call(officer, 'GET', `/centers/${centerA}/members`);
    expect(listA.statusCode).toBe(200);
    expect(listA.json().items.map((m: { enterpriseName: string }) => m.enterpriseName)).toEqual([
      'Sepatu Asep',
    ]);
    expect((await call(officer, 'GET', `/centers/${centerB}/members`)).statusCode).toBe(403);
    expect((await call(officer, 'GET', `/institutions/${institutionB}/members`)).statusCode).toBe(403);

    const cecep = await createEnterprise(ctx, { name: 'Sepatu Cecep', regionCode: SITUSAEUR });
    expect((await call(officer, 'POST', '/center-memberships', join(centerA, cecep))).statusCode).toBe(201);
    const joined = await call(
      officer,
      'POST',
      '/institution-memberships',
      joinInstitution(institutionA, cecep),
    );
    expect(joined.statusCode, joined.body).toBe(201);
    // A firm outside their regions, or a centre or institution outside them, is refused.
    expect((await call(officer, 'POST', '/center-memberships', join(centerA, budi))).statusCode).toBe(403);
    expect((await call(officer, 'POST', '/center-memberships', join(centerB, cecep))).statusCode).toBe(403);
    const foreign = await call(
      officer,
      'POST',
      '/institution-memberships',
      joinInstitution(institutionA, budi),
    );
    expect(foreign.statusCode).toBe(403);

    const ended = await call(officer, 'PATCH', `/center-memberships/${memberA}`, { validTo: '2030-12-31' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(
      (await call(officer, 'PATCH', `/center-memberships/${memberB}`, { role: 'board' })).statusCode,
    ).toBe(403);
    expect((await call(officer, 'DELETE', `/center-memberships/${memberB}`)).statusCode).toBe(403);
    expect((await call(officer, 'DELETE', `/institution-memberships/${institutionMemberB}`)).statusCode).toBe(
      403,
    );
    const stillThere = (await ctx.app.inject({ url: `/api/centers/${centerB}/members` })).json();
    expect(stillThere.items).toEqual([expect.objectContaining({ id: memberB, role: 'member' })]);
  });

  it("lets a centre manager enrol firms located in their centre's regions, and no others", async () => {
    const eko = await createEnterprise(ctx, { name: 'Sepatu Eko', regionCode: CIBADUYUT });
    const dewi = await createEnterprise(ctx, { name: 'Sepatu Dewi', regionCode: SITUSAEUR });
    const enrolled = await call(manager, 'POST', '/center-memberships', join(centerA, eko));
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    expect((await call(manager, 'POST', '/center-memberships', join(centerA, dewi))).statusCode).toBe(403);
    expect((await call(manager, 'POST', '/center-memberships', join(centerA, budi))).statusCode).toBe(403);
    expect((await call(manager, 'POST', '/center-memberships', join(centerB, asep))).statusCode).toBe(403);

    // Eko is now a member of centre A, hence in scope for the institution serving it; Dewi is not.
    const served = await call(
      manager,
      'POST',
      '/institution-memberships',
      joinInstitution(institutionA, eko),
    );
    expect(served.statusCode, served.body).toBe(201);
    const notMember = await call(
      manager,
      'POST',
      '/institution-memberships',
      joinInstitution(institutionA, dewi),
    );
    expect(notMember.statusCode).toBe(403);
    const otherInstitution = await call(
      manager,
      'POST',
      '/institution-memberships',
      joinInstitution(institutionB, eko),
    );
    expect(otherInstitution.statusCode).toBe(403);

    expect(
      (await call(manager, 'PATCH', `/center-memberships/${memberA}`, { role: 'board' })).statusCode,
    ).toBe(200);
    expect(
      (await call(manager, 'PATCH', `/center-memberships/${memberB}`, { role: 'board' })).statusCode,
    ).toBe(403);
    expect((await call(manager, 'GET', `/centers/${centerA}/members`)).json().total).toBe(3);
    expect((await call(manager, 'GET', `/centers/${centerB}/members`)).statusCode).toBe(403);
    expect((await call(manager, 'GET', `/institutions/${institutionB}/members`)).statusCode).toBe(403);
  });

  it('shows researchers every member list with pseudonyms, and real names when granted', async () => {
    const key = await loadPseudonymKey(ctx.db);
    const researcher = await ctx.as('researcher');
    const page = (await call(researcher, 'GET', `/institutions/${institutionB}/members`)).json();
    expect(page.items).toEqual([
      expect.objectContaining({ enterpriseId: budi, enterpriseName: pseudonym(key, 'IKM', budi) }),
    ]);
    const listA = (await call(researcher, 'GET', `/centers/${centerA}/members?history=true`)).json();
    const ids = listA.items.map((m: { enterpriseId: string }) => m.enterpriseId);
    expect(listA.total).toBeGreaterThanOrEqual(2);
    // Ordered by id, not by the hidden names.
    expect(ids).toEqual([...ids].sort());
    expect(listA.items.map((m: { enterpriseName: string }) => m.enterpriseName)).toEqual(
      ids.map((id: string) => pseudonym(key, 'IKM', id)),
    );
    const search = await call(researcher, 'GET', `/centers/${centerA}/members?q=Asep`);
    expect(search.statusCode).toBe(403);

    const granted = await ctx.as('researcher', {}, { personalDataAccess: true });
    const named = (await call(granted, 'GET', `/centers/${centerB}/members`)).json();
    expect(named.items.map((m: { enterpriseName: string }) => m.enterpriseName)).toEqual(['Mebel Budi']);
    expect((await call(granted, 'GET', `/centers/${centerA}/members?q=Asep`)).json().total).toBe(1);
  });

  it('refuses writes with a read-only token, even in scope', async () => {
    const readOnly = await ctx.as('regional_officer', { regions: ['32.73'] }, { access: 'read' });
    expect((await call(readOnly, 'GET', `/centers/${centerA}/members`)).statusCode).toBe(200);
    const write = await call(readOnly, 'PATCH', `/center-memberships/${memberA}`, { role: 'member' });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toBe('Token API ini hanya untuk membaca.');
    expect(
      (await call(readOnly, 'DELETE', `/institution-memberships/${institutionMemberA}`)).statusCode,
    ).toBe(403);
  });
});

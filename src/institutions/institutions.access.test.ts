import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type AuthHeaders, useTestApp } from '../../test/app.ts';
import { buildChallengeInput, buildInstitutionInput } from '../../test/factories.ts';
import { createCenter, createInstitution } from '../memberships/memberships.test-helpers.ts';

const ctx = useTestApp();
const BANDUNG = '32.73.17.1003';
const JEPARA = '33.20.11.2012';

async function call(headers: AuthHeaders, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return ctx.app.inject({ method, url: `/api${url}`, headers, ...(payload && { payload }) });
}

async function recordChallenge(institutionId: string): Promise<string> {
  const created = await ctx.app.inject({
    method: 'POST',
    url: `/api/institutions/${institutionId}/challenges`,
    payload: buildChallengeInput({ notes: 'Ketua paguyuban, Bapak Uji, jarang hadir.' }),
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

async function versionOf(id: string): Promise<number> {
  return (await ctx.app.inject({ url: `/api/institutions/${id}` })).json().version;
}

describe('institutions and challenges access', () => {
  let centerA: string;
  let centerB: string;
  /** In Bandung, serving centre A. */
  let bandung: string;
  /** In Jepara, serving centre B. */
  let jepara: string;
  /** In Jepara but serving the Bandung centre A: in scope through the centre it serves. */
  let servingA: string;
  let bandungChallenge: string;
  let jeparaChallenge: string;
  let officer: AuthHeaders;

  beforeAll(async () => {
    centerA = await createCenter(ctx, { regionCodes: [BANDUNG] });
    centerB = await createCenter(ctx, { regionCodes: [JEPARA] });
    bandung = await createInstitution(ctx, { regionCode: BANDUNG, centerIds: [centerA] });
    jepara = await createInstitution(ctx, { regionCode: JEPARA, centerIds: [centerB] });
    servingA = await createInstitution(ctx, { regionCode: JEPARA, centerIds: [centerA] });
    bandungChallenge = await recordChallenge(bandung);
    jeparaChallenge = await recordChallenge(jepara);
    officer = await ctx.as('regional_officer', { regions: ['32.73'] });
  });

  it('shows institution profiles to anyone, and nothing else to anonymous callers', async () => {
    const list = await call(ANONYMOUS, 'GET', '/institutions');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual(
      expect.arrayContaining([bandung, jepara, servingA]),
    );
    expect((await call(ANONYMOUS, 'GET', `/institutions/${jepara}`)).statusCode).toBe(200);

    const version = 1;
    const refused = [
      await call(ANONYMOUS, 'POST', '/institutions', buildInstitutionInput()),
      await call(ANONYMOUS, 'PATCH', `/institutions/${bandung}`, { name: 'X', version }),
      await call(ANONYMOUS, 'POST', `/institutions/${bandung}/archive`, { version }),
      await call(ANONYMOUS, 'POST', `/institutions/${bandung}/restore`, { version }),
      await call(ANONYMOUS, 'GET', `/institutions/${bandung}/challenges`),
      await call(ANONYMOUS, 'POST', `/institutions/${bandung}/challenges`, buildChallengeInput()),
      await call(ANONYMOUS, 'GET', `/challenges/${bandungChallenge}`),
      await call(ANONYMOUS, 'PATCH', `/challenges/${bandungChallenge}`, { severity: 'high', version }),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual(refused.map(() => 401));
  });

  it('refuses roles the policy leaves out', async () => {
    const viewer = await ctx.as('viewer');
    const manager = await ctx.as('center_manager', { centers: [centerA] });
    const researcher = await ctx.as('researcher');
    const ministry = await ctx.as('ministry');
    const refused = [
      await call(viewer, 'GET', `/institutions/${bandung}/challenges`),
      await call(viewer, 'GET', `/challenges/${bandungChallenge}`),
      await call(manager, 'POST', '/institutions', buildInstitutionInput({ centerIds: [centerA] })),
      await call(manager, 'POST', `/institutions/${bandung}/archive`, {}),
      await call(researcher, 'POST', `/institutions/${bandung}/challenges`, buildChallengeInput()),
      await call(ministry, 'PATCH', `/institutions/${bandung}`, { name: 'X', version: 1 }),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual(refused.map(() => 403));
    // The ministry reads every challenges log in the country.
    expect((await call(ministry, 'GET', `/institutions/${jepara}/challenges`)).json().total).toBe(1);
  });

  it('lets a regional officer manage institutions in their regions and nowhere else', async () => {
    const edited = await call(officer, 'PATCH', `/institutions/${bandung}`, {
      description: 'Diperbarui Dinas Kota Bandung',
      version: await versionOf(bandung),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const viaCenter = await call(officer, 'PATCH', `/institutions/${servingA}`, {
      foundedYear: 1999,
      version: await versionOf(servingA),
    });
    expect(viaCenter.statusCode, viaCenter.body).toBe(200);

    const outside = await call(officer, 'PATCH', `/institutions/${jepara}`, {
      description: 'X',
      version: await versionOf(jepara),
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.message).toBe('Data ini di luar wilayah atau sentra tugas Anda.');
    const archiveOutside = await call(officer, 'POST', `/institutions/${jepara}/archive`, {});
    expect(archiveOutside.statusCode).toBe(403);
    expect((await call(officer, 'GET', `/institutions/${jepara}/challenges`)).statusCode).toBe(403);
    expect((await call(officer, 'GET', `/challenges/${jeparaChallenge}`)).statusCode).toBe(403);
    const patchOutside = await call(officer, 'PATCH', `/challenges/${jeparaChallenge}`, {
      severity: 'high',
      version: 1,
    });
    expect(patchOutside.statusCode).toBe(403);
    expect((await call(officer, 'GET', `/challenges/${bandungChallenge}`)).statusCode).toBe(200);
    const logged = await call(officer, 'POST', `/institutions/${bandung}/challenges`, buildChallengeInput());
    expect(logged.statusCode, logged.body).toBe(201);

    // Nothing above changed the Jepara institution.
    const untouched = (await call(ANONYMOUS, 'GET', `/institutions/${jepara}`)).json();
    expect(untouched).toMatchObject({ description: null, archivedAt: null, version: 1 });
  });

  it('makes a regional officer place new and moved institutions inside their scope', async () => {
    const inside = await call(
      officer,
      'POST',
      '/institutions',
      buildInstitutionInput({ regionCode: BANDUNG }),
    );
    expect(inside.statusCode, inside.body).toBe(201);
    const elsewhere = await call(
      officer,
      'POST',
      '/institutions',
      buildInstitutionInput({ regionCode: JEPARA }),
    );
    expect(elsewhere.statusCode).toBe(403);
    const nowhere = await call(officer, 'POST', '/institutions', buildInstitutionInput({ regionCode: null }));
    expect(nowhere.statusCode).toBe(403);
    const foreignCenter = await call(
      officer,
      'POST',
      '/institutions',
      buildInstitutionInput({ regionCode: BANDUNG, centerIds: [centerA, centerB] }),
    );
    expect(foreignCenter.statusCode).toBe(403);

    const id = inside.json().id;
    const move = await call(officer, 'PATCH', `/institutions/${id}`, { regionCode: JEPARA, version: 1 });
    expect(move.statusCode).toBe(403);
    const link = await call(officer, 'PATCH', `/institutions/${id}`, { centerIds: [centerB], version: 1 });
    expect(link.statusCode).toBe(403);
    // Re-sending the current region is no move; linking a centre in scope is fine.
    const same = await call(officer, 'PATCH', `/institutions/${id}`, {
      regionCode: BANDUNG,
      centerIds: [centerA],
      version: 1,
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ regionCode: BANDUNG, centerIds: [centerA], version: 2 });
  });

  it('lets a centre manager keep the institutions serving their centre, without moving them', async () => {
    const manager = await ctx.as('center_manager', { centers: [centerA] });
    const edited = await call(manager, 'PATCH', `/institutions/${bandung}`, {
      services: ['training'],
      version: await versionOf(bandung),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const logged = await call(manager, 'POST', `/institutions/${servingA}/challenges`, buildChallengeInput());
    expect(logged.statusCode, logged.body).toBe(201);
    expect((await call(manager, 'GET', `/challenges/${bandungChallenge}`)).statusCode).toBe(200);

    expect((await call(manager, 'GET', `/institutions/${jepara}/challenges`)).statusCode).toBe(403);
    const other = await call(manager, 'PATCH', `/institutions/${jepara}`, {
      name: 'X',
      version: await versionOf(jepara),
    });
    expect(other.statusCode).toBe(403);
    const version = await versionOf(bandung);
    const linkB = await call(manager, 'PATCH', `/institutions/${bandung}`, {
      centerIds: [centerA, centerB],
      version,
    });
    expect(linkB.statusCode).toBe(403);
    const move = await call(manager, 'PATCH', `/institutions/${bandung}`, { regionCode: JEPARA, version });
    expect(move.statusCode).toBe(403);
  });

  it('shows researchers every challenge, with notes only when granted personal data', async () => {
    const researcher = await ctx.as('researcher');
    const page = (await call(researcher, 'GET', `/institutions/${jepara}/challenges`)).json();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ id: jeparaChallenge, category: 'passive_members', notes: null });
    const one = (await call(researcher, 'GET', `/challenges/${bandungChallenge}`)).json();
    expect(one).toMatchObject({ severity: 'medium', notes: null });

    const granted = await ctx.as('researcher', {}, { personalDataAccess: true });
    const full = (await call(granted, 'GET', `/challenges/${bandungChallenge}`)).json();
    expect(full.notes).toBe('Ketua paguyuban, Bapak Uji, jarang hadir.');
  });

  it('refuses writes with a read-only token, even in scope', async () => {
    const readOnly = await ctx.as('regional_officer', { regions: ['32.73'] }, { access: 'read' });
    expect((await call(readOnly, 'GET', `/institutions/${bandung}/challenges`)).statusCode).toBe(200);
    const write = await call(readOnly, 'PATCH', `/institutions/${bandung}`, {
      name: 'X',
      version: await versionOf(bandung),
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toBe('Token API ini hanya untuk membaca.');
    const log = await call(readOnly, 'POST', `/institutions/${bandung}/challenges`, buildChallengeInput());
    expect(log.statusCode).toBe(403);
  });
});

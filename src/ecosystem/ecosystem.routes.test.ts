import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import {
  createCenter,
  createEnterprise,
  createInstitution,
} from '../memberships/memberships.test-helpers.ts';
import type { Ecosystem } from './ecosystem.schema.ts';

const ctx = useTestApp();

let a: string;
let b: string;
let far: string;

async function member(centerId: string, overrides: Record<string, unknown>): Promise<string> {
  const enterpriseId = await createEnterprise(ctx, overrides);
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/center-memberships',
    payload: { centerId, enterpriseId, validFrom: '2015-01-01' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return enterpriseId;
}

beforeAll(async () => {
  a = await createCenter(ctx, { name: 'Sentra Ekosistem A', regionCodes: ['32.73.17.1003'] });
  b = await createCenter(ctx, { name: 'Sentra Ekosistem B', regionCodes: ['32.14.04.2009'] });
  far = await createCenter(ctx, { name: 'Sentra Ekosistem Jauh', regionCodes: ['33.20.01.2001'] });
  // A: both firms with an NIB, one exporter; B: one of two with an NIB, no exporter.
  await member(a, { nib: '9120000000101', valueChainRoles: ['producer', 'exporter'] });
  await member(a, { nib: '9120000000102' });
  await member(b, { nib: '9120000000103' });
  await member(b, {});
  // A is served by a registered paguyuban offering training; B by an informal one offering nothing countable.
  await createInstitution(ctx, { centerIds: [a], legalStatus: 'registered', services: ['training'] });
  await createInstitution(ctx, { centerIds: [b], legalStatus: 'informal', services: ['joint_purchasing'] });
}, 60_000);

const reading = (body: Ecosystem, centerId: string, key: string) =>
  body.centers.find((c) => c.centerId === centerId)?.readings.find((r) => r.key === key);
const score = (body: Ecosystem, centerId: string, element: string) =>
  body.centers.find((c) => c.centerId === centerId)?.elements.find((e) => e.element === element)?.score;

describe('GET /api/centers/:id/ecosystem', () => {
  it("compares the centre with its province's centres, normalising each proxy by the set mean", async () => {
    const response = await ctx.app.inject({ url: `/api/centers/${a}/ecosystem` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Ecosystem;
    expect(body.focusCenterId).toBe(a);
    const ids = body.centers.map((c) => c.centerId);
    expect(ids[0]).toBe(a);
    expect(ids).toContain(b);
    expect(ids).not.toContain(far);
    expect(body.elements).toHaveLength(10);
    // NIB shares 1 and 0.5 (mean over this test's two centres and any other of province 32 already stored).
    expect(reading(body, a, 'nib_share')).toMatchObject({ raw: 1, n: 2 });
    expect(reading(body, b, 'nib_share')).toMatchObject({ raw: 0.5, n: 2 });
    const nibMean = body.indicators.find((i) => i.key === 'nib_share')?.mean as number;
    expect(reading(body, a, 'nib_share')?.normalized).toBeCloseTo(1 / nibMean, 12);
    expect(reading(body, a, 'legal_institution_share')?.raw).toBe(1);
    expect(reading(body, b, 'legal_institution_share')?.raw).toBe(0);
    expect(reading(body, a, 'support_services')?.raw).toBe(1);
    // Not recorded in Simpul: shown as such, never a number.
    expect(body.indicators.find((i) => i.key === 'buyers')).toMatchObject({
      status: 'not_recorded',
      mean: null,
    });
    // Recorded, but no centre had a TPL facilitation: a zero everywhere is not compared.
    expect(body.indicators.find((i) => i.key === 'tpl_visits')).toMatchObject({
      status: 'no_variation',
      mean: 0,
    });
    expect(reading(body, a, 'buyers')).toMatchObject({ raw: null, normalized: null });
    const centerA = body.centers[0];
    expect(centerA?.presentElements).toBeLessThan(10);
    expect(centerA?.additive).not.toBeNull();
    expect(score(body, a, 'formal_institutions')).toBeGreaterThan(
      score(body, b, 'formal_institutions') as number,
    );
  });

  it('takes ?compare= and refuses more than 9 others, naming the field, in the reader language', async () => {
    const listed = await ctx.app.inject({ url: `/api/centers/${a}/ecosystem?compare=${far}` });
    expect(listed.statusCode, listed.body).toBe(200);
    expect((listed.json() as Ecosystem).centers.map((c) => c.centerId)).toEqual([a, far]);
    const ids = Array.from({ length: 10 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
    const tooMany = await ctx.app.inject({
      url: `/api/centers/${a}/ecosystem?compare=${ids.join(',')}`,
      headers: { 'accept-language': 'en' },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details[0]).toMatchObject({ path: 'compare' });
    expect(tooMany.body).toContain('Compared centres');
  });

  it('refuses a centre out of scope and a compared centre out of scope', async () => {
    const manager = await ctx.as('center_manager', { centers: [a] });
    const own = await ctx.app.inject({ url: `/api/centers/${a}/ecosystem`, headers: manager });
    expect(own.statusCode, own.body).toBe(200);
    // The default set holds only the centres the manager may read.
    expect((own.json() as Ecosystem).centers.map((c) => c.centerId)).toEqual([a]);
    const other = await ctx.app.inject({ url: `/api/centers/${b}/ecosystem`, headers: manager });
    expect(other.statusCode).toBe(403);
    const compared = await ctx.app.inject({
      url: `/api/centers/${a}/ecosystem?compare=${b}`,
      headers: manager,
    });
    expect(compared.statusCode).toBe(403);
  });
});

describe('GET /api/ecosystem', () => {
  it('compares the listed centres with each other', async () => {
    const response = await ctx.app.inject({ url: `/api/ecosystem?centers=${a},${b}` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Ecosystem;
    expect(body.focusCenterId).toBeNull();
    // Over exactly A and B the NIB mean is 0.75: A 1/0.75, B 0.5/0.75.
    expect(reading(body, a, 'nib_share')?.normalized).toBeCloseTo(4 / 3, 12);
    expect(reading(body, b, 'nib_share')?.normalized).toBeCloseTo(2 / 3, 12);
    // Exporter shares 0.5 and 0: mean 0.25, so A's demand proxy is 2 and B's 0.
    expect(reading(body, a, 'exporter_share')?.normalized).toBeCloseTo(2, 12);
    expect(reading(body, b, 'exporter_share')?.normalized).toBe(0);
  });

  it('refuses more than 10 centres and a value that is no centre id, naming the field', async () => {
    const ids = Array.from({ length: 11 }, (_, i) => `00000000-0000-4000-8000-0000000000${10 + i}`);
    const tooMany = await ctx.app.inject({ url: `/api/ecosystem?centers=${ids.join(',')}` });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('Daftar sentra');
    const bad = await ctx.app.inject({
      url: `/api/ecosystem?centers=${a},sentra-x`,
      headers: { 'accept-language': 'en' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ path: 'centers.1' });
  });

  it('is a 404 for an unknown centre', async () => {
    const response = await ctx.app.inject({
      url: `/api/ecosystem?centers=${a},00000000-0000-4000-8000-000000000099`,
    });
    expect(response.statusCode).toBe(404);
  });
});

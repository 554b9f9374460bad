import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildInstitutionInput } from '../../../test/factories.ts';
import {
  BANDUNG,
  centerWith,
  created,
  enterpriseIn,
  JEPARA,
  tie,
} from '../../interactions/interactions.test-helpers.ts';
import { centerNetworkVersions } from './network.repo.ts';

const ctx = useTestApp();

/** Firm `a` is a member of centres `one` and `two`; firm `b` of `one` only; institution `k` serves `one`. */
let a: string;
let b: string;
let one: string;
let two: string;
let elsewhere: string;
let k: string;

beforeAll(async () => {
  [a, b] = [await enterpriseIn(ctx), await enterpriseIn(ctx)];
  one = await centerWith(ctx, [a!, b!]);
  two = await centerWith(ctx, [a!]);
  elsewhere = await centerWith(ctx, [await enterpriseIn(ctx)]);
  k = (
    await created(ctx, '/api/institutions', buildInstitutionInput({ regionCode: BANDUNG, centerIds: [one] }))
  ).id!;
  await tie(ctx, a!, b!, { centerId: one, startDate: '2019-01-01' });
});

/** The view versions of `one`, `two` and `elsewhere` after `write`, minus those before. */
async function bumps(write: () => Promise<unknown>): Promise<number[]> {
  const read = async () =>
    Promise.all(
      [one, two, elsewhere].map(async (id) => (await centerNetworkVersions(ctx.db, id!))!.viewVersion),
    );
  const before = await read();
  await write();
  const after = await read();
  return after.map((v, i) => v - (before[i] as number));
}

async function patch(url: string, changes: Record<string, unknown>) {
  const { version } = (await ctx.app.inject({ url })).json();
  const response = await ctx.app.inject({ method: 'PATCH', url, payload: { ...changes, version } });
  expect(response.statusCode, response.body).toBe(200);
}

describe('view versions (migration 0008): what readers are shown of a network', () => {
  it('moves for every centre showing a renamed enterprise, and only those', async () => {
    expect(await bumps(() => patch(`/api/enterprises/${a}`, { name: 'IKM Berganti Nama' }))).toEqual([
      1, 1, 0,
    ]);
    expect(await bumps(() => patch(`/api/enterprises/${b}`, { name: 'IKM B Baru' }))).toEqual([1, 0, 0]);
  });

  it('moves when an institution serving the centre is renamed', async () => {
    expect(await bumps(() => patch(`/api/institutions/${k}`, { name: 'Koperasi Nama Baru' }))).toEqual([
      1, 0, 0,
    ]);
  });

  it('moves in every centre of a firm whose membership elsewhere changes (a centre manager’s reach)', async () => {
    const joined = () =>
      created(ctx, '/api/center-memberships', {
        centerId: elsewhere,
        enterpriseId: a,
        validFrom: '2020-01-01',
      });
    expect(await bumps(joined)).toEqual([1, 1, 1]);
  });

  it('moves when the centre’s regions change, and not for an unknown centre', async () => {
    // The regions are replaced (a delete and an insert): one bump per statement.
    const [x, y, z] = await bumps(() => patch(`/api/centers/${two}`, { regionCodes: [BANDUNG, JEPARA] }));
    expect([x, z]).toEqual([0, 0]);
    expect(y).toBeGreaterThan(0);
    expect(await centerNetworkVersions(ctx.db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});

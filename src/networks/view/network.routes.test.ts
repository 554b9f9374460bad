import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildInstitutionInput } from '../../../test/factories.ts';
import {
  BANDUNG,
  centerWith,
  created,
  enterpriseIn,
  tie,
} from '../../interactions/interactions.test-helpers.ts';
import type { CenterNetwork } from './network.schema.ts';

const ctx = useTestApp();

/** Centre with members a, b, c: a→b maklun, b–c joint purchasing, c→a undercutting ended 2021-01-01, a→koperasi knowledge sharing. */
let a: string;
let b: string;
let c: string;
let outsider: string;
let center: string;
let koperasi: string;

beforeAll(async () => {
  [a, b, c, outsider] = [
    await enterpriseIn(ctx),
    await enterpriseIn(ctx),
    await enterpriseIn(ctx),
    await enterpriseIn(ctx),
  ];
  center = await centerWith(ctx, [a!, b!, c!], BANDUNG);
  koperasi = (await created(ctx, '/api/institutions', buildInstitutionInput({ regionCode: BANDUNG }))).id!;
  await tie(ctx, a!, b!, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, b!, c!, { centerId: center, type: 'JOINT_PURCHASING', startDate: '2022-03-01' });
  await tie(ctx, c!, a!, {
    centerId: center,
    type: 'PRICE_UNDERCUTTING',
    startDate: '2019-06-01',
    endDate: '2021-01-01',
  });
  await tie(ctx, a!, outsider!, { centerId: center, type: 'MATERIAL_SUPPLY', startDate: '2020-01-01' });
  await created(ctx, '/api/interactions', {
    fromEnterpriseId: a,
    toInstitutionId: koperasi,
    centerId: center,
    type: 'KNOWLEDGE_SHARING',
    startDate: '2018-01-01',
    reportedBy: 'one_party',
  });
});

async function network(query = '', headers?: Record<string, string>): Promise<CenterNetwork> {
  const response = await ctx.app.inject({
    url: `/api/centers/${center}/network${query}`,
    ...(headers && { headers }),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('GET /api/centers/:id/network', () => {
  it('gives every member, every tie end and every tie ever recorded when no date is given', async () => {
    const net = await network();
    expect(net.at).toBeNull();
    const byId = new Map(net.nodes.map((n) => [n.id, n]));
    expect([...byId.keys()].sort()).toEqual([a, b, c, outsider, koperasi].sort());
    expect(byId.get(a)).toMatchObject({ kind: 'enterprise', member: true, role: 'member' });
    expect(byId.get(outsider)).toMatchObject({ kind: 'enterprise', member: false, role: null });
    expect(byId.get(koperasi)).toMatchObject({ kind: 'institution', member: false });
    expect(net.ties).toHaveLength(5);
    const undercut = net.ties.find((t) => t.type === 'PRICE_UNDERCUTTING');
    expect(undercut).toMatchObject({
      source: c,
      target: a,
      valence: 'conflict',
      directed: true,
      endDate: '2021-01-01',
    });
    const joint = net.ties.find((t) => t.type === 'JOINT_PURCHASING' && t.target !== koperasi);
    expect(joint?.directed).toBe(false);
  });

  it('keeps only the ties active on the date (the end date is exclusive)', async () => {
    const on2020 = await network('?at=2020-12-31');
    expect(on2020.ties.map((t) => t.type).sort()).toEqual(
      ['KNOWLEDGE_SHARING', 'MATERIAL_SUPPLY', 'PRICE_UNDERCUTTING', 'TOLL_MANUFACTURING'].sort(),
    );
    const on2021 = await network('?at=2021-01-01');
    expect(on2021.ties.some((t) => t.type === 'PRICE_UNDERCUTTING')).toBe(false);
    const before = await network('?at=2017-01-01');
    expect(before.ties).toEqual([]);
    // Members since 2015 are there without ties; the outsider, reached only by a 2020 tie, is not.
    const firms = before.nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id);
    expect(firms.sort()).toEqual([a, b, c].sort());
  });

  it('shows researchers pseudonyms instead of firm names, and institutions by name', async () => {
    const names = new Map((await network()).nodes.map((n) => [n.id, n.label]));
    const pseudo = await network('', await ctx.as('researcher'));
    for (const node of pseudo.nodes) {
      if (node.kind === 'enterprise') expect(node.label).toMatch(/^IKM-[0-9a-f]{8}$/);
      else expect(node.label).toBe(names.get(node.id));
    }
  });

  it('shows the centre manager its own conflicts and refuses managers of other centres', async () => {
    const own = await network('', await ctx.as('center_manager', { centers: [center] }));
    expect(own.ties.some((t) => t.valence === 'conflict')).toBe(true);
    const other = await ctx.app.inject({
      url: `/api/centers/${center}/network`,
      headers: await ctx.as('center_manager', { centers: [await centerWith(ctx, [])] }),
    });
    expect(other.statusCode).toBe(403);
  });

  it('answers 404 for a centre that does not exist and 400 for a malformed date', async () => {
    const missing = await ctx.app.inject({
      url: '/api/centers/00000000-0000-4000-8000-000000000000/network',
    });
    expect(missing.statusCode).toBe(404);
    const bad = await ctx.app.inject({ url: `/api/centers/${center}/network?at=2020-13-01` });
    expect(bad.statusCode).toBe(400);
  });
});

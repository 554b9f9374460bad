import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildGraph } from '../../analysis/index.ts';
import type { UserActor } from '../../auth/actor.ts';
import { BANDUNG, centerWith, enterpriseIn, tie } from '../../interactions/interactions.test-helpers.ts';
import type { CenterAnalysis } from './analysis.schema.ts';
import { disconnectedCommunities } from './center-groups.ts';
import type { CenterBlockmodel, CenterCommunities } from './groups.schema.ts';
import { blockmodelFor } from './groups.service.ts';

const ctx = useTestApp();

/**
 * Two camps, {a, b, c} and {d, e, f}, each a collaboration triangle, with two conflicts between them
 * (a–d, c–f, undercutting: confidential by default) and one collaboration across (c–d): L = 1.
 */
let firms: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', string>;
let center: string;

beforeAll(async () => {
  const ids = [];
  for (let i = 0; i < 6; i++) ids.push(await enterpriseIn(ctx));
  const [a, b, c, d, e, f] = ids as [string, string, string, string, string, string];
  firms = { a, b, c, d, e, f };
  center = await centerWith(ctx, ids, BANDUNG);
  const collaborate = [
    [a, b],
    [b, c],
    [a, c],
    [d, e],
    [e, f],
    [d, f],
    [c, d],
  ];
  for (const [x, y] of collaborate) await tie(ctx, x!, y!, { centerId: center, startDate: '2019-01-01' });
  for (const [x, y] of [
    [a, d],
    [c, f],
  ])
    await tie(ctx, x!, y!, { centerId: center, type: 'PRICE_UNDERCUTTING', startDate: '2019-01-01' });
});

async function getJson<T>(url: string): Promise<T> {
  const response = await ctx.app.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const positionOf = (model: CenterBlockmodel, id: string) => model.nodes.find((n) => n.id === id)?.position;

describe('GET /api/centers/:id/analysis/blockmodel', () => {
  it('splits the two camps at k = 2, with the image, the inconsistencies and the frustration index beside them', async () => {
    const model = await getJson<CenterBlockmodel>(`/api/centers/${center}/analysis/blockmodel?k=2`);
    const { a, b, c, d, e, f } = firms;
    expect(new Set([a, b, c].map((id) => positionOf(model, id))).size).toBe(1);
    expect(new Set([d, e, f].map((id) => positionOf(model, id))).size).toBe(1);
    expect(positionOf(model, a)).not.toBe(positionOf(model, d));
    expect(model.inconsistencies).toEqual({ negativeWithin: 0, positiveBetween: 1, total: 1, weighted: 0.5 });
    expect(model.frustration).toEqual({ index: 1, exact: true });
    expect(model.inconsistencies.total).toBeLessThanOrEqual(model.frustration!.index);
    expect(model).toMatchObject({ method: 'exhaustive', exact: true, positions: 2, alpha: 0.5, seed: 1 });
    const between = model.image.find((cell) => cell.from === 0 && cell.to === 1);
    expect(between).toEqual({
      from: 0,
      to: 1,
      positive: 1,
      negative: 2,
      type: 'negative',
      inconsistency: 0.5,
    });
    expect(model.image.filter((cell) => cell.from === cell.to).map((cell) => cell.positive)).toEqual([3, 3]);
    expect(model.between.map((n) => n.id).sort()).toEqual([c, d].sort());
  });

  it('gives a member without ties no position', async () => {
    const loner = await enterpriseIn(ctx);
    const lonely = await centerWith(ctx, [firms.a, firms.b, loner], BANDUNG);
    await tie(ctx, firms.a, firms.b, {
      centerId: lonely,
      type: 'PRICE_UNDERCUTTING',
      startDate: '2019-01-01',
    });
    const model = await getJson<CenterBlockmodel>(`/api/centers/${lonely}/analysis/blockmodel?k=2`);
    expect(positionOf(model, loner)).toBeNull();
    expect(positionOf(model, firms.a)).not.toBe(positionOf(model, firms.b));
    expect(model.inconsistencies.total).toBe(0);
  });

  it('answers the same positions for the same seed, with an ETag, and no frustration beside k > 2', async () => {
    const url = `/api/centers/${center}/analysis/blockmodel?k=3&seed=7`;
    const first = await ctx.app.inject({ url });
    expect(first.statusCode).toBe(200);
    const again = await ctx.app.inject({ url, headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    const model: CenterBlockmodel = first.json();
    expect(model.k).toBe(3);
    expect(model.frustration).toBeNull();
    // At most k positions: a third cannot lower P here, so the camps stay as they are.
    expect(model.inconsistencies.weighted).toBe(0.5);
  });

  it('refuses k outside 2–6 naming the field by its label, and an unknown centre', async () => {
    for (const k of ['1', '7', 'x']) {
      const response = await ctx.app.inject({ url: `/api/centers/${center}/analysis/blockmodel?k=${k}` });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].message).toContain('Jumlah posisi (k)');
    }
    const missing = await ctx.app.inject({
      url: '/api/centers/00000000-0000-4000-8000-000000000000/analysis/blockmodel',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('places a reader who cannot see the confidential conflicts by the ties they see', async () => {
    const actor: UserActor = {
      kind: 'user',
      userId: '00000000-0000-4000-8000-0000000000ab',
      email: 'ikm2@uji.example',
      role: 'enterprise',
      scopes: { regions: [], centers: [], enterprises: [firms.b], projects: [] },
      personalDataAccess: false,
      via: 'token',
      readOnly: false,
    };
    const model = await blockmodelFor(ctx.db, actor, center, { k: 2, seed: 1 });
    expect(model.image.every((cell) => cell.negative === 0)).toBe(true);
    expect(model.inconsistencies.total).toBe(0);
    expect(model.frustration?.index).toBe(0);
  });
});

describe('GET /api/centers/:id/analysis/communities', () => {
  it('gives the stored analysis’s communities with Louvain at γ = 1, seed 1', async () => {
    const stored = await getJson<CenterAnalysis>(`/api/centers/${center}/analysis`);
    const louvain = await getJson<CenterCommunities>(`/api/centers/${center}/analysis/communities`);
    expect(louvain).toMatchObject({ method: 'louvain', resolution: 1, seed: 1 });
    expect(louvain.count).toBe(stored.indicators.communities);
    expect(louvain.modularity).toBeCloseTo(stored.indicators.modularity!, 12);
    for (const node of stored.nodes)
      expect(louvain.nodes.find((n) => n.id === node.id)?.community).toBe(node.community);
  });

  it('runs Leiden with a resolution: connected communities, the two triangles at γ = 1, one at γ = 0', async () => {
    const leiden = await getJson<CenterCommunities>(
      `/api/centers/${center}/analysis/communities?method=leiden&resolution=1&seed=3`,
    );
    const { a, b, c, d, e, f } = firms;
    const of = (id: string) => leiden.nodes.find((n) => n.id === id)?.community;
    expect(leiden.count).toBe(2);
    expect(new Set([a, b, c].map(of)).size).toBe(1);
    expect(new Set([d, e, f].map(of)).size).toBe(1);
    expect(leiden.disconnected).toBe(0);
    // Two triangles joined by one tie, m = 7: Q = 2·(3/7 − (7/14)²) = 5/14.
    expect(leiden.modularity).toBeCloseTo(5 / 14, 12);
    const whole = await getJson<CenterCommunities>(
      `/api/centers/${center}/analysis/communities?method=leiden&resolution=0`,
    );
    expect(whole.count).toBe(1);
  });

  it('refuses an unknown method and a negative resolution', async () => {
    for (const query of ['method=walktrap', 'resolution=-1']) {
      const response = await ctx.app.inject({ url: `/api/centers/${center}/analysis/communities?${query}` });
      expect(response.statusCode, query).toBe(400);
    }
  });
});

describe('disconnectedCommunities', () => {
  it('counts a community whose members have no tie inside it', () => {
    const graph = buildGraph({
      nodes: ['p', 'q', 'r', 's'],
      edges: [
        { source: 'p', target: 'q' },
        { source: 'q', target: 'r' },
      ],
      directed: false,
    });
    // {p, r} are linked only through q, which sits in another community; {q, s} have no tie at all.
    expect(disconnectedCommunities(graph, Int32Array.from([0, 1, 0, 1]), 2)).toBe(2);
    expect(disconnectedCommunities(graph, Int32Array.from([0, 0, 0, 1]), 2)).toBe(0);
  });
});

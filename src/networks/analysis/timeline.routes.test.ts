import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import type { UserActor } from '../../auth/actor.ts';
import { BANDUNG, centerWith, enterpriseIn, tie } from '../../interactions/interactions.test-helpers.ts';
import { todayWib } from '../../shared/periods.ts';
import type { CenterLayers, CenterTimeline } from './timeline.schema.ts';
import { centerLayersFor, centerTimelineFor } from './timeline.service.ts';

const ctx = useTestApp();

/**
 * Members a…e (10 firm pairs). a→b, a→c maklun from 2019 (a→c ends 2022-01-01); b–c undercutting
 * 2019-06 to 2021-01 (confidential by default), then order sharing; a→b knowledge from 2020-03; c→d
 * material supply from 2022.
 */
let a: string;
let b: string;
let c: string;
let d: string;
let center: string;

beforeAll(async () => {
  const ids = [];
  for (let i = 0; i < 5; i++) ids.push(await enterpriseIn(ctx));
  [a, b, c, d] = ids as [string, string, string, string];
  center = await centerWith(ctx, ids, BANDUNG);
  await tie(ctx, a, b, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, a, c, { centerId: center, startDate: '2019-01-01', endDate: '2022-01-01' });
  await tie(ctx, b, c, {
    centerId: center,
    type: 'PRICE_UNDERCUTTING',
    startDate: '2019-06-01',
    endDate: '2021-01-01',
  });
  await tie(ctx, b, c, { centerId: center, type: 'ORDER_SHARING', startDate: '2021-01-01' });
  await tie(ctx, a, b, { centerId: center, type: 'KNOWLEDGE_SHARING', startDate: '2020-03-01' });
  await tie(ctx, c, d, { centerId: center, type: 'MATERIAL_SUPPLY', startDate: '2022-01-01' });
});

const admin = (): UserActor => ({
  kind: 'user',
  userId: '00000000-0000-4000-8000-0000000000ab',
  email: 'admin@uji.example',
  role: 'admin',
  scopes: { regions: [], centers: [], enterprises: [], projects: [] },
  personalDataAccess: true,
  via: 'token',
  readOnly: false,
});

/** An enterprise user who sees a's ties but not the confidential undercutting between b and c. */
const firmUser = (): UserActor => ({
  kind: 'user',
  userId: '00000000-0000-4000-8000-0000000000aa',
  email: 'ikm@uji.example',
  role: 'enterprise',
  scopes: { regions: [], centers: [], enterprises: [a], projects: [] },
  personalDataAccess: false,
  via: 'token',
  readOnly: false,
});

describe('GET /api/centers/:id/analysis/timeline', () => {
  it('reads each year-end snapshot with the centre indicators, pattern and persistence', async () => {
    const { years } = await centerTimelineFor(ctx.db, admin(), center, '2022-06-30');
    expect(years.map((y) => [y.year, y.day])).toEqual([
      [2019, '2019-12-31'],
      [2020, '2020-12-31'],
      [2021, '2021-12-31'],
      [2022, '2022-06-30'],
    ]);
    // 2019: ab+, ac+, bc− — one conflict in a triangle, L = 1 of 3
    expect(years[0]).toMatchObject({
      firms: 5,
      collaborationTies: 2,
      conflictTies: 1,
      collaborationDensity: 0.2,
      conflictDensity: 0.1,
      normalizedFrustration: 1 - 2 / 3,
      frustrationExact: true,
      pattern: { code: 'cohesive_collaborative' },
      persistence: 1, // the knowledge tie of 2020 adds no pair
      jaccard: 1,
    });
    // 2021: the pair b–c now order sharing; no conflict, so no frustration
    expect(years[2]).toMatchObject({
      collaborationTies: 3,
      conflictTies: 0,
      normalizedFrustration: null,
      persistence: 2 / 3, // a–c ended on 1 January 2022
      jaccard: 2 / 4, // {ab, bc} of {ab, ac, bc, cd}
    });
    expect(years[3]).toMatchObject({
      collaborationTies: 3,
      collaborationDensity: 0.3,
      persistence: null,
      jaccard: null,
    });
  });

  it('answers over the route up to this year, and hides a conflict the reader may not see', async () => {
    const response = await ctx.app.inject({ url: `/api/centers/${center}/analysis/timeline` });
    expect(response.statusCode, response.body).toBe(200);
    const timeline: CenterTimeline = response.json();
    expect(timeline.years[0]?.year).toBe(2019);
    expect(timeline.years.at(-1)?.year).toBe(Number(todayWib().slice(0, 4)));
    // Stored like the centre's analysis: the same reader asking again with its ETag gets 304.
    const again = await ctx.app.inject({
      url: `/api/centers/${center}/analysis/timeline`,
      headers: { 'if-none-match': String(response.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const seen = await centerTimelineFor(ctx.db, firmUser(), center, '2022-06-30');
    expect(seen.years[0]).toMatchObject({ conflictTies: 0, normalizedFrustration: null });
  });

  it('refuses viewers and answers 404 for an unknown centre', async () => {
    const viewer = await ctx.app.inject({
      url: `/api/centers/${center}/analysis/timeline`,
      headers: await ctx.as('viewer'),
    });
    expect(viewer.statusCode).toBe(403);
    const missing = await ctx.app.inject({
      url: '/api/centers/00000000-0000-4000-8000-000000000000/analysis/timeline',
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('GET /api/centers/:id/analysis/layers', () => {
  it('gives every tie type its pairs, density and reach, and the overlap of the types', async () => {
    const response = await ctx.app.inject({ url: `/api/centers/${center}/analysis/layers` });
    expect(response.statusCode, response.body).toBe(200);
    const layers: CenterLayers = response.json();
    expect(layers.firms).toBe(5);
    expect(layers.layers.map((l) => [l.type, l.ties])).toEqual([
      ['TOLL_MANUFACTURING', 2],
      ['ORDER_SHARING', 1],
      ['MATERIAL_SUPPLY', 1],
      ['KNOWLEDGE_SHARING', 1],
      ['PRICE_UNDERCUTTING', 1],
    ]);
    expect(layers.layers[0]).toMatchObject({
      label: { en: 'Toll manufacturing' },
      valence: 'collaboration',
      density: 0.2,
      components: 1,
      activeFirms: 3,
      activeShare: 0.6,
    });
    expect(layers.overlap[0]?.[3]).toBe(0.5); // maklun {ab, ac} against knowledge {ab}
    expect(layers.overlap[1]?.[4]).toBe(1); // order sharing and undercutting on the same pair b–c
    expect(layers.overlap[0]?.[2]).toBe(0);
    expect([layers.pairs, layers.multiplexPairs]).toEqual([4, 2]);
  });

  it('reads the layers on a date, and only over the ties the reader sees', async () => {
    const response = await ctx.app.inject({ url: `/api/centers/${center}/analysis/layers?at=2020-06-01` });
    expect(response.statusCode, response.body).toBe(200);
    const layers: CenterLayers = response.json();
    expect(layers.at).toBe('2020-06-01');
    expect(layers.layers.map((l) => l.type)).toEqual([
      'TOLL_MANUFACTURING',
      'KNOWLEDGE_SHARING',
      'PRICE_UNDERCUTTING',
    ]);
    const seen = await centerLayersFor(ctx.db, firmUser(), center, '2020-06-01');
    expect(seen.layers.map((l) => l.type)).not.toContain('PRICE_UNDERCUTTING');
  });
});

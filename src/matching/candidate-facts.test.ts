import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildYearInput } from '../../test/factories.ts';
import { centerWith, enterpriseIn, tie } from '../interactions/interactions.test-helpers.ts';
import { todayWib } from '../shared/periods.ts';
import { loadCandidateFacts, quarterStart } from './candidate-facts.ts';
import type { CandidateFacts, RequestSpec } from './matching.types.ts';
import { deliveredAward, footwearTaxonomy, profileFor } from './matching-db.test-helpers.ts';
import { DEFAULT_WEIGHTS } from './weights.ts';

const ctx = useTestApp();
const today = todayWib();

let poster: string;
let maker: string;
let plain: string;
let leaver: string;
let center: string;
let facts: CandidateFacts[];
let liveFacts: CandidateFacts[];

const spec = (): RequestSpec => ({
  processCodes: ['footwear.lasting', 'footwear.sole'],
  requiredCertifications: ['SNI', 'HALAL'],
  quantity: 500,
  unit: 'pairs',
  posterEnterpriseId: poster,
  targetCenterIds: [center],
  asOf: today,
});

beforeAll(async () => {
  await footwearTaxonomy(ctx);
  [poster, maker, plain, leaver] = (await Promise.all(
    [1, 2, 3, 4].map(() => enterpriseIn(ctx)),
  )) as string[] as [string, string, string, string];
  center = await centerWith(ctx, [poster, maker, plain]);
  // A member whose membership ended: not a candidate.
  await ctx.app.inject({
    method: 'POST',
    url: '/api/center-memberships',
    payload: { centerId: center, enterpriseId: leaver, validFrom: '2015-01-01', validTo: '2016-01-01' },
  });
  await profileFor(ctx, maker, {
    levels: { 'footwear.lasting': 3, 'footwear.upper': 2 },
    sparePct: 25,
    confirmedOn: '2020-01-01',
    certifications: [
      { kind: 'SNI', validUntil: '2099-12-31' },
      { kind: 'HALAL', validUntil: '2020-12-31' },
    ],
  });
  // Masters one asked process, so its history is read; its spare capacity was never given.
  await profileFor(ctx, plain, { levels: { 'footwear.sole': 1 }, sparePct: null, confirmedOn: null });
  await ctx.app.inject({
    method: 'PUT',
    url: `/api/enterprises/${maker}/years/${today.slice(0, 4)}`,
    payload: buildYearInput({ annualSales: 600_000_000 }),
  });
  await tie(ctx, poster, maker, {
    type: 'TOLL_MANUFACTURING',
    startDate: '2022-01-01',
    endDate: '2023-01-01',
  });
  await tie(ctx, plain, maker, { type: 'SUBCONTRACT', startDate: '2024-01-01' });
  await tie(ctx, maker, plain, { type: 'BREACH_OF_CONTRACT', startDate: '2024-05-01', frequency: 'once' });
  await tie(ctx, poster, plain, { type: 'PRICE_UNDERCUTTING', startDate: '2025-01-01', frequency: 'once' });
  await tie(ctx, plain, poster, {
    type: 'WORKER_POACHING',
    startDate: '2019-01-01',
    endDate: '2020-01-01',
    frequency: 'once',
  });
  await deliveredAward(ctx, center, poster, maker, { onTime: true, rating: 5, quantity: 300 });
  await deliveredAward(ctx, center, poster, maker, { onTime: false, rating: 3, quantity: 200 });
  facts = (await loadCandidateFacts(ctx.db, spec())).candidates;
  liveFacts = (await loadCandidateFacts(ctx.db, spec(), 'live')).candidates;
});

const of = (id: string) => facts.find((f) => f.enterpriseId === id) as CandidateFacts;

describe('loadCandidateFacts', () => {
  it('lists the current members of the target centres, the poster and past members left out', () => {
    expect(facts.map((f) => f.enterpriseId).sort()).toEqual([maker, plain].sort());
    expect(of(maker).centerId).toBe(center);
  });

  it('reads the profile: asked processes only, certificates valid today only, spare and its date', () => {
    const c = of(maker).capability;
    expect(c.processLevels).toEqual({ 'footwear.lasting': 3 });
    expect(c.validCertifications).toEqual(['SNI']);
    expect(c.sparePct).toBe(25);
    expect(c.spareConfirmedOn).toBe('2020-01-01');
    expect(c.monthlyCapacity).toBe(2500);
    expect(of(plain).capability.sparePct).toBeNull();
  });

  it('reads the tie history from the live ties: jobs done for whom and when, breaches, deliveries, ratings', () => {
    const t = (liveFacts.find((f) => f.enterpriseId === maker) as CandidateFacts).trust;
    const jobs = [...t.jobs].sort((a, b) => a.lastDay.localeCompare(b.lastDay));
    expect(jobs).toEqual([
      { clientId: poster, lastDay: '2023-01-01' },
      { clientId: plain, lastDay: today },
    ]);
    expect(t.breaches).toBe(1);
    expect(t.deliveries.map((d) => d.onTime).sort()).toEqual([false, true]);
    expect(t.ratingAverage).toBeCloseTo(4);
  });

  it('reads the same history from the trust summary, jobs for others grouped under no client', () => {
    const t = of(maker).trust;
    const jobs = [...t.jobs].sort((a, b) => a.lastDay.localeCompare(b.lastDay));
    expect(jobs).toEqual([
      { clientId: poster, lastDay: '2023-01-01', count: 1 },
      { clientId: '', lastDay: today, count: 1 },
    ]);
    expect(t.breaches).toBe(1);
    expect(t.deliveries.map((d) => d.onTime).sort()).toEqual([false, true]);
    expect(t.deliveries.every((d) => d.clientId === poster)).toBe(true);
    expect(t.ratingAverage).toBeCloseTo(4);
    expect(t.ratingCount).toBe(2);
    expect(of(plain).trust.breaches).toBe(0);
  });

  it('reads active conflict ties with the poster in either direction, ended ones not', () => {
    expect(of(plain).conflicts).toEqual([{ kind: 'tie', type: 'PRICE_UNDERCUTTING', since: '2025-01-01' }]);
    expect(of(maker).conflicts).toEqual([]);
  });

  it('reads the volume awarded this quarter and the micro class', () => {
    expect(of(maker).awardedThisQuarter).toBe(500);
    expect(of(plain).awardedThisQuarter).toBe(0);
    expect(of(maker).isMicro).toBe(true);
    expect(of(plain).isMicro).toBe(false);
    expect(quarterStart('2026-05-17')).toBe('2026-04-01');
  });

  it('takes the first target centre weights over the defaults, and the poster place', async () => {
    await ctx.db
      .insertInto('matching_weights')
      .values({ center_id: center, weights: JSON.stringify({ stalePenalty: 0.5 }) })
      .execute();
    const loaded = await loadCandidateFacts(ctx.db, spec());
    expect(loaded.weights).toEqual({ ...DEFAULT_WEIGHTS, stalePenalty: 0.5 });
    expect(loaded.poster?.centerIds).toEqual([center]);
  });
});

describe('loadCandidateFacts, unqualified members', () => {
  it('lists a member that masters none of the asked processes without reading its history', async () => {
    const loaded = await loadCandidateFacts(ctx.db, { ...spec(), processCodes: ['footwear.cutting'] });
    const maker = loaded.candidates.find((c) => c.trust.jobs.length > 0);
    expect(maker).toBeUndefined();
    expect(loaded.candidates).toHaveLength(2);
  });
});

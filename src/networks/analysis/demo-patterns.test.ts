import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { DEFAULT_DEMO_SEED, loadDemo } from '../../demo/demo.ts';
import { loadCenterNetwork, loadCenterNetworks } from '../load/network.repo.ts';
import type { CenterAnalysis } from './analysis.schema.ts';
import { refreshAnalyses } from './analysis.service.ts';

const ctx = useTestApp();
/** Analyses of every demo centre over all recorded ties, by centre name. */
const byName = new Map<string, CenterAnalysis>();
let centers: { id: string; name: string }[] = [];

beforeAll(async () => {
  await loadDemo(ctx.db, { seed: DEFAULT_DEMO_SEED });
  centers = await ctx.db.selectFrom('centers').select(['id', 'name']).orderBy('name').execute();
  const analyses = await refreshAnalyses(
    ctx.db,
    centers.map((c) => c.id),
    null,
  );
  for (const c of centers) byName.set(c.name, analyses.get(c.id) as CenterAnalysis);
}, 120_000);

const find = (fragment: string) => {
  const entry = [...byName].find(([name]) => name.includes(fragment));
  if (!entry) throw new Error(`no demo centre named like ${fragment}`);
  return entry[1];
};

describe('pattern labels of the demo centres', () => {
  it('labels Cibaduyut hub-and-spoke: a few order-givers hand out most maklun orders', () => {
    const cibaduyut = find('Cibaduyut');
    expect(cibaduyut.pattern.code).toBe('hub_and_spoke');
    expect(cibaduyut.indicators.orderGiverDominance).toBeGreaterThanOrEqual(0.5);
    expect(cibaduyut.pattern.explanation.id).toMatch(/^\d+ IKM memberikan \d+% dari \d+ pesanan maklun/);
  });

  it('labels an association-based batik or casting centre institution-centred', () => {
    const centerd = ['Laweyan', 'Kauman', 'Ceper']
      .map(find)
      .filter((a) => a.pattern.code === 'institution_centred');
    expect(centerd.length).toBeGreaterThanOrEqual(1);
    for (const a of centerd) {
      expect(a.indicators.institutionalCoverage).toBeGreaterThanOrEqual(0.5);
      expect(a.pattern.explanation.en).toMatch(/of the collaboration ties run inside one/);
    }
  });

  it('labels Kauman, with its documented design copying and misrepresentation, polarised into two camps', () => {
    const kauman = find('Kauman');
    expect(kauman.pattern.code).toBe('polarised');
    expect(kauman.indicators.conflictTies).toBeGreaterThanOrEqual(3);
    const [campA, campB] = kauman.camps ?? [[], []];
    expect(Math.min(campA.length, campB.length)).toBeGreaterThan(0);
    // Every conflict it does not list as frustrated runs between the camps.
    const camp = new Map(kauman.nodes.map((n) => [n.id, n.camp]));
    const inside = kauman.frustratedTies.filter((t) => t.reason === 'conflict_within_camp');
    for (const t of inside) expect(camp.get(t.source)).toBe(camp.get(t.target));
    expect(inside.length).toBeLessThanOrEqual(kauman.indicators.conflictTies * 0.2);
  });

  it('does not call Kawalu polarised: its many undercutting ties do not split it into camps', () => {
    const kawalu = find('Kawalu');
    expect(kawalu.indicators.conflictTies).toBeGreaterThanOrEqual(10);
    expect(kawalu.pattern.code).not.toBe('polarised');
    // Most conflicts fall inside one camp of the best split: scattered rivalry, not two hostile groups.
    const inside = kawalu.frustratedTies.filter((t) => t.reason === 'conflict_within_camp');
    expect(inside.length).toBeGreaterThan(kawalu.indicators.conflictTies / 2);
    expect(inside.some((t) => t.type === 'PRICE_UNDERCUTTING')).toBe(true);
    expect(kawalu.pattern.explanation.en).toContain(`${kawalu.indicators.conflictTies} conflict ties`);
  });

  it('gives the demo centres at least three different labels', () => {
    expect(new Set([...byName.values()].map((a) => a.pattern.code)).size).toBeGreaterThanOrEqual(3);
  });

  it('loads the same nodes and ties set-based as one centre at a time', async () => {
    for (const at of [null, '2022-06-30']) {
      const bulk = await loadCenterNetworks(
        ctx.db,
        centers.map((c) => c.id),
        at,
        undefined,
      );
      for (const c of centers) {
        const one = await loadCenterNetwork(ctx.db, c.id, at, undefined);
        const many = bulk.get(c.id);
        const key = (n: { id: string; kind: string; member: boolean }) => `${n.kind}:${n.id}:${n.member}`;
        expect(many?.nodes.map(key).sort(), c.name).toEqual(one.nodes.map(key).sort());
        expect(many?.ties.map((t) => `${t.id}:${t.source}:${t.target}:${t.directed}`).sort()).toEqual(
          one.ties.map((t) => `${t.id}:${t.source}:${t.target}:${t.directed}`).sort(),
        );
      }
    }
  });
});

import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { DEFAULT_DEMO_SEED } from '../demo/demo-seed.ts';
import { loadNational } from '../demo/national/national.ts';
import { analyzeCenters } from '../networks/analysis/analyze-all.ts';
import type { CenterPatterns, PatternCounts } from '../networks/compare/compare.schema.ts';
import { REGION_COMPUTE_LIMIT } from '../networks/compare/compare.service.ts';
import { OVERVIEW_CENTER_LIST_LIMIT, type Overview } from './overview.schema.ts';

// The national set at 5 % (688 centres over the 38 provinces): more centres than an overview lists.
const ctx = useTestApp();
let analysed: string[] = [];

beforeAll(async () => {
  await loadNational(ctx.db, { scale: 0.05, seed: DEFAULT_DEMO_SEED });
  // Stored analyses for Jawa Barat's centres only, so the counts must tell analysed centres from others.
  const { rows } = await sql<{ id: string }>`
    SELECT DISTINCT center_id AS id FROM center_regions WHERE region_code LIKE '32.%'`.execute(ctx.db);
  analysed = rows.map((r) => r.id);
  await analyzeCenters(ctx.db, { at: null }, analysed);
}, 300_000);

const get = async <T>(url: string): Promise<T> => {
  const response = await ctx.app.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};

describe('the overview at national scale', () => {
  it('answers the whole country with its 38 provinces, not a list of its centres', async () => {
    const country = await get<Overview>('/api/overview');
    expect(country.totals.centers).toBeGreaterThan(OVERVIEW_CENTER_LIST_LIMIT);
    expect(country.centersListed).toBe(false);
    expect(country.centers).toEqual([]);
    expect(country.children).toHaveLength(38);
    // The provinces still account for every centre and firm.
    const sum = (key: 'centers' | 'units' | 'workers') =>
      country.children.reduce((total, c) => total + c[key], 0);
    expect(sum('centers')).toBe(country.totals.centers);
    expect(sum('units')).toBe(country.totals.units);
    expect(sum('workers')).toBe(country.totals.workers);
    // The partnership and case totals count every centre, listed or not.
    expect(country.partnerships).not.toBeNull();

    const westJava = await get<Overview>('/api/overview?region=32');
    expect(westJava.centersListed).toBe(true);
    expect(westJava.centers).toHaveLength(westJava.totals.centers);
    expect(westJava.totals.centers).toBe(country.children.find((c) => c.code === '32')?.centers);
  });

  it('counts the stored pattern labels per province and per regency, agreeing with the labels one by one', async () => {
    const country = await get<PatternCounts>('/api/analysis/pattern-counts');
    expect(country.analysed).toBe(analysed.length);
    expect(country.children.map((c) => c.code)).toEqual(['32']);
    const westJava = country.children[0]!;
    expect(westJava.analysed).toBe(analysed.length);
    expect(westJava.counts.reduce((n, c) => n + c.centers, 0)).toBe(analysed.length);
    // Most frequent first, each with its label in both languages.
    const frequencies = westJava.counts.map((c) => c.centers);
    expect(frequencies).toEqual([...frequencies].sort((a, b) => b - a));
    expect(westJava.counts[0]?.label.en).toMatch(/\w/);

    // Per regency of Jawa Barat, the same tallies as counting `/analysis/patterns` by hand.
    const province = await get<PatternCounts>('/api/analysis/pattern-counts?region=32');
    const labels = await get<CenterPatterns>('/api/analysis/patterns?region=32');
    const overview = await get<Overview>('/api/overview?region=32');
    const byHand = new Map<string, Map<string, number>>();
    for (const { centerId, pattern } of labels.items) {
      const regency = overview.centers.find((c) => c.id === centerId)?.regionCode?.slice(0, 5);
      if (!pattern || !regency) continue;
      const tally = byHand.get(regency) ?? new Map<string, number>();
      tally.set(pattern.code, (tally.get(pattern.code) ?? 0) + 1);
      byHand.set(regency, tally);
    }
    expect(province.children.map((c) => c.code)).toEqual([...byHand.keys()].sort());
    for (const child of province.children) {
      expect(new Map(child.counts.map((c) => [c.code, c.centers]))).toEqual(byHand.get(child.code));
    }

    // Nothing stored elsewhere: a province without analyses counts none (Jawa Tengah holds more centres
    // than a region read computes missing analyses for).
    const centralJava = await get<Overview>('/api/overview?region=33');
    expect(centralJava.totals.centers).toBeGreaterThan(REGION_COMPUTE_LIMIT);
    const other = await get<PatternCounts>('/api/analysis/pattern-counts?region=33');
    expect(other).toEqual({ analysed: 0, counts: [], children: [] });
  });
});

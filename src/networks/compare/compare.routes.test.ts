import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { centerWith, enterpriseIn, JEPARA, tie } from '../../interactions/interactions.test-helpers.ts';
import type { Comparison } from './compare.schema.ts';
import { COMPARE_HEADERS } from './compare-xlsx.ts';

const ctx = useTestApp();

/** Two Jepara centres: `quiet` with one collaboration tie, `rival` with one tie of each sign. */
let quiet: string;
let rival: string;

beforeAll(async () => {
  const [a, b, c, d, e] = await Promise.all([1, 2, 3, 4, 5].map(() => enterpriseIn(ctx, JEPARA)));
  quiet = await centerWith(ctx, [a!, b!], JEPARA);
  rival = await centerWith(ctx, [c!, d!, e!], JEPARA);
  await tie(ctx, a!, b!, { centerId: quiet, startDate: '2019-01-01' });
  await tie(ctx, c!, d!, { centerId: rival, startDate: '2019-01-01' });
  await tie(ctx, d!, e!, { centerId: rival, type: 'WORKER_POACHING', startDate: '2019-01-01' });
});

async function compare(query: string): Promise<Comparison> {
  const response = await ctx.app.inject({ url: `/api/analysis/compare?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('GET /api/analysis/compare', () => {
  it('puts listed centres side by side in the order given', async () => {
    const { items } = await compare(`centers=${rival},${quiet}`);
    expect(items.map((i) => i.centerId)).toEqual([rival, quiet]);
    expect(items[0]?.indicators).toMatchObject({ firms: 3, collaborationTies: 1, conflictTies: 1 });
    expect(items[1]?.indicators).toMatchObject({ firms: 2, conflictTies: 0 });
    // Collaboration layer of `rival`: c–d and e alone. Degree ½, ½, 0 → Σ(½ − c) = ½ ÷ (n−2) = ½.
    expect(items[0]?.indicators).toMatchObject({ degreeCentralization: 0.5, betweennessCentralization: 0 });
    expect(items[0]?.indicators?.reciprocity).toBeTypeOf('number');
    // Fewer than three nodes: no centralization.
    expect(items[1]?.indicators?.degreeCentralization).toBeNull();
    expect(items[0]?.regionCodes).toEqual([JEPARA]);
    expect(items[0]?.computedAt).not.toBeNull();
  });

  it('takes every centre of a regency or province and sorts by an indicator', async () => {
    const byRegency = await compare('region=33.20&sort=conflictTies:desc');
    expect(byRegency.items.map((i) => i.centerId)).toEqual([rival, quiet]);
    const ascending = await compare('region=33&sort=conflictTies:asc');
    expect(ascending.items.map((i) => i.centerId)).toEqual([quiet, rival]);
    expect((await compare('region=32.73')).items).toEqual([]);
  });

  it('refuses more than 10 centres, bad ids, bad sorts and a missing selection with clear messages', async () => {
    const eleven = Array.from(
      { length: 11 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const tooMany = await ctx.app.inject({
      url: `/api/analysis/compare?centers=${eleven.join(',')}&lang=en`,
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details[0]).toMatchObject({ path: 'centers' });
    expect(tooMany.json().error.details[0].message).toContain('At most 10 centres');
    const badId = await ctx.app.inject({ url: `/api/analysis/compare?centers=${quiet},nope` });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details[0].path).toBe('centers.1');
    for (const query of ['sort=colour:asc&region=33', 'region=3', '']) {
      expect((await ctx.app.inject({ url: `/api/analysis/compare?${query}` })).statusCode, query).toBe(400);
    }
    const missing = await ctx.app.inject({
      url: '/api/analysis/compare?centers=00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses a regional officer a centre outside their regions, and leaves it out of their region list', async () => {
    const bandung = await ctx.as('regional_officer', { regions: ['32.73'] });
    const response = await ctx.app.inject({
      url: `/api/analysis/compare?centers=${quiet}`,
      headers: bandung,
    });
    expect(response.statusCode).toBe(403);
    const region = await ctx.app.inject({ url: '/api/analysis/compare?region=33', headers: bandung });
    expect(region.json().items).toEqual([]);
  });
});

describe('GET /api/analysis/compare.xlsx', () => {
  async function workbook(query: string): Promise<ExcelJS.Worksheet> {
    const response = await ctx.app.inject({ url: `/api/analysis/compare.xlsx?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return book.worksheets[0] as ExcelJS.Worksheet;
  }

  it('writes Indonesian headers and numbers as numbers, in the sorted order', async () => {
    const sheet = await workbook(`centers=${quiet},${rival}&sort=conflictTies:desc`);
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header[0]).toBe(COMPARE_HEADERS.name.id);
    const conflictColumn = header.indexOf(COMPARE_HEADERS.conflictTies.id) + 1;
    const densityColumn = header.indexOf(COMPARE_HEADERS.collaborationDensity.id) + 1;
    expect(conflictColumn).toBeGreaterThan(0);
    expect(sheet.getRow(2).getCell(conflictColumn).value).toBe(1);
    expect(sheet.getRow(3).getCell(conflictColumn).value).toBe(0);
    expect(typeof sheet.getRow(2).getCell(densityColumn).value).toBe('number');
    expect(sheet.getRow(2).getCell(densityColumn).value).toBeCloseTo(1 / 3, 12);
    expect(sheet.rowCount).toBe(3);
  });

  it('shows each indicator in its one format: densities as percentages, counts whole', async () => {
    const sheet = await workbook(`centers=${quiet}`);
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const column = (key: keyof typeof COMPARE_HEADERS) => header.indexOf(COMPARE_HEADERS[key].id) + 1;
    expect(sheet.getRow(2).getCell(column('collaborationDensity')).numFmt).toBe('0.0%');
    expect(sheet.getRow(2).getCell(column('firms')).numFmt).toBe('#,##0');
    expect(sheet.getRow(2).getCell(column('modularity')).numFmt).toBe('0.00');
    expect(column('reciprocity')).toBeGreaterThan(0);
    expect(sheet.getRow(2).getCell(column('reciprocity')).numFmt).toBe('0.0%');
    expect(sheet.getRow(2).getCell(column('betweennessCentralization')).numFmt).toBe('0.00');
  });

  it('has a numeric cell for each centralization of a centre with three firms', async () => {
    const sheet = await workbook(`centers=${rival}&lang=en`);
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const column = (key: keyof typeof COMPARE_HEADERS) => header.indexOf(COMPARE_HEADERS[key].en) + 1;
    expect(header).toContain('Degree centralization');
    expect(sheet.getRow(2).getCell(column('degreeCentralization')).value).toBe(0.5);
    expect(sheet.getRow(2).getCell(column('closenessCentralization')).value).toBeTypeOf('number');
  });

  it('writes English headers with lang=en', async () => {
    const sheet = await workbook(`centers=${quiet}&lang=en`);
    expect(sheet.getRow(1).getCell(1).value).toBe('Centre');
    expect(sheet.getRow(1).values).toContain(COMPARE_HEADERS.frustration.en);
  });
});

describe('GET /api/analysis/patterns', () => {
  it('gives the pattern label of every centre of the country, or of a region, in one answer', async () => {
    const response = await ctx.app.inject({ url: '/api/analysis/patterns' });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as { centerId: string; pattern: { code: string } | null }[];
    const byId = new Map(items.map((i) => [i.centerId, i.pattern]));
    expect(byId.get(quiet)?.code).toBe('too_few_ties');
    expect(byId.get(rival)?.code).toBe('too_few_ties');
    const regency = await ctx.app.inject({ url: '/api/analysis/patterns?region=33.20' });
    expect((regency.json().items as { centerId: string }[]).map((i) => i.centerId).sort()).toEqual(
      [quiet, rival].sort(),
    );
    const elsewhere = await ctx.app.inject({ url: '/api/analysis/patterns?region=32.73' });
    expect(elsewhere.json().items).toEqual([]);
  });

  it('gives a regional officer only the centres of their regions', async () => {
    const bandung = await ctx.as('regional_officer', { regions: ['32.73'] });
    const response = await ctx.app.inject({ url: '/api/analysis/patterns', headers: bandung });
    expect(response.statusCode).toBe(200);
    const ids = (response.json().items as { centerId: string }[]).map((i) => i.centerId);
    expect(ids).not.toContain(quiet);
    expect(ids).not.toContain(rival);
  });
});

describe('GET /api/analysis/pattern-counts', () => {
  it('counts the labels in the region and per child region, and only the centres the reader may read', async () => {
    const country = await ctx.app.inject({ url: '/api/analysis/pattern-counts' });
    expect(country.statusCode, country.body).toBe(200);
    const body = country.json();
    const centralJava = body.children.find((c: { code: string }) => c.code === '33');
    expect(centralJava.counts).toContainEqual(expect.objectContaining({ code: 'too_few_ties', centers: 2 }));
    expect(centralJava.analysed).toBeGreaterThanOrEqual(2);
    const regency = (await ctx.app.inject({ url: '/api/analysis/pattern-counts?region=33.20' })).json();
    expect(regency.analysed).toBe(2);
    expect(regency.counts).toEqual([
      { code: 'too_few_ties', label: expect.objectContaining({ en: expect.any(String) }), centers: 2 },
    ]);

    // A Bandung officer reads no Jepara centre: none of their labels counts.
    const bandung = await ctx.as('regional_officer', { regions: ['32.73'] });
    const scoped = await ctx.app.inject({
      url: '/api/analysis/pattern-counts?region=33.20',
      headers: bandung,
    });
    expect(scoped.statusCode).toBe(200);
    expect(scoped.json()).toEqual({ analysed: 0, counts: [], children: [] });
  });
});

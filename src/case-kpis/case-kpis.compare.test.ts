import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { type CaseWorld, caseAt, caseWorld } from '../cases/cases.test-helpers.ts';

const ctx = useTestApp();
let busy: CaseWorld;
let quiet: CaseWorld;

beforeAll(async () => {
  busy = await caseWorld(ctx);
  quiet = await caseWorld(ctx);
  for (let i = 0; i < 3; i += 1) await caseAt(ctx, busy, []);
  await caseAt(ctx, quiet, []);
}, 60_000);

describe('the comparison carries the conflict-case KPIs', () => {
  it("gives every row its own centre's case KPIs, a single case hidden", async () => {
    const response = await ctx.app.inject({
      url: `/api/analysis/compare?centers=${busy.centerId},${quiet.centerId}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const rows = response.json().items as { centerId: string; cases: Record<string, unknown> }[];
    const of = (id: string) => rows.find((r) => r.centerId === id)?.cases;
    expect(of(busy.centerId)).toMatchObject({ cases: 3, byStatus: [{ status: 'reported', count: 3 }] });
    expect(of(quiet.centerId)).toMatchObject({
      cases: null,
      byStatus: [{ status: 'reported', count: null }],
    });
  });

  it('adds the case KPI columns to the workbook, named as the glossary names them, suppressed cells empty', async () => {
    const response = await ctx.app.inject({
      url: `/api/analysis/compare.xlsx?centers=${busy.centerId},${quiet.centerId}`,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const cases = header.indexOf('Conflict cases') + 1;
    expect(cases).toBeGreaterThan(0);
    expect(header).toContain('Resolution rate');
    expect(header).toContain('Commitments kept on time');
    const values = [2, 3].map((r) => sheet.getRow(r).getCell(cases).value);
    expect(values.sort()).toEqual([3, null]);
    expect(sheet.getColumn(header.indexOf('Resolution rate') + 1).numFmt).toBe('0.0%');
  });
});

describe('GET /api/analysis/compare?sort= over the case KPIs', () => {
  it('sorts by the number of cases both ways, a hidden cell last either way', async () => {
    const busier = await caseWorld(ctx);
    for (let i = 0; i < 4; i += 1) await caseAt(ctx, busier, []);
    const order = async (sort: string) => {
      const response = await ctx.app.inject({
        url: `/api/analysis/compare?centers=${quiet.centerId},${busy.centerId},${busier.centerId}&sort=${sort}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as { centerId: string }[]).map((r) => r.centerId);
    };
    expect(await order('cases:desc')).toEqual([busier.centerId, busy.centerId, quiet.centerId]);
    expect(await order('cases:asc')).toEqual([busy.centerId, busier.centerId, quiet.centerId]);
  });
});

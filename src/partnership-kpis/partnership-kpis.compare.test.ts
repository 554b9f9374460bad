import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { centerWith, enterpriseIn } from '../interactions/interactions.test-helpers.ts';
import { requestFor, userIdOf } from '../matching/matching-db.test-helpers.ts';

const ctx = useTestApp();
let busy: string;
let idle: string;

beforeAll(async () => {
  const [poster, firm] = (await Promise.all([1, 2].map(() => enterpriseIn(ctx)))) as [string, string];
  busy = await centerWith(ctx, [poster, firm]);
  idle = await centerWith(ctx, []);
  const request = await requestFor(ctx, [busy], poster);
  await sql`UPDATE partnership_requests SET published_at = now() WHERE id = ${request}`.execute(ctx.db);
  await ctx.db
    .insertInto('request_invitations')
    .values({ request_id: request, enterprise_id: firm, invited_by: await userIdOf(ctx) })
    .execute();
});

describe('the comparison carries the partnership KPIs', () => {
  it('gives every row its KPIs over the last 12 months, null ratios where nothing was published', async () => {
    const response = await ctx.app.inject({ url: `/api/analysis/compare?centers=${busy},${idle}` });
    expect(response.statusCode, response.body).toBe(200);
    const rows = response.json().items as { centerId: string; partnerships: Record<string, unknown> }[];
    const of = (id: string) => rows.find((r) => r.centerId === id)?.partnerships;
    expect(of(busy)).toMatchObject({ requests: 1, invitationsSent: 1, responseRate: 0, conversion: 0 });
    expect(of(idle)).toMatchObject({ requests: 0, responseRate: null, conversion: null });
  });

  it('adds the KPI columns to the workbook, named as the glossary names them, numbers kept numeric', async () => {
    const response = await ctx.app.inject({
      url: `/api/analysis/compare.xlsx?centers=${busy}`,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const requests = header.indexOf('Partnership requests') + 1;
    const rate = header.indexOf('Response rate') + 1;
    expect(requests).toBeGreaterThan(0);
    expect(header).toContain('Conversion to ties');
    expect(header).toContain('Joint purchasing savings');
    expect(sheet.getRow(2).getCell(requests).value).toBe(1);
    expect(sheet.getRow(2).getCell(rate).value).toBe(0);
    expect(sheet.getColumn(rate).numFmt).toBe('0.0%');
  });
});

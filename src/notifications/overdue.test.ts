import { beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, useTestApp } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';
import { yearFiguresOverdue } from '../enterprises/year-data-overdue.ts';
import { sweepOverdue } from './overdue.ts';

const ctx = useTestApp();
let admin: AuthHeaders;
let bandung: AuthHeaders;
let jepara: AuthHeaders;
let manager: AuthHeaders;
let centerId: string;

async function post(url: string, payload: Record<string, unknown>): Promise<string> {
  const response = await ctx.app.inject({ method: 'POST', url, headers: admin, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

/** The subjects in a user's inbox (Indonesian). */
async function inbox(headers: AuthHeaders): Promise<string[]> {
  const response = await ctx.app.inject({ url: '/api/notifications?limit=100', headers });
  return (response.json().items as { subject: string }[]).map((n) => n.subject);
}

beforeAll(async () => {
  admin = await ctx.as('admin');
  centerId = await post('/api/centers', buildCenterInput({ name: 'Sentra Tenggat' }));
  bandung = await ctx.as('regional_officer', { regions: ['32.73'] });
  jepara = await ctx.as('regional_officer', { regions: ['33.20'] });
  manager = await ctx.as('center_manager', { centers: [centerId] });
  for (const withFigures of [true, false, false]) {
    const enterpriseId = await post('/api/enterprises', buildEnterpriseInput());
    await post('/api/center-memberships', { centerId, enterpriseId, validFrom: '2020-01-01' });
    if (withFigures) {
      await ctx.db
        .insertInto('enterprise_year_data')
        .values({
          enterprise_id: enterpriseId,
          year: 2025,
          source: 'dinas',
          vintage: '2025',
          workers_male: 3,
        })
        .execute();
    }
  }
});

const SUBJECT = 'Angka tahunan 2025 Sentra Tenggat belum lengkap';

describe('the overdue sweep', () => {
  it('tells nobody before the due day', async () => {
    expect(await sweepOverdue(ctx.db, [yearFiguresOverdue], '2026-03-31')).toEqual({ 'year-figures': 0 });
    expect(await inbox(bandung)).not.toContain(SUBJECT);
  });

  it('tells the officers of the centre’s region and its managers once, with the counts, after the due day', async () => {
    const told = await sweepOverdue(ctx.db, [yearFiguresOverdue], '2026-04-01');
    expect(told).toEqual({ 'year-figures': 1 });
    expect(await inbox(bandung)).toContain(SUBJECT);
    expect(await inbox(manager)).toContain(SUBJECT);
    expect(await inbox(jepara)).not.toContain(SUBJECT);
    const english = await ctx.app.inject({
      url: '/api/notifications?limit=100',
      headers: { ...manager, 'accept-language': 'en' },
    });
    const notice = english
      .json()
      .items.find((n: { link: string }) => n.link === `/sentra/${centerId}/angka-tahunan`);
    expect(notice?.subject).toBe('Sentra Tenggat: the 2025 figures are not complete');
    expect(notice?.body).toContain('2 of the 3 member enterprises');

    // The next mornings tell nobody again about the same centre and year.
    await sweepOverdue(ctx.db, [yearFiguresOverdue], '2026-04-02');
    expect((await inbox(bandung)).filter((s) => s === SUBJECT)).toHaveLength(1);
  });

  it('tells once when two sweeps run at the same time', async () => {
    const both = await Promise.all([
      ctx.db.transaction().execute((trx) => sweepOverdue(trx, [yearFiguresOverdue], '2027-04-01')),
      ctx.db.transaction().execute((trx) => sweepOverdue(trx, [yearFiguresOverdue], '2027-04-01')),
    ]);
    expect(both.map((t) => t['year-figures'] ?? 0).reduce((a, b) => a + b, 0)).toBe(1);
    const subjects = (await inbox(manager)).filter(
      (s) => s === 'Angka tahunan 2026 Sentra Tenggat belum lengkap',
    );
    expect(subjects).toHaveLength(1);
  });
});

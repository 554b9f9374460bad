import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { poolWorld } from '../pools/pools.test-helpers.ts';
import { recordAgreement } from './price-agreements.test-helpers.ts';

const ctx = useTestApp();

describe('a conflict case from a violation report', () => {
  it('opens a PRICE_UNDERCUTTING case with both firms and the report’s tie, links it, and refuses a second', async () => {
    const world = await poolWorld(ctx, 2);
    const [offender, affected] = world.members as [string, string];
    const agreement = await recordAgreement(ctx, world);
    const reported = await ctx.app.inject({
      method: 'POST',
      url: `/api/price-agreements/${agreement.id}/violations`,
      payload: {
        offenderEnterpriseId: offender,
        affectedEnterpriseId: affected,
        soldOn: '2024-03-01',
        evidenceNote: 'Nota penjualan',
      },
    });
    const violation = reported.json().violations[0];
    expect(violation.caseId).toBeNull();
    const url = `/api/price-agreements/${agreement.id}/violations/${violation.id}/case?lang=en`;

    const opened = await ctx.app.inject({ method: 'POST', url });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json().violations[0].caseId;
    expect(caseId).toEqual(expect.any(String));
    const kasus = (await ctx.app.inject({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(kasus).toMatchObject({ caseType: 'PRICE_UNDERCUTTING', centerId: world.centerId });
    expect(kasus.title).toContain('Batik cap katun');
    expect(JSON.stringify(kasus)).toContain(violation.interactionId);
    expect(JSON.stringify(kasus)).toContain(offender);

    const again = await ctx.app.inject({ method: 'POST', url });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('already open');

    const missing = await ctx.app.inject({
      method: 'POST',
      url: `/api/price-agreements/${agreement.id}/violations/${agreement.id}/case?lang=en`,
    });
    expect(missing.statusCode).toBe(404);
  });
});

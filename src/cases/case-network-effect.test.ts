import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createEnterprise } from '../memberships/memberships.test-helpers.ts';
import { dayBefore } from './case-network-effect.ts';
import { caseAt, caseWorld, send, TO_MEDIATION } from './cases.test-helpers.ts';

const ctx = useTestApp();

describe('GET /api/cases/:id/network-effect', () => {
  it('shows the frustration and camps on the day before the agreement and on its day', async () => {
    // A triangle: a third firm works with both sides, who fall out. One tie must break any two-camp split.
    const world = await caseWorld(ctx);
    const third = await createEnterprise(ctx);
    await send(ctx, 'POST', '/api/center-memberships', {
      centerId: world.centerId,
      enterpriseId: third,
      validFrom: '2015-01-01',
    });
    for (const maker of [world.copier, world.originator]) {
      await send(ctx, 'POST', '/api/interactions', {
        centerId: world.centerId,
        fromEnterpriseId: third,
        toEnterpriseId: maker,
        type: 'SUBCONTRACT',
        startDate: '2025-06-01',
        reportedBy: 'both_parties',
      });
    }
    await ctx.as('center_manager', { centers: [world.centerId] });
    let kase = await caseAt(ctx, world, TO_MEDIATION);
    kase = await send(ctx, 'POST', `/api/cases/${kase.id}/ties`, {
      fromEnterpriseId: world.copier,
      toEnterpriseId: world.originator,
      startDate: '2026-01-15',
    });
    const pending = (await ctx.app.inject({ url: `/api/cases/${kase.id}/network-effect` })).json();
    expect(pending).toMatchObject({ agreedOn: null, endedTies: 0, before: null, after: null });

    await send(ctx, 'POST', `/api/cases/${kase.id}/agreement`, {
      version: kase.version,
      agreedOn: '2026-05-01',
      agreementText: 'Penjiplak berhenti menjual motif itu.',
      commitments: [{ who: 'Penjiplak', what: 'Menarik produk', dueOn: '2026-05-15' }],
      endTies: true,
    });
    const response = await ctx.app.inject({ url: `/api/cases/${kase.id}/network-effect` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      centerId: world.centerId,
      agreedOn: '2026-05-01',
      endedTies: 1,
      before: { day: '2026-04-30', frustration: 1, conflictTies: 1, campSizes: [3, 0] },
      after: { day: '2026-05-01', frustration: null, conflictTies: 0, campSizes: null },
    });
  });

  it('counts back across a month and a year', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });
});

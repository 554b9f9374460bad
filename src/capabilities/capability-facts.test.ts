import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';
import { buildCapabilityInput } from './capabilities.test-helpers.ts';
import { loadCapabilityFacts } from './capability-facts.repo.ts';
import { certificationStatus, isStale } from './capability-facts.ts';

const ctx = useTestApp();

describe('capability facts (pure)', () => {
  it('count both ends of a certification validity and call 61 days unconfirmed stale', () => {
    const cert = { validFrom: '2024-01-01', validUntil: '2024-12-31' };
    expect(certificationStatus(cert, '2023-12-31')).toBe('not_yet_valid');
    expect(certificationStatus(cert, '2024-01-01')).toBe('valid');
    expect(certificationStatus(cert, '2024-12-31')).toBe('valid');
    expect(certificationStatus(cert, '2025-01-01')).toBe('expired');
    expect(certificationStatus({ validFrom: null, validUntil: null }, '2025-01-01')).toBe('valid');
    expect(isStale('2025-01-01', '2025-03-02')).toBe(false);
    expect(isStale('2025-01-01', '2025-03-03')).toBe(true);
    expect(isStale(null, '2025-01-01')).toBe(true);
  });
});

describe('loadCapabilityFacts', () => {
  it('gives per enterprise the levels, valid certifications and capacity, by ids or by centre', async () => {
    const enterprise = await ctx.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      payload: buildEnterpriseInput(),
    });
    const id = enterprise.json().id as string;
    const withoutProfile = (
      await ctx.app.inject({ method: 'POST', url: '/api/enterprises', payload: buildEnterpriseInput() })
    ).json().id as string;
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/enterprises/${id}/capability`,
      payload: buildCapabilityInput({
        certifications: [
          { kind: 'SNI', validFrom: '2024-01-01', validUntil: '2030-12-31' },
          { kind: 'HALAL', validFrom: '2015-01-01', validUntil: '2019-12-31' },
        ],
      }),
    });
    await ctx.db
      .updateTable('capability_profiles')
      .set({ spare_confirmed_on: '2025-01-01' })
      .where('enterprise_id', '=', id)
      .execute();

    const facts = await loadCapabilityFacts(ctx.db, [id, withoutProfile], '2025-06-01');
    expect([...facts.keys()]).toEqual([id]);
    expect(facts.get(id)).toEqual({
      enterpriseId: id,
      processLevels: { 'footwear.cutting': 2, 'footwear.lasting': 3 },
      validCertifications: ['SNI'],
      monthlyCapacity: 2000,
      capacityUnit: 'pasang',
      spareCapacityPct: 40,
      spareConfirmedOn: '2025-01-01',
      stale: true,
      daysSinceConfirmed: 151,
      leadTimeDays: 14,
      minOrderQty: 50,
      acceptsToll: true,
      acceptsSubcontract: true,
      acceptsClientMaterials: false,
    });

    const center = (
      await ctx.app.inject({ method: 'POST', url: '/api/centers', payload: buildCenterInput() })
    ).json().id;
    const joined = await ctx.app.inject({
      method: 'POST',
      url: '/api/center-memberships',
      payload: { centerId: center, enterpriseId: id, validFrom: '2020-01-01' },
    });
    expect(joined.statusCode, joined.body).toBe(201);
    const byCenter = await loadCapabilityFacts(ctx.db, { centerIds: [center] }, '2025-06-01');
    expect([...byCenter.keys()]).toEqual([id]);
    expect(await loadCapabilityFacts(ctx.db, { centerIds: [center] }, '2019-06-01')).toEqual(new Map());
  });
});

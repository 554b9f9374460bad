import type { CandidateFacts, RequestSpec } from './matching.types.ts';

/** A request spec for the pure tests, with `overrides` over sensible values. */
export function specOf(overrides: Partial<RequestSpec> = {}): RequestSpec {
  return {
    processCodes: ['footwear.cutting', 'footwear.upper', 'footwear.lasting', 'footwear.sole'],
    requiredCertifications: [],
    quantity: 1000,
    unit: 'pairs',
    posterEnterpriseId: 'poster',
    targetCenterIds: ['c1'],
    asOf: '2026-03-01',
    ...overrides,
  };
}

/** A candidate for the pure tests: masters the four processes at level 2, 40 % spare of 2,500 pairs. */
export function candidateOf(
  id: string,
  overrides: Partial<Omit<CandidateFacts, 'capability' | 'trust'>> & {
    capability?: Partial<CandidateFacts['capability']>;
    trust?: Partial<CandidateFacts['trust']>;
  } = {},
): CandidateFacts {
  const { capability, trust, ...rest } = overrides;
  return {
    enterpriseId: id,
    name: `Firm ${id}`,
    centerId: 'c1',
    regionCode: '32.73.17',
    isMicro: true,
    conflicts: [],
    awardedThisQuarter: 0,
    ...rest,
    capability: {
      processLevels: {
        'footwear.cutting': 2,
        'footwear.upper': 2,
        'footwear.lasting': 2,
        'footwear.sole': 2,
      },
      validCertifications: [],
      monthlyCapacity: 2500,
      capacityUnit: 'pairs',
      sparePct: 40,
      spareConfirmedOn: '2026-02-20',
      leadTimeDays: 7,
      minOrderQty: null,
      acceptsToll: true,
      acceptsSubcontract: true,
      acceptsClientMaterials: false,
      ...capability,
    },
    trust: { jobs: [], deliveries: [], ratingAverage: null, ratingCount: 0, breaches: 0, ...trust },
  };
}

import type { CapabilityPut } from './capabilities.schema.ts';

/** A footwear maker's whole capability profile (PUT body), with `overrides` on top. */
export function buildCapabilityInput(overrides: Partial<CapabilityPut> = {}): Record<string, unknown> {
  return {
    processes: [
      { processCode: 'footwear.cutting', level: 2 },
      { processCode: 'footwear.lasting', level: 3 },
    ],
    machines: [{ machineType: 'Mesin jahit upper', count: 4, capacity: '120 pasang/hari', acquired: 'own' }],
    certifications: [
      { kind: 'SNI', number: 'SNI-0778-2009', validFrom: '2024-01-01', validUntil: '2099-12-31' },
    ],
    monthlyCapacity: 2000,
    capacityUnit: 'pasang',
    spareCapacityPct: 40,
    leadTimeDays: 14,
    minOrderQty: 50,
    acceptsToll: true,
    acceptsSubcontract: true,
    acceptsClientMaterials: false,
    ...overrides,
  };
}

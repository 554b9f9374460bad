import type { TestContext } from '../../test/app.ts';
import { post } from '../pools/pools.test-helpers.ts';

/** A facility's body: a kiln open every day, any field overridden. */
export function buildFacilityInput(overrides: Record<string, unknown> = {}) {
  return {
    facilityKind: 'kiln',
    name: 'Tungku bersama',
    capacity: 3,
    capacityUnit: 'tungku',
    openWeekdays: [1, 2, 3, 4, 5, 6, 7],
    closedDates: [],
    fundedBy: 'DAK 2019',
    builtYear: 2019,
    ...overrides,
  };
}

/** Records a facility of the centre as the admin; returns it. */
export function recordFacility(ctx: TestContext, centerId: string, overrides: Record<string, unknown> = {}) {
  return post(ctx, `/api/centers/${centerId}/facilities`, buildFacilityInput(overrides));
}

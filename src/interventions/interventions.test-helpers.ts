import type { TestContext } from '../../test/app.ts';
import { buildInteractionInput, buildYearInput } from '../../test/factories.ts';
import { createCenter, createEnterprise } from '../memberships/memberships.test-helpers.ts';
import { post } from '../pools/pools.test-helpers.ts';

/** A firm of a test centre: when it joined and its workers (male, female) by year. */
export interface TestFirm {
  joined?: string;
  workers: Record<number, [number, number]>;
}

/** A centre (Bandung, footwear unless overridden) with `firms` as members and their yearly data. */
export async function centerWithFirms(
  ctx: TestContext,
  firms: readonly TestFirm[],
  overrides: Record<string, unknown> = {},
): Promise<{ centerId: string; firmIds: string[] }> {
  const centerId = await createCenter(ctx, overrides);
  const firmIds: string[] = [];
  for (const firm of firms) {
    const id = await createEnterprise(ctx);
    await post(ctx, '/api/center-memberships', {
      centerId,
      enterpriseId: id,
      validFrom: firm.joined ?? '2015-01-01',
    });
    for (const [year, [workersMale, workersFemale]] of Object.entries(firm.workers)) {
      const response = await ctx.app.inject({
        method: 'PUT',
        url: `/api/enterprises/${id}/years/${year}`,
        payload: buildYearInput({ workersMale, workersFemale, vintage: `Pendataan ${year}` }),
      });
      if (response.statusCode >= 300) throw new Error(response.body);
    }
    firmIds.push(id);
  }
  return { centerId, firmIds };
}

/** Records a collaboration (maklun) tie between two firms of a centre from `startDate`. */
export async function tie(ctx: TestContext, centerId: string, a: string, b: string, startDate: string) {
  return post(ctx, '/api/interactions', buildInteractionInput(a, b, { centerId, startDate }));
}

/** A valid intervention body (a 2021 training course), with any field overridden. */
export function buildInterventionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    interventionType: 'training',
    title: 'Pelatihan desain 2021',
    startDate: '2021-03-01',
    endDate: '2021-10-31',
    costIdr: 150_000_000,
    funderKind: 'apbd',
    funderName: 'Dinas Perindustrian Kota Bandung',
    ...overrides,
  };
}

import type { TestContext } from '../../test/app.ts';
import { buildPriceAgreementInput, buildYearInput } from '../../test/factories.ts';
import { post } from '../pools/pools.test-helpers.ts';

/** Records an agreement of the institution (as the admin) and returns it. */
export function recordAgreement(
  ctx: TestContext,
  world: { institutionId: string; centerId: string },
  overrides: Record<string, unknown> = {},
) {
  return post(
    ctx,
    '/api/price-agreements',
    buildPriceAgreementInput({ institutionId: world.institutionId, centerId: world.centerId, ...overrides }),
  );
}

/** Gives a firm 2024 figures: micro by default, or the annual sales given. */
export async function setFigures(ctx: TestContext, enterpriseId: string, annualSales = 600_000_000) {
  const response = await ctx.app.inject({
    method: 'PUT',
    url: `/api/enterprises/${enterpriseId}/years/2024`,
    payload: buildYearInput({ annualSales, productionValue: annualSales }),
  });
  if (response.statusCode >= 300) throw new Error(response.body);
}

import type { TestContext } from '../../test/app.ts';
import { buildYearInput } from '../../test/factories.ts';
import { post } from '../pools/pools.test-helpers.ts';

/** A valid agreement body for `POST /api/price-agreements`: a batik floor price from 2024. */
export function buildPriceAgreementInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    product: 'Batik cap katun',
    unit: 'lembar',
    priceKind: 'floor',
    price: 85_000,
    effectiveFrom: '2024-01-01',
    ...overrides,
  };
}

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

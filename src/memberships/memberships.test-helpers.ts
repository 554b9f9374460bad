import { sql } from 'kysely';
import { expect } from 'vitest';
import type { TestContext } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput, buildInstitutionInput } from '../../test/factories.ts';

/**
 * Inserts an enterprise row straight into the database: these tests are about memberships, and the
 * enterprises API is another feature's contract.
 */
export async function insertEnterprise(
  ctx: TestContext,
  name: string,
  options: { archived?: boolean } = {},
): Promise<string> {
  const row = await ctx.db
    .insertInto('enterprises')
    .values({ name, ...(options.archived && { archived_at: sql<Date>`now()` }) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Creates a centre through the API and returns its id. */
export async function createCenter(
  ctx: TestContext,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/centers',
    payload: buildCenterInput(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** Creates an institution through the API and returns its id. */
export async function createInstitution(
  ctx: TestContext,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/institutions',
    payload: buildInstitutionInput(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** Creates an enterprise through the API (as the test admin) and returns its id. */
export async function createEnterprise(
  ctx: TestContext,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    payload: buildEnterpriseInput(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

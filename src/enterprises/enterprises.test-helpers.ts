import { expect } from 'vitest';
import type { TestContext } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';

/** A village in Kota Bandung (32.73) and one in Kab. Jepara (33.20). */
export const BANDUNG_VILLAGE = '32.73.17.1003';
export const JEPARA_VILLAGE = '33.20.11.2012';

/** An enterprise as the API returned it to the admin who created it. */
export interface CreatedEnterprise {
  id: string;
  name: string;
  ownerName: string;
  ownerPersonId: string;
  phone: string | null;
  address: string | null;
  nib: string | null;
  version: number;
}

/** Two Bandung centres, each with one member enterprise, and an enterprise in Jepara, made through the API. */
export interface ScopeWorld {
  centerA: string;
  centerB: string;
  /** Member of centre A, in Bandung. */
  memberA: CreatedEnterprise;
  /** Member of centre B, in Bandung. */
  memberB: CreatedEnterprise;
  /** In Jepara, in no centre. */
  jepara: CreatedEnterprise;
}

async function post(ctx: TestContext, url: string, payload: Record<string, unknown>) {
  const response = await ctx.app.inject({ method: 'POST', url, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Creates an enterprise as the admin. */
export function createEnterprise(
  ctx: TestContext,
  overrides: Record<string, unknown> = {},
): Promise<CreatedEnterprise> {
  return post(ctx, '/api/enterprises', buildEnterpriseInput(overrides));
}

/** Builds the records the access tests look at, as the admin; `tag` keeps names unique per file. */
export async function buildScopeWorld(ctx: TestContext, tag: string): Promise<ScopeWorld> {
  const centerA = (await post(ctx, '/api/centers', buildCenterInput({ name: `Sentra A ${tag}` }))).id;
  const centerB = (await post(ctx, '/api/centers', buildCenterInput({ name: `Sentra B ${tag}` }))).id;
  const memberA = await createEnterprise(ctx, {
    name: `Anggota A ${tag}`,
    ownerName: `Pemilik A ${tag}`,
    phone: '081200000001',
    nib: '9120000000001',
    latitude: -6.95,
    longitude: 107.59,
  });
  const memberB = await createEnterprise(ctx, { name: `Anggota B ${tag}`, ownerName: `Pemilik B ${tag}` });
  const jepara = await createEnterprise(ctx, {
    name: `Mebel Jepara ${tag}`,
    ownerName: `Pemilik Jepara ${tag}`,
    regionCode: JEPARA_VILLAGE,
  });
  for (const [centerId, enterpriseId] of [
    [centerA, memberA.id],
    [centerB, memberB.id],
  ]) {
    await post(ctx, '/api/center-memberships', { centerId, enterpriseId, validFrom: '2020-01-01' });
  }
  return { centerA, centerB, memberA, memberB, jepara };
}

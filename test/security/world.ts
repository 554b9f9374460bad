import { expect } from 'vitest';
import type { TestContext } from '../app.ts';
import {
  buildCenterInput,
  buildChallengeInput,
  buildEnterpriseInput,
  buildInstitutionInput,
} from '../factories.ts';

/** Records on each side of a scope line: `in` lies in Kota Bandung (32.73), `out` in Kab. Jepara (33.20). */
export interface Side {
  centerId: string;
  enterpriseId: string;
  personId: string;
  institutionId: string;
  challengeId: string;
  centerMembershipId: string;
  institutionMembershipId: string;
  village: string;
}

export interface World {
  in: Side;
  out: Side;
}

let sequence = 0;
/** A fresh number for unique names, emails and one-day membership periods. */
export function next(): number {
  sequence += 1;
  return sequence;
}

/** A one-day membership period no other call uses, so periods never overlap. */
export function freshPeriod(): { validFrom: string; validTo: string } {
  const day = new Date(Date.UTC(1990, 0, 1) + next() * 86_400_000).toISOString().slice(0, 10);
  return { validFrom: day, validTo: day };
}

/** POSTs as the admin and returns the JSON body, failing the test on anything but 2xx. */
export async function adminPost(
  ctx: TestContext,
  url: string,
  payload: unknown,
): Promise<Record<string, string>> {
  const response = await ctx.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
  expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
  return response.json();
}

async function side(ctx: TestContext, village: string, regency: string): Promise<Side> {
  const center = await adminPost(ctx, '/api/centers', buildCenterInput({ regionCodes: [village] }));
  const enterprise = await adminPost(ctx, '/api/enterprises', buildEnterpriseInput({ regionCode: village }));
  const person = await adminPost(ctx, '/api/people', {
    fullName: `Orang Uji ${next()}`,
    roles: ['worker'],
    affiliations: [{ enterpriseId: enterprise.id, role: 'worker' }],
  });
  const institution = await adminPost(
    ctx,
    '/api/institutions',
    buildInstitutionInput({ regionCode: regency, centerIds: [center.id!] }),
  );
  const challenge = await adminPost(
    ctx,
    `/api/institutions/${institution.id}/challenges`,
    buildChallengeInput(),
  );
  const centerMembership = await adminPost(ctx, '/api/center-memberships', {
    centerId: center.id,
    enterpriseId: enterprise.id,
    validFrom: '2015-01-01',
  });
  const institutionMembership = await adminPost(ctx, '/api/institution-memberships', {
    institutionId: institution.id,
    enterpriseId: enterprise.id,
    validFrom: '2015-01-01',
  });
  return {
    centerId: center.id!,
    enterpriseId: enterprise.id!,
    personId: person.id!,
    institutionId: institution.id!,
    challengeId: challenge.id!,
    centerMembershipId: centerMembership.id!,
    institutionMembershipId: institutionMembership.id!,
    village,
  };
}

/** Builds both sides through the API as the admin. */
export async function buildWorld(ctx: TestContext): Promise<World> {
  return {
    in: await side(ctx, '32.73.17.1003', '32.73'),
    out: await side(ctx, '33.20.11.2001', '33.20'),
  };
}

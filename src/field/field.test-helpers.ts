import { randomUUID } from 'node:crypto';
import type { TestContext } from '../../test/app.ts';
import { recordFacility } from '../facilities/facilities.test-helpers.ts';
import { createCenter, createEnterprise } from '../memberships/memberships.test-helpers.ts';
import { poolWorld } from '../pools/pools.test-helpers.ts';
import type { FieldChangeKind } from './field.constants.ts';
import type { FieldSyncChange } from './field.schema.ts';

/** A Bandung centre with a koperasi, members and a kiln, and a Jepara centre with one member firm. */
export async function fieldWorld(ctx: TestContext, count = 3) {
  const world = await poolWorld(ctx, count);
  const facility = await recordFacility(ctx, world.centerId);
  const jeparaCenterId = await createCenter(ctx, {
    regionCodes: ['33.20.11.2001'],
    commodityGroup: 'furniture',
  });
  const jeparaFirm = await createEnterprise(ctx, { regionCode: '33.20.11.2001' });
  await ctx.app.inject({
    method: 'POST',
    url: '/api/center-memberships',
    payload: { centerId: jeparaCenterId, enterpriseId: jeparaFirm, validFrom: '2015-01-01' },
  });
  return { ...world, facilityId: facility.id as string, jeparaCenterId, jeparaFirm };
}

/** A change of `kind` in `centerId`, collected an hour ago, with a fresh client id. */
export function change(
  kind: FieldChangeKind,
  centerId: string,
  payload: Record<string, unknown>,
  extra: { clientChangeId?: string; basedOnVersion?: number } = {},
): FieldSyncChange {
  return {
    clientChangeId: extra.clientChangeId ?? randomUUID(),
    centerId,
    kind,
    collectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    ...(extra.basedOnVersion !== undefined && { basedOnVersion: extra.basedOnVersion }),
    payload,
  };
}

/** POSTs a sync as `headers` (the admin when omitted), in `lang`. */
export function sync(
  ctx: TestContext,
  changes: readonly FieldSyncChange[],
  headers: Record<string, string> = {},
  lang = 'en',
) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/field/sync?lang=${lang}`,
    payload: { changes },
    headers,
  });
}

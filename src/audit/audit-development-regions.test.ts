import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import type { Db } from '../db/database.ts';
import * as migration from '../db/migrations/0035_center_development_audit_regions.ts';
import { recordFacility } from '../facilities/facilities.test-helpers.ts';
import { buildInterventionInput, centerWithFirms } from '../interventions/interventions.test-helpers.ts';
import { post } from '../pools/pools.test-helpers.ts';

const ctx = useTestApp();

/** The app's typed handle as the untyped one migrations take. */
const asMigrationDb = (db: Db) => db as unknown as Kysely<unknown>;

interface Entry {
  entityType: string;
  entityId: string;
  action: string;
  regionCodes: string[];
}

/** A centre in `village` with one member firm, a facility and an intervention that reached the firm. */
async function developedCenter(village: string) {
  const { centerId, firmIds } = await centerWithFirms(ctx, [{ workers: {} }], { regionCodes: [village] });
  const facility = await recordFacility(ctx, centerId);
  const intervention = await post(
    ctx,
    `/api/centers/${centerId}/interventions`,
    buildInterventionInput({ beneficiaryEnterpriseIds: firmIds }),
  );
  const edited = await ctx.app.inject({
    method: 'PATCH',
    url: `/api/interventions/${intervention.id}`,
    payload: { version: intervention.version, costIdr: 175_000_000 },
  });
  expect(edited.statusCode, edited.body).toBe(200);
  return {
    centerId,
    firmId: firmIds[0] ?? '',
    facilityId: facility.id as string,
    interventionId: intervention.id,
  };
}

describe('audit regions of the centre development tables (migration 0035)', () => {
  it('shows a regional officer the facility and intervention changes of their region and not another’s', async () => {
    const inside = await developedCenter('32.73.17.1003');
    const outside = await developedCenter('33.20.11.2001');
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    // `as: null` asks as the test app's default caller, the admin.
    const seen = async (
      entityType: string,
      id: string,
      as: typeof officer | null = officer,
    ): Promise<Entry[]> => {
      const response = await ctx.app.inject({
        url: `/api/audit?entityType=${entityType}&entityId=${id}&limit=100`,
        ...(as && { headers: as }),
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items;
    };

    const facility = await seen('facilities', inside.facilityId);
    expect(facility.map((e) => e.action)).toContain('insert');
    for (const e of facility) expect(e.regionCodes).toEqual(['32.73.17.1003']);
    const intervention = await seen('interventions', inside.interventionId);
    expect(intervention.map((e) => e.action).sort()).toEqual(['insert', 'update']);
    for (const e of intervention) expect(e.regionCodes).toEqual(['32.73.17.1003']);

    expect(await seen('facilities', outside.facilityId)).toEqual([]);
    expect(await seen('interventions', outside.interventionId)).toEqual([]);
    // The admin sees the outside ones with Jepara's region: the officer's empty answer is scope, not absence.
    const all = await seen('interventions', outside.interventionId, null);
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) expect(e.regionCodes).toEqual(['33.20.11.2001']);
  });

  it('gives an intervention’s beneficiary links its centre’s regions, on deletion too', async () => {
    const world = await developedCenter('32.73.17.1003');
    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interventions/${world.interventionId}`,
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    const rows = await ctx.db
      .selectFrom('audit_log')
      .select(['entity_type', 'action', 'region_codes'])
      .where('entity_type', 'in', ['interventions', 'intervention_enterprises'])
      .where((eb) =>
        eb.or([
          eb('entity_id', '=', world.interventionId),
          eb('after', '@>', sql`${JSON.stringify({ intervention_id: world.interventionId })}::jsonb`),
          eb('before', '@>', sql`${JSON.stringify({ intervention_id: world.interventionId })}::jsonb`),
        ]),
      )
      .execute();
    const links = rows.filter((r) => r.entity_type === 'intervention_enterprises');
    expect(links.map((r) => r.action).sort()).toEqual(['delete', 'insert']);
    expect(rows.filter((r) => r.entity_type === 'interventions').map((r) => r.action)).toContain('delete');
    for (const row of rows) expect(row.region_codes).toEqual(['32.73.17.1003']);
  });

  it("keeps 0033's cases as they were, and down puts 0033's function back", async () => {
    const OLD = [
      'enterprises',
      'centers',
      'partnership_requests',
      'pools',
      'conflict_cases',
      'design_images',
    ];
    const regionSql = async (entity: string) =>
      (await sql<{ s: string }>`SELECT audit_region_sql(${entity}) AS s`.execute(ctx.db)).rows[0]?.s;
    const withNew = await Promise.all(OLD.map(regionSql));
    expect(await regionSql('facility_bookings')).toContain('facilities');
    expect(await regionSql('institution_assessments')).toContain('institution_centers');
    await migration.down(asMigrationDb(ctx.db));
    try {
      expect(await Promise.all(OLD.map(regionSql))).toEqual(withNew);
      expect(await regionSql('interventions')).toBe("'{}'::text[]");
    } finally {
      await migration.up(asMigrationDb(ctx.db));
    }
  });
});

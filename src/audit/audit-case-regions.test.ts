import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { caseAt, caseWorld } from '../cases/cases.test-helpers.ts';
import type { Db } from '../db/database.ts';
import * as migration from '../db/migrations/0033_case_ledger_price_audit_regions.ts';
import { poolWorld } from '../pools/pools.test-helpers.ts';
import { recordAgreement } from '../price-agreements/price-agreements.test-helpers.ts';

const ctx = useTestApp();

/** The app's typed handle as the untyped one migrations take. */
const asMigrationDb = (db: Db) => db as unknown as Kysely<unknown>;

/** The region codes of a centre, sorted. */
const regionsOf = async (centerId: string) =>
  (
    await ctx.db
      .selectFrom('center_regions')
      .select('region_code')
      .where('center_id', '=', centerId)
      .orderBy('region_code')
      .execute()
  ).map((r) => r.region_code);

describe('audit regions of the conflict-case, design-ledger and price-agreement tables (migration 0033)', () => {
  it("gives a case, its status moves and its parties the case centre's regions", async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, ['verifying']);
    const expected = await regionsOf(world.centerId);
    expect(expected.length).toBeGreaterThan(0);
    const rows = await ctx.db
      .selectFrom('audit_log')
      .select(['entity_type', 'region_codes'])
      .where('entity_type', 'in', ['conflict_cases', 'conflict_case_moves', 'conflict_case_parties'])
      .where((eb) =>
        eb.or([
          eb('entity_id', '=', kase.id),
          eb('after', '@>', sql`${JSON.stringify({ case_id: kase.id })}::jsonb`),
        ]),
      )
      .execute();
    expect(new Set(rows.map((r) => r.entity_type))).toEqual(
      new Set(['conflict_cases', 'conflict_case_moves', 'conflict_case_parties']),
    );
    for (const row of rows) expect(row.region_codes).toEqual(expected);
  });

  it("gives a price agreement and its consents the agreement centre's regions", async () => {
    const world = await poolWorld(ctx, 2);
    const agreement = await recordAgreement(ctx, world);
    const consented = await ctx.app.inject({
      method: 'POST',
      url: `/api/price-agreements/${agreement.id}/consents`,
      payload: { enterpriseId: world.members[1], consentedOn: '2024-02-01' },
    });
    expect(consented.statusCode, consented.body).toBe(200);
    const expected = await regionsOf(world.centerId);
    const rows = await ctx.db
      .selectFrom('audit_log')
      .select(['entity_type', 'region_codes'])
      .where('entity_type', 'in', ['price_agreements', 'price_agreement_consents'])
      .where((eb) =>
        eb.or([
          eb('entity_id', '=', agreement.id),
          eb('after', '@>', sql`${JSON.stringify({ agreement_id: agreement.id })}::jsonb`),
        ]),
      )
      .execute();
    expect(rows.map((r) => r.entity_type)).toContain('price_agreement_consents');
    for (const row of rows) expect(row.region_codes).toEqual(expected);
  });

  it("keeps 0021's cases as they were, and down puts 0021's function back", async () => {
    const OLD = [
      'enterprises',
      'centers',
      'interactions',
      'partnership_requests',
      'pools',
      'matching_weights',
    ];
    const regionSql = async (entity: string) =>
      (await sql<{ s: string }>`SELECT audit_region_sql(${entity}) AS s`.execute(ctx.db)).rows[0]?.s;
    const withNew = await Promise.all(OLD.map(regionSql));
    expect(await regionSql('design_images')).toContain('design_records');
    await migration.down(asMigrationDb(ctx.db));
    try {
      expect(await Promise.all(OLD.map(regionSql))).toEqual(withNew);
      expect(await regionSql('conflict_cases')).toBe("'{}'::text[]");
    } finally {
      await migration.up(asMigrationDb(ctx.db));
    }
  });
});

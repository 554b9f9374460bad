import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildCapabilityInput } from '../capabilities/capabilities.test-helpers.ts';
import type { Db } from '../db/database.ts';
import * as migration from '../db/migrations/0021_partnership_audit_regions.ts';
import { call, market, requestBody } from '../requests/requests.test-helpers.ts';

const ctx = useTestApp();

/** The app's typed handle as the untyped one migrations take (Kysely's `Database` generics do not widen). */
const asMigrationDb = (db: Db) => db as unknown as Kysely<unknown>;

interface Entry {
  entityType: string;
  entityId: string;
  action: string;
  regionCodes: string[];
}

/** A draft request of a new market in `village`, edited once (as the admin). */
async function editedRequest(village: string): Promise<string> {
  const m = await market(ctx, 1, village);
  const created = await call(ctx, 'POST', '/api/requests', requestBody(m.poster, m.centerId));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const edited = await call(ctx, 'PATCH', `/api/requests/${id}`, { version: 1, quantity: 1500 });
  expect(edited.statusCode, edited.body).toBe(200);
  return id;
}

describe('audit regions of the partnership tables (migration 0021)', () => {
  it('shows a regional officer a request edit in their region and not one outside', async () => {
    const inside = await editedRequest('32.73.17.1003');
    const outside = await editedRequest('33.20.11.2001');
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });

    const seen = async (id: string): Promise<Entry[]> => {
      const response = await ctx.app.inject({
        url: `/api/audit?entityType=partnership_requests&entityId=${id}&limit=100`,
        headers: officer,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items;
    };
    const edits = (await seen(inside)).filter((e) => e.action === 'update');
    expect(edits.length).toBeGreaterThan(0);
    // The target centre's village and the poster's, both in Kota Bandung.
    expect(edits[0]?.regionCodes).toEqual(['32.73.17.1003']);
    expect(await seen(outside)).toEqual([]);

    // The admin sees the outside edit, with Jepara's region: the officer's empty answer is scope, not absence.
    const all = await ctx.app.inject({
      url: `/api/audit?entityType=partnership_requests&entityId=${outside}&limit=100`,
    });
    const outsideEdit = (all.json().items as Entry[]).find((e) => e.action === 'update');
    expect(outsideEdit?.regionCodes).toEqual(['33.20.11.2001']);
  });

  it("gives a capability profile and its processes the firm's region and its centre's", async () => {
    const m = await market(ctx, 1, '32.73.17.1003');
    const firm = m.makers[0] ?? '';
    const saved = await call(ctx, 'PUT', `/api/enterprises/${firm}/capability`, buildCapabilityInput());
    expect(saved.statusCode, saved.body).toBeLessThan(300);
    const rows = await ctx.db
      .selectFrom('audit_log')
      .select(['entity_type', 'region_codes'])
      .where('entity_type', 'in', ['capability_profiles', 'capability_processes'])
      .where((eb) =>
        eb.or([
          eb('entity_id', '=', firm),
          eb('after', '@>', sql`${JSON.stringify({ enterprise_id: firm })}::jsonb`),
        ]),
      )
      .execute();
    expect(rows.map((r) => r.entity_type)).toContain('capability_profiles');
    expect(rows.map((r) => r.entity_type)).toContain('capability_processes');
    for (const row of rows) expect(row.region_codes).toEqual(['32.73.17.1003']);
  });

  it("keeps 0002's cases as they were, and down puts 0002's function back", async () => {
    const OLD = [
      'enterprises',
      'centers',
      'center_memberships',
      'interactions',
      'people',
      'person_affiliations',
    ];
    const regionSql = async (entity: string) =>
      (await sql<{ s: string }>`SELECT audit_region_sql(${entity}) AS s`.execute(ctx.db)).rows[0]?.s;
    const withNew = await Promise.all(OLD.map(regionSql));
    expect(await regionSql('partnership_requests')).toContain('partnership_request_centers');
    await migration.down(asMigrationDb(ctx.db));
    try {
      expect(await Promise.all(OLD.map(regionSql))).toEqual(withNew);
      expect(await regionSql('partnership_requests')).toBe("'{}'::text[]");
    } finally {
      await migration.up(asMigrationDb(ctx.db));
    }
  });
});

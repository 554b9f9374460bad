import { type RawBuilder, sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { loadNational } from '../demo/national/national.ts';
import { todayWib } from '../shared/periods.ts';
import { listCenterRollupsIn } from './overview.repo.ts';
import { getOverview } from './overview.service.ts';

let database: TestDatabase;
const today = todayWib();
/** `day` (YYYY-MM-DD) moved by `days`. */
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Runs one write statement the way a service would (triggers on, its own transaction). */
const write = <T>(statement: RawBuilder<T>) => statement.execute(database.db);

/**
 * Every live centre has a rollup that is right today (none falls back to the live path), and the overview
 * from the rollups equals the overview computed from the members, for the country and for a province.
 */
async function expectRollupsEqualLive(): Promise<void> {
  const rows = await listCenterRollupsIn(database.db, undefined, todayWib());
  expect(rows.length).toBeGreaterThan(100);
  expect(rows.filter((r) => r.units === null).map((r) => r.id)).toEqual([]);
  const country = await getOverview(database.db, {});
  expect(country).toEqual(await getOverview(database.db, {}, { live: true }));
  const province = country.children[0]?.code;
  expect(province).toBeDefined();
  expect(await getOverview(database.db, { region: province })).toEqual(
    await getOverview(database.db, { region: province }, { live: true }),
  );
  await expectSummedEqualsLive({});
  await expectSummedEqualsLive({ region: province });
}

/**
 * Over a list limit the region is summed per child region in the database; that equals the live
 * computation with the same limit (the centre ids aside, which come in no particular order).
 */
async function expectSummedEqualsLive(query: { region?: string }): Promise<void> {
  const sortedIds = ({ centerIds, ...rest }: Awaited<ReturnType<typeof getOverview>>) => ({
    ...rest,
    centerIds: [...centerIds].sort(),
  });
  const summed = await getOverview(database.db, query, { listLimit: 1 });
  expect(summed.centersListed).toBe(false);
  expect(summed.centers).toEqual([]);
  expect(sortedIds(summed)).toEqual(
    sortedIds(await getOverview(database.db, query, { live: true, listLimit: 1 })),
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  await loadNational(database.db, { scale: 0.01, seed: 22 });
}, 240_000);
afterAll(async () => {
  await database?.drop();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the overview rollup (migration 0040)', () => {
  it('equals the live computation after the national load', async () => {
    await expectRollupsEqualLive();
  });

  it('follows inserts, updates and deletes of memberships', async () => {
    // Twenty firms join a second centre (the next one by id); one joins from next month, one left yesterday.
    await write(sql`
      INSERT INTO center_memberships (center_id, enterprise_id, valid_from)
      SELECT (SELECT c.id FROM centers c WHERE c.id > m.center_id ORDER BY c.id LIMIT 1), m.enterprise_id, '2021-06-01'
      FROM center_memberships m WHERE m.center_id < (SELECT id FROM centers ORDER BY id DESC LIMIT 1)
      ORDER BY m.enterprise_id LIMIT 20`);
    const last = sql`(SELECT c.id FROM centers c ORDER BY c.id DESC LIMIT 1)`;
    await write(sql`
      INSERT INTO center_memberships (center_id, enterprise_id, valid_from)
      SELECT ${last}, e.id, ${addDays(today, 30)}::date FROM enterprises e ORDER BY e.id LIMIT 1`);
    await write(sql`
      INSERT INTO center_memberships (center_id, enterprise_id, valid_from, valid_to)
      SELECT ${last}, e.id, '2019-01-01', ${addDays(today, -1)}::date FROM enterprises e ORDER BY e.id DESC LIMIT 1`);
    await expectRollupsEqualLive();
    // Ten members left yesterday, five moved to another centre, ten memberships removed.
    await write(sql`
      UPDATE center_memberships SET valid_to = ${addDays(today, -1)}::date
      WHERE id IN (SELECT id FROM center_memberships ORDER BY id LIMIT 10)`);
    await write(sql`
      UPDATE center_memberships m SET center_id = (SELECT id FROM centers ORDER BY id LIMIT 1)
      WHERE m.id IN (SELECT id FROM center_memberships ORDER BY id DESC LIMIT 5)
        AND m.center_id <> (SELECT id FROM centers ORDER BY id LIMIT 1)`);
    await write(sql`
      DELETE FROM center_memberships WHERE id IN (SELECT id FROM center_memberships ORDER BY md5(id::text) LIMIT 10)`);
    await expectRollupsEqualLive();
  });

  it('follows inserts, updates and deletes of yearly figures and archiving of firms', async () => {
    // A newer year for fifteen firms, some with the figures the class needs missing.
    await write(sql`
      INSERT INTO enterprise_year_data (enterprise_id, year, source, vintage, workers_male, workers_female,
        investment_excl_land_building, production_value)
      SELECT id, 2030, 'survey', 'rollup-test', CASE WHEN n % 3 = 0 THEN NULL ELSE 12 END,
        CASE WHEN n % 3 = 0 THEN NULL ELSE 9 END, CASE WHEN n % 5 = 0 THEN NULL ELSE 2000000000 END, 7000000
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM enterprises ORDER BY id LIMIT 15) e`);
    // Twenty firms grow into an IB; ten lose their latest year (the one before counts); five lose every year.
    await write(sql`
      UPDATE enterprise_year_data SET workers_male = 120, investment_excl_land_building = 16000000000,
        production_value = 99000000000, updated_at = now()
      WHERE (enterprise_id, year, source) IN (
        SELECT enterprise_id, year, source FROM enterprise_year_data WHERE year = 2024 ORDER BY enterprise_id DESC LIMIT 20)`);
    await write(sql`
      DELETE FROM enterprise_year_data WHERE (enterprise_id, year) IN (
        SELECT enterprise_id, max(year) FROM enterprise_year_data GROUP BY enterprise_id ORDER BY md5(enterprise_id::text) LIMIT 10)`);
    await write(sql`
      DELETE FROM enterprise_year_data WHERE enterprise_id IN (
        SELECT id FROM enterprises ORDER BY md5(id::text || 'gone') LIMIT 5)`);
    await expectRollupsEqualLive();
    // The same year from a second source, written later: that one counts.
    await write(sql`
      INSERT INTO enterprise_year_data (enterprise_id, year, source, vintage, workers_male, workers_female,
        investment_excl_land_building, production_value)
      SELECT enterprise_id, year, 'dinas', 'rollup-test', 1, 1, 10000000, 1000
      FROM enterprise_year_data WHERE source = 'survey' AND year = 2030 ORDER BY enterprise_id LIMIT 4`);
    // Ten firms archived, five of them back.
    await write(sql`
      UPDATE enterprises SET archived_at = now() WHERE id IN (SELECT id FROM enterprises ORDER BY md5(id::text || 'a') LIMIT 10)`);
    await write(sql`
      UPDATE enterprises SET archived_at = NULL WHERE id IN (
        SELECT id FROM enterprises WHERE archived_at IS NOT NULL ORDER BY id LIMIT 5)`);
    await expectRollupsEqualLive();
  });

  it('gives a new centre a rollup of zeros and drops a removed one', async () => {
    const { rows } = await write(sql<{ id: string }>`
      INSERT INTO centers (name, main_product, commodity_group, origin, status)
      SELECT 'Sentra Uji Rollup', main_product, commodity_group, origin, status FROM centers LIMIT 1
      RETURNING id`);
    const id = rows[0]?.id;
    const mine = (await listCenterRollupsIn(database.db, undefined, today)).find((r) => r.id === id);
    expect(mine).toMatchObject({ units: 0, workers: 0, production_value: 0, latest_year: null });
    await write(sql`DELETE FROM centers WHERE id = ${id}`);
    const { rows: left } = await write(
      sql<{ n: number }>`SELECT count(*)::int AS n FROM center_rollups WHERE center_id = ${id}`,
    );
    expect(left[0]?.n).toBe(0);
    await expectRollupsEqualLive();
  });

  it('computes live, and alike, a centre whose members changed since its rollup (a membership began)', async () => {
    const later = addDays(today, 40);
    const stale = (await listCenterRollupsIn(database.db, undefined, later)).filter((r) => r.units === null);
    // The membership starting in 30 days makes its centre's rollup wrong from then on.
    expect(stale.length).toBeGreaterThan(0);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${later}T05:00:00Z`));
    expect(todayWib()).toBe(later);
    expect(await getOverview(database.db, {})).toEqual(await getOverview(database.db, {}, { live: true }));
    await expectSummedEqualsLive({});
  });
});

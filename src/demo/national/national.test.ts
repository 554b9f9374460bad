import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { withLang } from '../../shared/i18n.ts';
import { loadNational, type NationalSummary } from './national.ts';
import { centersPerProvince } from './national-plan.ts';

let database: TestDatabase;
let first: NationalSummary;
let auditBefore = 0;

/** Audit rows of everything but the job queue. */
const auditRows = async (db: Db) =>
  Number(
    (
      await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE entity_type <> 'job'`.execute(
        db,
      )
    ).rows[0]?.n,
  );

/** md5 of a table's content (timestamps aside) in key order. */
async function checksums(db: Db): Promise<Record<string, string>> {
  const { rows } = await sql<{ centers: string; enterprises: string; years: string; ties: string }>`
    SELECT
      (SELECT md5(string_agg(concat_ws('|', id, name, main_product, commodity_group, status), ',' ORDER BY id)) FROM centers) AS centers,
      (SELECT md5(string_agg(concat_ws('|', id, nib, name, region_code, legal_form), ',' ORDER BY id)) FROM enterprises) AS enterprises,
      (SELECT md5(string_agg(concat_ws('|', enterprise_id, year, workers_male, workers_female, annual_sales), ',' ORDER BY enterprise_id, year)) FROM enterprise_year_data) AS years,
      (SELECT md5(string_agg(concat_ws('|', id, from_enterprise_id, to_enterprise_id, type, start_date, end_date), ',' ORDER BY id)) FROM interactions) AS ties`.execute(
    db,
  );
  return rows[0] ?? {};
}

beforeAll(async () => {
  database = await createTestDatabase();
  auditBefore = await auditRows(database.db);
  first = await loadNational(database.db, { scale: 0.01, seed: 7 });
}, 240_000);
afterAll(async () => {
  await database?.drop();
});

describe('the national synthetic set', () => {
  it('spreads ~138 centres over all 38 provinces with sizes 5..1,500 and ~37.5 firms a centre', async () => {
    expect(first.centers).toBe(138);
    expect(first.provinces).toBe(38);
    const { rows } = await sql<{ provinces: number; smallest: number; largest: number; firms: number }>`
      SELECT count(DISTINCT left(cr.region_code, 2))::int AS provinces,
             min(n)::int AS smallest, max(n)::int AS largest, sum(n)::int AS firms
      FROM center_regions cr
      JOIN (SELECT center_id, count(*) AS n FROM center_memberships GROUP BY 1) m ON m.center_id = cr.center_id`.execute(
      database.db,
    );
    const stats = rows[0];
    expect(stats?.provinces).toBe(38);
    expect(stats?.smallest).toBeGreaterThanOrEqual(5);
    expect(stats?.largest).toBeLessThanOrEqual(1500);
    expect(stats?.largest).toBeGreaterThan(300); // heavy tail
    expect(stats?.firms).toBe(first.enterprises);
    expect(first.enterprises / first.centers).toBeGreaterThan(30);
    expect(first.enterprises / first.centers).toBeLessThan(45);
    // Java holds the most: Central Java has more centres than Papua's six provinces together.
    expect(centersPerProvince(13_762, ['33', '91', '92', '93', '94', '95', '96']).get('33')).toBeGreaterThan(
      5000,
    );
  });

  it('writes three yearly rows a firm and ~9.7 collaboration-dominated ties a firm, all inside a centre', async () => {
    const { rows } = await sql<{
      years: number;
      ties: number;
      outside: number;
      conflict: number;
      selfTies: number;
    }>`
      SELECT (SELECT count(*)::int FROM enterprise_year_data) AS years,
             (SELECT count(*)::int FROM interactions) AS ties,
             (SELECT count(*)::int FROM interactions i WHERE NOT EXISTS (
                SELECT 1 FROM center_memberships a JOIN center_memberships b ON b.center_id = a.center_id
                WHERE a.center_id = i.center_id AND a.enterprise_id = i.from_enterprise_id
                  AND b.enterprise_id = i.to_enterprise_id)) AS outside,
             (SELECT count(*)::int FROM interactions WHERE valence = 'conflict') AS conflict,
             (SELECT count(*)::int FROM interactions WHERE from_enterprise_id = to_enterprise_id) AS "selfTies"`.execute(
      database.db,
    );
    const r = rows[0];
    expect(r?.years).toBe(first.enterprises * 3);
    expect(r?.ties).toBe(first.ties);
    expect(first.ties / first.enterprises).toBeCloseTo(9.69, 1);
    expect(r?.outside).toBe(0);
    expect(r?.selfTies).toBe(0);
    expect((r?.conflict ?? 0) / (r?.ties ?? 1)).toBeGreaterThan(0.1);
    expect((r?.conflict ?? 0) / (r?.ties ?? 1)).toBeLessThan(0.2);
  });

  it('leaves the trigger-kept tables as the triggers would have: versions, trust summaries, rollups, no audit flood', async () => {
    const { rows } = await sql<{ versions: number; trust: number; rollups: number; units: number }>`
      SELECT (SELECT count(*)::int FROM center_network_versions WHERE version > 0 AND view_version > 0) AS versions,
             (SELECT count(*)::int FROM trust_summaries WHERE job_count > 0) AS trust,
             (SELECT count(*)::int FROM center_rollups) AS rollups,
             (SELECT sum(units)::int FROM center_rollups) AS units`.execute(database.db);
    expect(rows[0]?.versions).toBe(first.centers);
    // Every centre's overview rollup, every firm a member (src/overview/overview-rollup.test.ts: equal to live).
    expect(rows[0]?.rollups).toBe(first.centers);
    expect(rows[0]?.units).toBe(first.enterprises);
    expect(rows[0]?.trust).toBeGreaterThan(first.enterprises / 4);
    // As the triggers would: one queued analysis refresh per centre (its only audit rows).
    const jobs = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'analysis.refresh'`.execute(
      database.db,
    );
    expect(jobs.rows[0]?.n).toBe(first.centers);
    expect(await auditRows(database.db)).toBe(auditBefore);
  });

  it('is deterministic by seed: a reload with --reset gives the same rows; another seed others', async () => {
    const before = await checksums(database.db);
    await expect(loadNational(database.db, { scale: 0.01, seed: 7 })).rejects.toMatchObject({
      code: 'conflict',
    });
    await loadNational(database.db, { scale: 0.01, seed: 7, reset: true });
    expect(await checksums(database.db)).toEqual(before);
    await loadNational(database.db, { scale: 0.01, seed: 8, reset: true });
    const other = await checksums(database.db);
    expect(other.ties).not.toBe(before.ties);
    expect(other.enterprises).not.toBe(before.enterprises);
  }, 240_000);

  it('refuses a scale outside 0.01..1, naming --scale in both languages', async () => {
    for (const lang of ['id', 'en'] as const) {
      const error = await withLang(lang, () => loadNational(database.db, { scale: 2 })).catch((e) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error.details[0].path).toBe('scale');
      expect(error.details[0].message).toContain('--scale');
      expect(error.details[0].message).toContain(lang === 'id' ? 'harus' : 'must');
    }
  });
});

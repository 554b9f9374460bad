import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import type { SystemActor } from '../../auth/actor.ts';
import { createKysely, type Db } from '../../db/database.ts';
import { loadNational } from '../../demo/national/national.ts';
import { analyzeCenters } from '../analysis/analyze-all.ts';
import { REGION_COMPUTE_LIMIT } from './compare.service.ts';
import { centerPatterns, patternCounts } from './patterns.service.ts';

// A standby cannot write, and is not the primary. Here the "replica" is the test database through sessions
// that refuse every write (`default_transaction_read_only`), and the "primary" of the large-region case a
// server that does not exist: a query that reached it would fail.
let database: TestDatabase;
let replica: Db;
let nowhere: Db;
const SYSTEM: SystemActor = { kind: 'system', label: 'test' };
let smallRegion = '';

const storedRows = async () =>
  Number(
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM center_analyses`.execute(database.db)).rows[0]
      ?.n,
  );

beforeAll(async () => {
  database = await createTestDatabase();
  await loadNational(database.db, { scale: 0.01, seed: 5 });
  const url = new URL(database.url);
  url.searchParams.set('options', '-c default_transaction_read_only=on');
  replica = createKysely(url.toString(), { applicationName: 'simpul-test-replica', poolSize: 2 });
  nowhere = createKysely('postgres://nobody:x@127.0.0.1:1/nowhere', {
    applicationName: 'nowhere',
    poolSize: 1,
  });
  // The regency with the most centres, all of them without a stored analysis yet.
  const { rows } = await sql<{ code: string; n: number }>`
    SELECT left(region_code, 5) AS code, count(DISTINCT center_id)::int AS n FROM center_regions
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`.execute(database.db);
  smallRegion = rows[0]?.code ?? '';
}, 240_000);
afterAll(async () => {
  await replica?.destroy();
  await nowhere?.destroy();
  await database?.drop();
});

describe('pattern labels with a replica', () => {
  it('computes a small region’s missing analyses on the primary and reads its labels there', async () => {
    expect(await storedRows()).toBe(0);
    // On the replica alone the missing results cannot be stored.
    await expect(patternCounts(replica, SYSTEM, { region: smallRegion })).rejects.toThrow(/read-only/);
    const counts = await patternCounts(replica, SYSTEM, { region: smallRegion }, database.db);
    expect(counts.analysed).toBeGreaterThan(0);
    expect(await storedRows()).toBe(counts.analysed);
  });

  it('reads a large region’s stored labels from the replica without touching the primary', async () => {
    await analyzeCenters(database.db, { at: null });
    const centers = Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM centers`.execute(database.db)).rows[0]?.n,
    );
    expect(centers).toBeGreaterThan(REGION_COMPUTE_LIMIT);
    const counts = await patternCounts(replica, SYSTEM, {}, nowhere);
    expect(counts.analysed).toBe(centers);
    const labels = await centerPatterns(replica, SYSTEM, {}, nowhere);
    expect(labels.items.filter((i) => i.pattern !== null)).toHaveLength(centers);
    // The same counts as the primary alone gives.
    expect(await patternCounts(database.db, SYSTEM, {})).toEqual(counts);
  });
});

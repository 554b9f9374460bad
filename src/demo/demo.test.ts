import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { withLang } from '../shared/i18n.ts';
import { DEMO_CENTERS } from './centers.data.ts';
import { DEMO_TABLES } from './dataset.ts';
import { loadDemo } from './demo.ts';
import { isPublicFigure } from './names.ts';

const ctx = useTestApp();
let other: TestDatabase;
let firstSummary = '';
const progress: string[] = [];
let loadMs = 0;

/** Every demo table as sorted JSON lines; timestamps left out unless asked for. */
async function dump(db: Db, withTimestamps = false): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of DEMO_TABLES) {
    const rows = await db.selectFrom(table).selectAll().execute();
    out[table] = rows
      .map((row) => {
        const copy: Record<string, unknown> = { ...row };
        if (!withTimestamps) {
          delete copy.created_at;
          delete copy.updated_at;
        }
        return JSON.stringify(copy);
      })
      .sort();
  }
  return out;
}

beforeAll(async () => {
  const started = performance.now();
  firstSummary = await loadDemo(ctx.db, { seed: 7, onProgress: (m) => progress.push(m) });
  loadMs = performance.now() - started;
  other = await createTestDatabase();
});

afterAll(async () => {
  await other?.drop();
});

describe('loadDemo', () => {
  it('loads 14 centres quickly, reporting progress per centre and a Bahasa Indonesia summary', async () => {
    expect(loadMs).toBeLessThan(20_000);
    expect(firstSummary).toMatch(/^14 sentra, 1\.\d{3} IKM, .* lembaga/);
    expect(progress).toHaveLength(15);
    for (const spec of DEMO_CENTERS) expect(progress.some((m) => m.includes(spec.name))).toBe(true);
  });

  it('attributes its writes to the demo loader in the audit trail', async () => {
    const { rows } = await sql<{ label: string }>`
      SELECT DISTINCT actor_label AS label FROM audit_log WHERE entity_type = 'enterprises'`.execute(ctx.db);
    expect(rows.map((r) => r.label)).toEqual(['demo']);
  });

  it('gives identical rows for the same seed on a fresh database', async () => {
    await loadDemo(other.db, { seed: 7 });
    expect(await dump(other.db)).toEqual(await dump(ctx.db));
  });

  it('gives different enterprises for a different seed', async () => {
    await loadDemo(other.db, { seed: 8, reset: true });
    const firms = (db: Db) =>
      db.selectFrom('enterprises').select(['id', 'name']).orderBy('external_id').execute();
    const seven = await firms(ctx.db);
    const eight = await firms(other.db);
    const sevenIds = new Set(seven.map((e) => e.id));
    expect(eight.filter((e) => sevenIds.has(e.id))).toEqual([]);
    const sameName = eight.filter((e, i) => seven[i]?.name === e.name);
    expect(sameName.length).toBeLessThan(eight.length * 0.1);
    const centerNames = async (db: Db) =>
      (await db.selectFrom('centers').select('name').orderBy('name').execute()).map((c) => c.name);
    expect(await centerNames(other.db)).toEqual(await centerNames(ctx.db));
  });

  it('spans provinces 32 and 33 and at least 10 regencies/cities, in villages that match their names', async () => {
    const codes = (await ctx.db.selectFrom('center_regions').select('region_code').execute()).map(
      (r) => r.region_code,
    );
    expect(new Set(codes.map((c) => c.slice(0, 2)))).toEqual(new Set(['32', '33']));
    expect(new Set(codes.map((c) => c.slice(0, 5))).size).toBeGreaterThanOrEqual(10);
    const regions = await ctx.db
      .selectFrom('regions')
      .select(['code', 'name'])
      .where('code', 'in', codes)
      .execute();
    const official = new Map(regions.map((r) => [r.code, r.name]));
    for (const village of DEMO_CENTERS.flatMap((c) => c.villages)) {
      expect(official.get(village.code)).toBe(village.name);
    }
  });

  it('mixes about 80% micro, 18% small and 2% medium firms by workers in their first year', async () => {
    const { rows } = await sql<{ workers: number }>`
      SELECT DISTINCT ON (enterprise_id) workers_male + workers_female AS workers
      FROM enterprise_year_data ORDER BY enterprise_id, year`.execute(ctx.db);
    const share = (test: (w: number) => boolean) => rows.filter((r) => test(r.workers)).length / rows.length;
    expect(share((w) => w < 5)).toBeGreaterThan(0.74);
    expect(share((w) => w < 5)).toBeLessThan(0.86);
    expect(share((w) => w >= 5 && w < 20)).toBeGreaterThan(0.13);
    expect(share((w) => w >= 5 && w < 20)).toBeLessThan(0.23);
    expect(share((w) => w >= 20)).toBeGreaterThan(0.005);
    expect(share((w) => w >= 20)).toBeLessThan(0.04);
  });

  it('gives every enterprise a centre membership, an owner and institutions with members and challenges', async () => {
    const { rows: orphans } = await sql<{ id: string }>`
      SELECT e.id FROM enterprises e
      WHERE NOT EXISTS (SELECT 1 FROM center_memberships m WHERE m.enterprise_id = e.id)
         OR e.owner_person_id IS NULL`.execute(ctx.db);
    expect(orphans).toEqual([]);
    const ended = await ctx.db
      .selectFrom('center_memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('valid_to', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(ended.n).toBeGreaterThan(0);
    const { rows: perCenter } = await sql<{ name: string; institutions: number; challenges: number }>`
      SELECT c.name, count(DISTINCT ic.institution_id)::int AS institutions, count(DISTINCT ch.id)::int AS challenges
      FROM centers c JOIN institution_centers ic ON ic.center_id = c.id
      LEFT JOIN institution_challenges ch ON ch.institution_id = ic.institution_id
      GROUP BY c.name`.execute(ctx.db);
    expect(perCenter).toHaveLength(14);
    for (const c of perCenter) {
      expect(c.institutions).toBeGreaterThanOrEqual(3);
      expect(c.challenges).toBeGreaterThanOrEqual(2);
      expect(c.challenges).toBeLessThanOrEqual(4);
    }
  });

  it('names no person after a listed public figure', async () => {
    const people = await ctx.db.selectFrom('people').select('full_name').execute();
    expect(people.map((p) => p.full_name).filter(isPublicFigure)).toEqual([]);
  });

  it('shows the centres through the API with their members and figures', async () => {
    const jateng = (await ctx.app.inject({ url: '/api/centers?region=33&limit=50' })).json();
    expect(jateng.total).toBe(6);
    for (const center of jateng.items) {
      expect(center.activeMemberCount).toBeGreaterThanOrEqual(5);
      expect(center.warnings).toEqual([]);
    }
    const cibaduyut = (await ctx.app.inject({ url: '/api/centers?q=Cibaduyut' })).json().items[0];
    expect(cibaduyut.figures).toEqual([
      expect.objectContaining({ indicator: 'units', value: 697, year: 2011, source: 'news' }),
    ]);
  });

  it('changes nothing when the same seed is loaded again', async () => {
    const before = await dump(ctx.db, true);
    const summary = await loadDemo(ctx.db, { seed: 7 });
    expect(summary).toContain('tidak ada yang berubah');
    expect(await dump(ctx.db, true)).toEqual(before);
  });

  it('refuses the demo of another seed on top, changing nothing', async () => {
    const before = await dump(ctx.db, true);
    const error = await withLang('en', () => loadDemo(ctx.db, { seed: 8 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('conflict');
    expect((error as AppError).message).toContain('--reset');
    expect(await dump(ctx.db, true)).toEqual(before);
  });

  it('adds the demo alongside other data, and reset empties everything first', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/centers',
      payload: {
        name: 'Sentra Lain',
        mainProduct: 'Gerabah',
        commodityGroup: 'crafts_misc',
        origin: 'organic',
        regionCodes: ['32.14.04.2009'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const expected = await dump(ctx.db);
    await ctx.db.deleteFrom('institution_challenges').execute();
    await loadDemo(ctx.db, { seed: 7 });
    const centers = await ctx.db.selectFrom('centers').select('name').execute();
    expect(centers.map((c) => c.name)).toContain('Sentra Lain');
    expect(centers).toHaveLength(15);
    expect(await dump(ctx.db)).toEqual(expected);

    await loadDemo(ctx.db, { seed: 7, reset: true });
    const after = await dump(ctx.db);
    expect(after.centers).toHaveLength(14);
    expect(after.centers?.some((c) => c.includes('Sentra Lain'))).toBe(false);
    await loadDemo(other.db, { seed: 7, reset: true });
    expect(after).toEqual(await dump(other.db));
  });

  it('rejects a seed that is not a whole number', async () => {
    await expect(loadDemo(ctx.db, { seed: Number.NaN })).rejects.toMatchObject({ code: 'validation_failed' });
  });
});

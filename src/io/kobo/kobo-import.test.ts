import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../../test/factories.ts';
import { created } from '../../interactions/interactions.test-helpers.ts';
import { withLang } from '../../shared/i18n.ts';
import { importLimits } from '../import-limits.ts';
import { importContent, toXlsx } from '../io.test-helpers.ts';
import { CONTENT_TYPES } from '../read-table.ts';

const ctx = useTestApp();
const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/kobo');

/** The member ids the fixtures name (a form's choice names), and the firms they stand for here. */
const FIXTURE_IDS: Record<string, string> = {
  '11111111-1111-4111-8111-111111111111': 'Batik Sido Luhur',
  '22222222-2222-4222-8222-222222222222': 'Batik Pesisir Bu Aminah',
  '33333333-3333-4333-8333-333333333333': 'Batik Tulis Ibu Siti',
  '44444444-4444-4444-8444-444444444444': 'Batik Jaya Abadi',
};
const ids: Record<string, string> = {};

/** A fixture with its member ids replaced by the ids the firms got in this database. */
const fixture = (name: string) => {
  let text = readFileSync(path.join(FIXTURES, name), 'utf8');
  for (const [fixed, firm] of Object.entries(FIXTURE_IDS)) text = text.replaceAll(fixed, ids[firm] ?? fixed);
  return text;
};
const idOf = (fixed: string) => ids[FIXTURE_IDS[fixed] ?? ''] ?? '';
const A = () => idOf('11111111-1111-4111-8111-111111111111');
const B = () => idOf('22222222-2222-4222-8222-222222222222');
const C = () => idOf('33333333-3333-4333-8333-333333333333');
const D = () => idOf('44444444-4444-4444-8444-444444444444');

const ties = async () =>
  (
    await sql<{ type: string; from: string; to: string; start: string }>`
      SELECT type, from_enterprise_id::text AS "from", to_enterprise_id::text AS "to", start_date::text AS start
        FROM interactions ORDER BY type, from_enterprise_id, to_enterprise_id`.execute(ctx.db)
  ).rows;

beforeAll(async () => {
  const center = (await created(ctx, '/api/centers', buildCenterInput({ externalId: 'SNT-KOBO' }))).id!;
  for (const name of Object.values(FIXTURE_IDS)) {
    ids[name] = (await created(ctx, '/api/enterprises', buildEnterpriseInput({ name }))).id!;
    await created(ctx, '/api/center-memberships', {
      centerId: center,
      enterpriseId: ids[name],
      validFrom: '2010-01-01',
    });
  }
});

describe('KoboToolbox and ODK Central exports of the name-generator form', () => {
  it('previews, then imports a Kobo CSV (`;`, groups with /, split select-multiple, a repeated _uuid)', async () => {
    const post = (query: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/import/name-generator?tool=kobo${query}`,
        payload: fixture('kobo-name-generator.csv'),
        headers: { 'content-type': CONTENT_TYPES.csv },
      });
    const preview = await post('&dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, rows: 5, inserted: 5, errorCount: 0 });
    expect(await ties()).toEqual([]);
    const commit = await post('');
    expect(commit.json()).toMatchObject({ dryRun: false, rows: 5, inserted: 5, errorCount: 0 });
    expect(await ties()).toEqual(
      expect.arrayContaining([
        { type: 'TOLL_MANUFACTURING', from: B(), to: A(), start: '2024-03-12' },
        { type: 'TOLL_MANUFACTURING', from: C(), to: A(), start: '2024-03-12' },
        { type: 'TOLL_MANUFACTURING', from: D(), to: A(), start: '2024-03-12' },
        expect.objectContaining({ type: 'JOINT_PURCHASING', start: '2024-03-12' }),
        { type: 'DESIGN_COPYING', from: C(), to: D(), start: '2024-03-12' },
      ]),
    );
    expect(await ties()).toHaveLength(5);
  });

  it('imports an ODK Central CSV (groups with -, KEY, a blank date taken from SubmissionDate)', async () => {
    const report = await importContent(ctx.db, 'name-generator', fixture('odk-name-generator.csv'), {
      tool: 'odk',
    });
    expect(report).toMatchObject({ rows: 4, inserted: 4, errorCount: 0 });
    expect(await ties()).toEqual(
      expect.arrayContaining([
        { type: 'TOLL_MANUFACTURING', from: A(), to: B(), start: '2024-03-14' },
        { type: 'ORDER_SHARING', from: B(), to: C(), start: '2024-03-14' },
        { type: 'ORDER_SHARING', from: B(), to: D(), start: '2024-03-14' },
        { type: 'BUYER_POACHING', from: B(), to: C(), start: '2024-03-14' },
      ]),
    );
  });

  it('adds nothing when the same exports are imported again, CSV or Kobo XLSX with a repeat sheet', async () => {
    const before = await ties();
    expect(
      await importContent(ctx.db, 'name-generator', fixture('kobo-name-generator.csv'), { tool: 'kobo' }),
    ).toMatchObject({ inserted: 0, unchanged: 5, errorCount: 0 });
    expect(
      await importContent(ctx.db, 'name-generator', fixture('odk-name-generator.csv'), { tool: 'odk' }),
    ).toMatchObject({ inserted: 0, unchanged: 4, errorCount: 0 });
    const xlsx = await toXlsx({
      'Survei name generator': csvRows(fixture('kobo-name-generator.csv')),
      ikatan_lain: [
        { catatan: 'x', _index: 1, _parent_table_name: 'Survei name generator', _parent_index: 1 },
      ],
    });
    expect(await importContent(ctx.db, 'name-generator', xlsx, { tool: 'kobo' })).toMatchObject({
      rows: 5,
      inserted: 0,
      unchanged: 5,
      errorCount: 0,
    });
    expect(await ties()).toEqual(before);
  });

  it('names a wrong value by row and by the export column it came from, and writes nothing', async () => {
    const before = await ties();
    const bad = fixture('kobo-name-generator.csv')
      .replace(`"${B()} ${C()}"`, `"${B()} 55555555-5555-4555-8555-555555555555"`)
      .replace('"1";"0";', '"ya";"0";');
    const report = await withLang('en', () => importContent(ctx.db, 'name-generator', bad, { tool: 'kobo' }));
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'ikatan/maklun_taken',
        message: expect.stringContaining(
          '"55555555-5555-4555-8555-555555555555" is not a member of this centre',
        ),
      },
      {
        row: 3,
        column: `ikatan/joint_purchasing/${B()}`,
        message: '"ya" is not 1 or 0 (a select-multiple split into one column per choice).',
      },
    ]);
    expect(await ties()).toEqual(before);
  });

  it('refuses a column that is no question of the form, naming it', async () => {
    const bad = fixture('odk-name-generator.csv').replace('ikatan-buyers_poached', 'ikatan-teman_dekat');
    await expect(
      withLang('en', () => importContent(ctx.db, 'name-generator', bad, { tool: 'odk' })),
    ).rejects.toThrow(/The columns ikatan-teman_dekat are no question of Simpul's "name-generator" form/);
  });

  it('refuses a damaged workbook and an export that would become more rows than the limit, as any file', async () => {
    await expect(
      withLang('en', () =>
        importContent(ctx.db, 'name-generator', Buffer.from('PK\u0003\u0004 not a workbook'), {
          tool: 'kobo',
        }),
      ),
    ).rejects.toThrow(/damaged/);
    const limits = { ...importLimits(1024 * 1024), rows: 4 };
    await expect(
      withLang('en', () =>
        importContent(
          ctx.db,
          'name-generator',
          fixture('kobo-name-generator.csv'),
          { tool: 'kobo' },
          { limits },
        ),
      ),
    ).rejects.toThrow('This export becomes more than 4 import rows.');
  });

  it('refuses a kind no generated form exports', async () => {
    await expect(
      withLang('en', () => importContent(ctx.db, 'centers', fixture('kobo-profile.csv'), { tool: 'kobo' })),
    ).rejects.toThrow(/only be imported as name-generator or enterprises/);
  });
});

describe('KoboToolbox export of the profile form', () => {
  it('updates the firms and their year, then changes nothing on a second import', async () => {
    const firms = async () =>
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM enterprises`.execute(ctx.db)).rows;
    const before = await firms();
    const first = await importContent(ctx.db, 'enterprises', fixture('kobo-profile.csv'), { tool: 'kobo' });
    // The year rows are new; the firms are the members the form picked, not new ones.
    expect(first).toMatchObject({ rows: 2, inserted: 2, errorCount: 0 });
    expect(await firms()).toEqual(before);
    const owner = await sql<{ name: string }>`
      SELECT p.full_name AS name FROM people p JOIN person_affiliations a ON a.person_id = p.id
       WHERE a.enterprise_id = ${A()}`.execute(ctx.db);
    expect(owner.rows.map((r) => r.name)).toContain('Slamet Riyadi');
    const { rows } = await sql<{ id: string; year: number; male: number; female: number }>`
      SELECT enterprise_id::text AS id, year, workers_male AS male, workers_female AS female
        FROM enterprise_year_data WHERE year = 2023 ORDER BY workers_male`.execute(ctx.db);
    expect(rows).toEqual([
      { id: D(), year: 2023, male: 3, female: 4 },
      { id: A(), year: 2023, male: 6, female: 9 },
    ]);
    const again = await importContent(ctx.db, 'enterprises', fixture('kobo-profile.csv'), { tool: 'kobo' });
    expect(again).toMatchObject({ rows: 2, inserted: 0, updated: 0, unchanged: 2, errorCount: 0 });
  });
});

/** The rows of a Kobo CSV (quoted, `;`-separated), as an XLSX export holds them: ids and indexes as numbers. */
function csvRows(text: string): Record<string, string | number>[] {
  const [head = '', ...lines] = text.trim().split('\n');
  const cells = (line: string) => line.slice(1, -1).split('";"');
  const headers = cells(head);
  return lines.map((line) =>
    Object.fromEntries(
      cells(line).map((value, i) => {
        const header = headers[i] ?? '';
        return [header, header === '_id' || header === '_index' ? Number(value) : value];
      }),
    ),
  );
}

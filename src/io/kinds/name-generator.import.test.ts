import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../../test/factories.ts';
import { created } from '../../interactions/interactions.test-helpers.ts';
import { withLang } from '../../shared/i18n.ts';
import { exportBytes, importContent } from '../io.test-helpers.ts';
import { closeMatches, nameSimilarity } from './name-generator-suggest.ts';

const ctx = useTestApp();
const ids: Record<string, string> = {};

beforeAll(async () => {
  const center = (await created(ctx, '/api/centers', buildCenterInput({ externalId: 'SNT-PKL' }))).id!;
  for (const name of [
    'Batik Pesisir Bu Aminah',
    'Batik Sido Luhur',
    'Batik Tulis Ibu Ṣiti',
    'Batik Jaya Abadi',
    'CV Batik Cemerlang',
  ]) {
    ids[name] = (await created(ctx, '/api/enterprises', buildEnterpriseInput({ name }))).id!;
    await created(ctx, '/api/center-memberships', {
      centerId: center,
      enterpriseId: ids[name],
      validFrom: '2010-01-01',
    });
  }
});

/** A field team's sheet as typed in: a title row, a "No" column, names as respondents said them. */
const SURVEY = `Survei jejaring Sentra Batik Pekalongan, Maret 2024
No,Sentra,Responden,Nama yang disebut,Pertanyaan,Tanggal wawancara,Pewawancara
1,SNT-PKL,Batik Sido Luhur,Batik Pesisir Bu Aminah,Dengan siapa Anda maklun?,12/03/2024,Dewi
2,SNT-PKL,Batik Sido Luhur,batik tulis ibu ṣiti,Dengan siapa Anda maklun?,12/03/2024,Dewi
3,SNT-PKL,Batik Pesisir Bu Aminah,Batik Sido Luhur,Untuk siapa Anda mengerjakan maklun?,14/03/2024,Rudi
4,SNT-PKL,Batik Sido Luhur,Batik Pesisir Bu Aminah,Maklun,20/03/2024,Rudi
5,SNT-PKL,Batik Jaya Abadi,CV Batik Cemerlang,Dengan siapa Anda membeli bahan bersama?,13/03/2024,Dewi
6,SNT-PKL,CV Batik Cemerlang,Batik Jaya Abadi,dengan siapa anda membeli bahan bersama,15/03/2024,
7,SNT-PKL,Batik Tulis Ibu Ṣiti,Batik Jaya Abadi,Siapa yang menjiplak desain atau motif Anda?,14/03/2024,Dewi
`;

const ties = async () =>
  (
    await sql<Record<string, unknown>>`
      SELECT type, from_enterprise_id AS "from", to_enterprise_id AS "to", valence, start_date::text AS start,
             reported_by, confidence, confidential, evidence_notes, version
        FROM interactions ORDER BY type, start_date, from_enterprise_id`.execute(ctx.db)
  ).rows;

describe('name-generator survey import', () => {
  it('turns each answer into a tie reported by one party, merging repeats of a pair and type', async () => {
    const report = await importContent(ctx.db, 'name-generator', SURVEY);
    expect(report).toMatchObject({ rows: 7, inserted: 4, updated: 0, unchanged: 0, errorCount: 0 });
    const [jaya, cemerlang] = [ids['Batik Jaya Abadi'], ids['CV Batik Cemerlang']].sort();
    const recorded = await ties();
    expect(recorded).toHaveLength(4);
    expect(recorded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'DESIGN_COPYING',
          from: ids['Batik Jaya Abadi'],
          to: ids['Batik Tulis Ibu Ṣiti'],
          valence: 'conflict',
          confidential: true,
          reported_by: 'one_party',
          evidence_notes: 'Survei name generator; pewawancara: Dewi',
        }),
        expect.objectContaining({
          type: 'JOINT_PURCHASING',
          from: jaya,
          to: cemerlang,
          start: '2024-03-13',
          reported_by: 'both_parties',
        }),
        expect.objectContaining({
          type: 'TOLL_MANUFACTURING',
          from: ids['Batik Sido Luhur'],
          to: ids['Batik Pesisir Bu Aminah'],
          start: '2024-03-12',
          reported_by: 'both_parties',
          confidence: 'reported',
          evidence_notes: 'Survei name generator; pewawancara: Dewi, Rudi',
        }),
        expect.objectContaining({
          type: 'TOLL_MANUFACTURING',
          from: ids['Batik Sido Luhur'],
          to: ids['Batik Tulis Ibu Ṣiti'],
          reported_by: 'one_party',
          evidence_notes: 'Survei name generator; pewawancara: Dewi',
        }),
      ]),
    );
  });

  it('changes nothing on a second import, a later wave naming the same ties, or its own export', async () => {
    const before = await ties();
    expect(await importContent(ctx.db, 'name-generator', SURVEY)).toMatchObject({
      inserted: 0,
      unchanged: 4,
    });
    const wave2 = `sentra,responden,nama_disebut,pertanyaan,tanggal_wawancara
SNT-PKL,Batik Sido Luhur,Batik Pesisir Bu Aminah,Dengan siapa Anda maklun?,2025-03-01`;
    expect(await importContent(ctx.db, 'name-generator', wave2)).toMatchObject({ inserted: 0, unchanged: 1 });
    const exported = (await exportBytes(ctx.db, 'name-generator', 'csv')).toString('utf8');
    expect(exported.replace('\ufeff', '').split(/\r?\n/)[0]).toBe(
      'sentra,responden,nama_disebut,pertanyaan,tanggal_wawancara,pewawancara',
    );
    expect(exported).toContain('Jiplak desain/motif');
    expect(await importContent(ctx.db, 'name-generator', exported)).toMatchObject({
      inserted: 0,
      unchanged: 4,
    });
    expect(await ties()).toEqual(before);
  });

  it('refuses the whole file when a name cannot be resolved, suggesting close matches', async () => {
    const before = await ties();
    const bad = `sentra,responden,nama_disebut,pertanyaan,tanggal_wawancara,pewawancara
SNT-PKL,Batik Jaya Abadi,Batik Sidoluhur,Kepada siapa Anda mengoper pesanan?,2024-03-12,Dewi
SNT-PKL,Batik Jaya Abadi,Batik Sido Luhur,Siapa teman Anda?,2024-03-12,Dewi
SNT-PKL,Batik Jaya Abadi,Batik Jaya Abadi,Kepada siapa Anda mengoper pesanan?,2024-03-12,Dewi
SNT-XXX,Batik Jaya Abadi,Batik Sido Luhur,Kepada siapa Anda mengoper pesanan?,2024-03-12,Dewi
SNT-PKL,Batik Jaya Abadi,Toko Kain Pak Harun,Dari siapa Anda membeli bahan baku?,2024-03-12,Dewi`;
    const report = await withLang('en', () => importContent(ctx.db, 'name-generator', bad));
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'nama_disebut',
        message:
          'The name "Batik Sidoluhur" is not a member of this centre. Did you mean: "Batik Sido Luhur".',
      },
      {
        row: 3,
        column: 'pertanyaan',
        message: expect.stringContaining('Unknown question or relation "Siapa teman Anda?"'),
      },
      { row: 4, column: 'nama_disebut', message: expect.stringMatching(/itself|self/i) },
      { row: 5, column: 'sentra', message: 'Centre SNT-XXX does not exist.' },
      {
        row: 6,
        column: 'nama_disebut',
        message: 'The name "Toko Kain Pak Harun" is not a member of this centre.',
      },
    ]);
    expect(await ties()).toEqual(before);
  });
});

describe('close name matches', () => {
  it('ranks a dropped space or letter above a different firm', () => {
    expect(nameSimilarity('Batik Sidoluhur', 'Batik Sido Luhur')).toBeGreaterThan(0.8);
    expect(closeMatches('Bu Aminah Pesisir', ['Batik Pesisir Bu Aminah', 'Batik Jaya Abadi'])).toEqual([
      'Batik Pesisir Bu Aminah',
    ]);
    expect(closeMatches('Toko Kain Pak Harun', ['Batik Jaya Abadi', 'CV Batik Cemerlang'])).toEqual([]);
  });
});

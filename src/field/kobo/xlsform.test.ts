import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../../test/factories.ts';
import { created } from '../../interactions/interactions.test-helpers.ts';
import { importContent, toCsv, toXlsx } from '../../io/io.test-helpers.ts';
import { NAME_GENERATOR_QUESTIONS } from '../field-questions.ts';
import { xlsFormFor } from './xlsform.service.ts';
import { LANGUAGES, MEMBER_LIST } from './xlsform-sheets.ts';

/*
 * pyxform is not packaged for Debian (no `python3-pyxform`), so this test checks what pyxform would: the
 * three sheets, unique XML names, balanced groups, select lists that exist, choice names without spaces,
 * labels in both languages. Then it fills the form as an enumerator would and imports the export shapes
 * KoboToolbox and ODK Central write for it, with no mapping step.
 */

const ctx = useTestApp();
let centerId = '';
const members: Record<string, string> = {};

beforeAll(async () => {
  centerId = (await created(ctx, '/api/centers', buildCenterInput({ externalId: 'SNT-FORM' }))).id!;
  for (const name of ['Tenun Ikat Sumba Murni', 'Tenun Lombok Sade', 'Tenun Troso Jaya']) {
    members[name] = (await created(ctx, '/api/enterprises', buildEnterpriseInput({ name }))).id!;
    await created(ctx, '/api/center-memberships', {
      centerId,
      enterpriseId: members[name],
      validFrom: '2015-01-01',
    });
  }
});

type Sheets = Record<string, string[][]>;

async function download(query = `?centerId=${centerId}`, questionnaire = 'name-generator'): Promise<Sheets> {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/field/xlsform/${questionnaire}.xlsx${query}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer);
  const sheets: Sheets = {};
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push(values.map((v) => (v === null || v === undefined ? '' : String(v))));
    });
    sheets[sheet.name] = rows;
  });
  return sheets;
}

/** The survey's rows as objects by header. */
const surveyOf = (sheets: Sheets) => {
  const [headers = [], ...rows] = sheets.survey ?? [];
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ''])));
};

/** What pyxform checks that matters to us. */
function expectValidXlsForm(sheets: Sheets): void {
  expect(Object.keys(sheets)).toEqual(['survey', 'choices', 'settings']);
  const survey = surveyOf(sheets);
  const names = survey.filter((r) => r.type !== 'end_group').map((r) => r.name);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
  let depth = 0;
  for (const row of survey) {
    depth += row.type === 'begin_group' ? 1 : row.type === 'end_group' ? -1 : 0;
    expect(depth).toBeGreaterThanOrEqual(0);
    if (!['start', 'end', 'today', 'end_group', 'calculate'].includes(row.type ?? '')) {
      expect(row[`label::${LANGUAGES.id}`], row.name).not.toBe('');
      expect(row[`label::${LANGUAGES.en}`], row.name).not.toBe('');
    }
  }
  expect(depth).toBe(0);
  const [, ...choices] = sheets.choices ?? [];
  const lists = new Set(choices.map((c) => c[0]));
  for (const row of survey.filter((r) => /^select_/.test(r.type ?? ''))) {
    expect(lists).toContain(row.type?.split(' ')[1]);
  }
  for (const [, name] of choices) expect(name).toMatch(/^\S+$/);
  const [settingsHead, settings] = sheets.settings ?? [];
  expect(settingsHead).toEqual(['form_title', 'form_id', 'version', 'default_language']);
  expect(settings?.[3]).toBe(LANGUAGES.id);
}

/** One submission as KoboToolbox (`/`) or ODK Central (`-`) writes the form's questions in its export. */
function exportRow(sheets: Sheets, answers: Record<string, string>, separator: '/' | '-') {
  const row: Record<string, string> = {
    start: '2024-05-02T09:00:00.000+08:00',
    end: '2024-05-02T09:20:00.000+08:00',
  };
  const groups: string[] = [];
  for (const q of surveyOf(sheets)) {
    if (q.type === 'begin_group') groups.push(q.name ?? '');
    else if (q.type === 'end_group') groups.pop();
    else if (!['start', 'end'].includes(q.type ?? '')) {
      const name = q.name ?? '';
      row[[...groups, name].join(separator)] =
        answers[name] ?? (q.type === 'calculate' ? (q.calculation ?? '').replaceAll("'", '') : '');
    }
  }
  return row;
}

describe('GET /api/field/xlsform/:questionnaire.xlsx', () => {
  it("writes the name-generator form with the centre's members as choices, in Indonesian and English", async () => {
    const sheets = await download();
    expectValidXlsForm(sheets);
    const survey = surveyOf(sheets);
    for (const question of NAME_GENERATOR_QUESTIONS) {
      expect(survey).toContainEqual(
        expect.objectContaining({
          type: `select_multiple ${MEMBER_LIST}`,
          name: question.key,
          // biome-ignore lint/suspicious/noTemplateCurlyInString: XLSForm's own reference to a question.
          choice_filter: 'name != ${responden}',
          [`label::${LANGUAGES.id}`]: question.text.id,
          [`label::${LANGUAGES.en}`]: question.text.en,
        }),
      );
    }
    expect(survey).toContainEqual(expect.objectContaining({ name: 'sentra', calculation: `'${centerId}'` }));
    const choices = (sheets.choices ?? []).slice(1).map(([list, name, id]) => ({ list, name, id }));
    expect(choices).toEqual(
      expect.arrayContaining(
        Object.entries(members).map(([name, id]) => ({ list: MEMBER_LIST, name: id, id: name })),
      ),
    );
  });

  it('asks for names as text when no centre is given', async () => {
    const sheets = await download('');
    expectValidXlsForm(sheets);
    expect(surveyOf(sheets).some((r) => r.type?.startsWith('select_'))).toBe(false);
    expect(sheets.choices).toHaveLength(1);
    const profile = await download('', 'profile');
    expectValidXlsForm(profile);
    expect(surveyOf(profile).map((r) => r.name)).not.toContain('ikm');
  });

  it('answers 404 for an unknown centre and 400 for an unknown questionnaire', async () => {
    const missing = await ctx.app.inject({
      method: 'GET',
      url: '/api/field/xlsform/profile.xlsx?centerId=00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
    const wrong = await ctx.app.inject({ method: 'GET', url: '/api/field/xlsform/census.xlsx' });
    expect(wrong.statusCode).toBe(400);
  });
});

describe('an export of the generated form imports back with no mapping step', () => {
  it('name-generator: Kobo CSV and ODK Central XLSX shapes, then nothing more on a second import', async () => {
    const sheets = await download();
    const [murni, sade, troso] = ['Tenun Ikat Sumba Murni', 'Tenun Lombok Sade', 'Tenun Troso Jaya'].map(
      (n) => members[n] ?? '',
    );
    const kobo = {
      ...exportRow(
        sheets,
        {
          responden: murni!,
          pewawancara: 'Ayu',
          tanggal_wawancara: '2024-05-02',
          maklun_given: `${sade} ${troso}`,
        },
        '/',
      ),
      _id: '9001',
      _uuid: '6f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
      _submission_time: '2024-05-02T01:30:00',
      _index: '1',
    };
    const first = await importContent(ctx.db, 'name-generator', toCsv([kobo]), { tool: 'kobo' });
    expect(first).toMatchObject({ rows: 2, inserted: 2, errorCount: 0 });
    const odk = {
      SubmissionDate: '2024-05-03T02:00:00.000Z',
      ...exportRow(
        sheets,
        { responden: sade!, tanggal_wawancara: '2024-05-03', workers_poached: troso! },
        '-',
      ),
      'meta-instanceID': 'uuid:0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
      KEY: 'uuid:0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    };
    const xlsx = await toXlsx({ Submissions: [odk] });
    expect(await importContent(ctx.db, 'name-generator', xlsx, { tool: 'odk' })).toMatchObject({
      inserted: 1,
      errorCount: 0,
    });
    const { rows } = await sql<{ type: string; from: string; to: string }>`
      SELECT type, from_enterprise_id::text AS "from", to_enterprise_id::text AS "to" FROM interactions
       WHERE center_id = ${centerId} ORDER BY type, to_enterprise_id`.execute(ctx.db);
    expect(rows).toEqual(
      expect.arrayContaining([
        { type: 'TOLL_MANUFACTURING', from: murni, to: sade },
        { type: 'TOLL_MANUFACTURING', from: murni, to: troso },
        { type: 'WORKER_POACHING', from: troso, to: sade },
      ]),
    );
    expect(await importContent(ctx.db, 'name-generator', toCsv([kobo]), { tool: 'kobo' })).toMatchObject({
      inserted: 0,
      unchanged: 2,
    });
  });

  it('profile: a Kobo export updates the picked member and its year', async () => {
    const sheets = await download(`?centerId=${centerId}`, 'profile');
    expectValidXlsForm(sheets);
    const firm = members['Tenun Troso Jaya'] ?? '';
    const answers = {
      ikm: firm,
      nama_ikm: 'Tenun Troso Jaya',
      tahun: '2023',
      nama_pemilik: 'Sri Wahyuni',
      telp: '081300000001',
      produk: 'Tenun ikat troso',
      tkl: '2',
      tkp: '11',
      jumlah_produksi: '900',
      satuan: 'lembar',
      nilai_produksi: '270000000',
      nilai_investasi: '40000000',
    };
    const row = { ...exportRow(sheets, answers, '/'), _uuid: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' };
    const report = await importContent(ctx.db, 'enterprises', toCsv([row]), { tool: 'kobo' });
    expect(report).toMatchObject({ rows: 1, errorCount: 0 });
    const { rows } = await sql<{ female: number }>`
      SELECT workers_female AS female FROM enterprise_year_data WHERE enterprise_id = ${firm} AND year = 2023`.execute(
      ctx.db,
    );
    expect(rows).toEqual([{ female: 11 }]);
  });
});

describe('xlsFormFor', () => {
  it('offers the same members the field package does', async () => {
    const sheets = await xlsFormFor(ctx.db, 'name-generator', centerId);
    const pack = await ctx.app.inject({ method: 'GET', url: `/api/field/centers/${centerId}/package` });
    const packIds = (pack.json().members as { id: string }[]).map((m) => m.id).sort();
    expect(
      sheets.choices
        .slice(1)
        .map((c) => c[1])
        .sort(),
    ).toEqual(packIds);
  });
});

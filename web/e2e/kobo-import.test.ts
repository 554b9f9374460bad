import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { startWorkers, type WorkerProcess } from '../../src/jobs/runner.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

/** The rows of one sheet of a downloaded workbook, as text. */
async function sheetRows(file: string, name: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
  const rows: string[][] = [];
  workbook.getWorksheet(name)?.eachRow((row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

/** A KoboToolbox CSV export (`;`, quoted, groups with `/`) of one submission of the downloaded form. */
function koboCsv(survey: string[][], answers: Record<string, string>): Buffer {
  const [head = [], ...rows] = survey;
  const col = (name: string) => head.indexOf(name);
  const headers: string[] = [];
  const values: string[] = [];
  const groups: string[] = [];
  for (const row of rows) {
    const [type = '', name = ''] = [row[col('type')], row[col('name')]];
    if (type === 'begin_group') groups.push(name);
    else if (type === 'end_group') groups.pop();
    else {
      headers.push([...groups, name].join('/'));
      const calculated = type === 'calculate' ? (row[col('calculation')] ?? '').replaceAll("'", '') : '';
      values.push(answers[name] ?? calculated);
    }
  }
  headers.push('_id', '_uuid', '_submission_time', '_index');
  values.push('501', '3c9d2e1f-0a4b-4c6d-8e2f-9a1b0c3d5e7f', '2024-06-03T02:10:00', '1');
  const line = (cells: string[]) => cells.map((c) => `"${c}"`).join(';');
  return Buffer.from(`${line(headers)}\r\n${line(values)}\r\n`);
}

describe.skipIf(skipBrowser)('KoboToolbox export import and the XLSForm', () => {
  const e2e = useE2e();
  let workers: WorkerProcess | undefined;
  afterAll(async () => {
    await workers?.stop();
  });

  it("downloads a centre's XLSForm, previews its Kobo export, names a wrong answer, then imports it", async () => {
    const membership = await e2e.db
      .selectFrom('center_memberships')
      .select(['center_id', (eb) => eb.fn.count<string>('enterprise_id').as('n')])
      .where('valid_to', 'is', null)
      .groupBy('center_id')
      .having((eb) => eb.fn.count('enterprise_id'), '>=', 3)
      .orderBy('center_id')
      .executeTakeFirstOrThrow();
    const page = await e2e.signedInPage('admin');
    await page.goto(`/sentra/${membership.center_id}`);
    const link = page.getByTestId('xlsform-name-generator');
    expect(await link.textContent()).toBe('Unduh XLSForm survei jejaring');
    const downloading = page.waitForEvent('download');
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('simpul-name-generator.xlsx');
    const file = await download.path();
    const survey = await sheetRows(file, 'survey');
    const choices = (await sheetRows(file, 'choices')).slice(1);
    expect(choices.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = choices.map((c) => c[1] ?? '');
    const good = koboCsv(survey, {
      responden: first ?? '',
      tanggal_wawancara: '2024-06-03',
      pewawancara: 'Ayu',
      maklun_given: `${second} ${third}`,
    });

    await page.getByRole('link', { name: 'Impor berkas' }).click();
    await page.getByRole('radio', { name: /^Kuesioner name-generator/ }).check();
    await page.getByRole('radio', { name: 'Ekspor KoboToolbox (CSV atau XLSX)' }).check();
    await page
      .getByLabel('Berkas CSV atau XLSX')
      .setInputFiles({ name: 'kobo.csv', mimeType: 'text/csv', buffer: good });
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.textContent()).toContain('2 baris');
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'import-kobo');

    await page.getByTestId('lang-en').click();
    const bad = koboCsv(survey, { responden: first ?? '', maklun_given: 'Toko Tidak Ada' });
    await page
      .getByLabel('CSV or XLSX file')
      .setInputFiles({ name: 'kobo.csv', mimeType: 'text/csv', buffer: bad });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const problems = page.locator('.import table tbody tr');
    await expect.poll(() => problems.count()).toBe(1);
    expect(await problems.first().locator('td').allTextContents()).toEqual([
      '2',
      'ikatan/maklun_given',
      expect.stringContaining('"Toko Tidak Ada"'),
    ]);
    expect(await axeCheck(page)).toEqual([]);
    await page.locator('.import table').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-kobo-problem-en');

    workers = await startWorkers(e2e.url, { concurrency: 1, pollInterval: 200 });
    await page
      .getByLabel('CSV or XLSX file')
      .setInputFiles({ name: 'kobo.csv', mimeType: 'text/csv', buffer: good });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(() => report.textContent()).toContain('2 rows');
    await page.getByRole('button', { name: 'Import now' }).click();
    await expect.poll(() => report.textContent()).toContain('Import done');
    await page.context().close();
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { startWorkers, type WorkerProcess } from '../../src/jobs/runner.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = 'kode_sentra,nama_sentra,produk_utama,kelompok_komoditas,asal,kode_wilayah';
const csv = (commodity: string) =>
  Buffer.from(
    [
      HEADER,
      'UJI-1,Sentra Uji Satu,Sepatu,sandang,tumbuh_sendiri,32.73.17.1003',
      `UJI-2,Sentra Uji Dua,Tas,${commodity},tumbuh_sendiri,32.73.17.1003`,
    ].join('\r\n'),
  );

describe.skipIf(skipBrowser)('import wizard', () => {
  const e2e = useE2e();
  let workers: WorkerProcess | undefined;
  afterAll(async () => {
    await workers?.stop();
  });

  it('reports a wrong cell by row and column, writes nothing, then imports a correct file', async () => {
    const page = await e2e.signedInPage('admin');
    await page.getByRole('link', { name: 'Impor berkas' }).click();
    await page.getByRole('radio', { name: /^Sentra —/ }).check();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh templat XLSX' }).click();
    expect((await download).suggestedFilename()).toBe('simpul-centers.xlsx');

    const file = page.getByLabel('Berkas CSV atau XLSX');
    await file.setInputFiles({ name: 'sentra.csv', mimeType: 'text/csv', buffer: csv('bukan_kelompok') });
    const commit = page.getByRole('button', { name: 'Impor sekarang' });
    expect(await commit.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const problems = page.locator('.import table tbody tr');
    await expect.poll(() => problems.count()).toBe(1);
    // Header = row 1, so the second data row is row 3.
    expect(await problems.first().locator('td').allTextContents()).toEqual([
      '3',
      'kelompok_komoditas',
      expect.any(String),
    ]);
    expect(await commit.isDisabled()).toBe(true);
    expect(await axeCheck(page)).toEqual([]);
    await page.locator('.import table').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-wizard');

    await file.setInputFiles({ name: 'sentra.csv', mimeType: 'text/csv', buffer: csv('sandang') });
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.textContent()).toContain('akan ditambah 2');
    const count = async () =>
      Number(
        (
          await e2e.db
            .selectFrom('centers')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('external_id', 'like', 'UJI-%')
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBe(0);
    // The import runs on the job queue: with no worker yet, the page says it waits its turn.
    await commit.click();
    const progress = page.getByTestId('import-progress');
    await expect.poll(() => progress.textContent()).toContain('menunggu giliran');
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'import-run-queued');
    workers = await startWorkers(e2e.url, { concurrency: 1, pollInterval: 200 });
    await expect.poll(() => report.textContent()).toContain('ditambah 2');
    expect(await progress.count()).toBe(0);
    expect(await report.textContent()).toContain('Impor selesai');
    expect(await count()).toBe(2);
    await page.context().close();
  });

  it('says which encoding it read a Windows-1252 file in, in Indonesian and English', async () => {
    const page = await e2e.signedInPage('admin');
    await page.getByRole('link', { name: 'Impor berkas' }).click();
    await page.getByRole('radio', { name: /^Sentra —/ }).check();
    // Excel's "CSV" on Windows: `;`-separated, Ñ and é as single bytes, ’ as 0x92.
    const text = `${HEADER.replaceAll(',', ';')}\r\nUJI-1252;Sentra Peña Café\u2019s;Sepatu;sandang;tumbuh_sendiri;32.73.17.1003\r\n`;
    const buffer = Buffer.from([...text].map((c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0))));
    const windows1252 = { name: 'sentra-windows.csv', mimeType: 'text/csv', buffer };
    await page.getByLabel('Berkas CSV atau XLSX').setInputFiles(windows1252);
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const encoding = page.getByTestId('import-encoding');
    await expect
      .poll(() => encoding.textContent())
      .toContain('Berkas dibaca sebagai Windows-1252 (CSV Excel di Windows).');
    expect(await page.getByTestId('import-report').textContent()).toContain('akan ditambah 1');
    await page.getByTestId('lang-en').click();
    await page.getByLabel('CSV or XLSX file').setInputFiles(windows1252);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect
      .poll(() => encoding.textContent())
      .toContain('The file was read as Windows-1252 (Excel CSV on Windows).');
    expect(await axeCheck(page)).toEqual([]);
    await encoding.scrollIntoViewIfNeeded();
    await screenshot(page, 'import-encoding');
    workers ??= await startWorkers(e2e.url, { concurrency: 1, pollInterval: 200 });
    await page.getByRole('button', { name: 'Import now' }).click();
    await expect.poll(() => page.getByTestId('import-report').textContent()).toContain('Import done');
    const stored = await e2e.db
      .selectFrom('centers')
      .select('name')
      .where('external_id', '=', 'UJI-1252')
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe('Sentra Peña Café\u2019s');
    await page.context().close();
  });

  it('says a damaged workbook is damaged and what to do, in Indonesian and English', async () => {
    const page = await e2e.signedInPage('admin');
    await page.getByRole('link', { name: 'Impor berkas' }).click();
    await page.getByRole('radio', { name: /^Sentra —/ }).check();
    const damaged = {
      name: 'sentra.xlsx',
      mimeType: XLSX,
      buffer: Buffer.from('PK\u0003\u0004 bukan buku kerja'),
    };
    await page.getByLabel('Berkas CSV atau XLSX').setInputFiles(damaged);
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Berkas XLSX rusak');
    expect(await alert.textContent()).toContain('Berkas tidak diimpor; tidak ada data yang diubah.');
    expect(await alert.textContent()).toContain('simpan ulang di Excel atau LibreOffice');
    await page.getByTestId('lang-en').click();
    await page.getByLabel('CSV or XLSX file').setInputFiles(damaged);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(() => alert.textContent()).toContain('The XLSX file is damaged');
    expect(await alert.textContent()).toContain('The file was not imported; no data was changed.');
    expect(await axeCheck(page)).toEqual([]);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'import-damaged');
    await page.context().close();
  });
});

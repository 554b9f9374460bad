import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipParts } from '../../src/io/zip.test-helpers.ts';
import { startWorkers, type WorkerProcess } from '../../src/jobs/runner.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

describe.skipIf(skipBrowser)('region export', () => {
  const e2e = useE2e();
  let workers: WorkerProcess | undefined;
  afterAll(async () => {
    await workers?.stop();
  });

  it('a Dinas officer exports their regency on the queue, follows it and downloads the ZIP', async () => {
    const page = await e2e.signedInPage('regional_officer');
    await page.getByRole('link', { name: 'Ekspor', exact: true }).click();
    await page.getByLabel('Provinsi').selectOption('32');
    // The whole province lies outside a Kota Bandung officer's area: the server says so, nothing is queued.
    await page.getByRole('button', { name: 'Mulai ekspor' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('di luar wilayah');
    expect(await e2e.db.selectFrom('region_exports').select('id').execute()).toEqual([]);

    await page.getByLabel('Kabupaten/kota').selectOption('32.73');
    await page.getByLabel('Format berkas di dalam ZIP').selectOption('csv');
    await page.getByRole('button', { name: 'Mulai ekspor' }).click();
    const row = page.getByTestId('region-exports').locator('tbody tr').first();
    // No worker yet: the page says the export waits its turn.
    await expect.poll(() => row.textContent()).toContain('Menunggu pekerja');
    expect(await row.textContent()).toContain('Kota Bandung (32.73)');
    expect(await axeCheck(page)).toEqual([]);
    workers = await startWorkers(e2e.url, { concurrency: 1, pollInterval: 200 });
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
    expect(await row.textContent()).toMatch(/Selesai: [\d.]+ baris/);
    await screenshot(page, 'region-export');

    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: /^Unduh/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^simpul-32\.73-\d{4}-\d{2}-\d{2}\.zip$/);
    const parts = await unzipParts(await readFile((await file.path()) as string));
    expect(parts.map((p) => p.name)).toEqual([
      'centers.csv',
      'enterprises.csv',
      'institutions.csv',
      'memberships.csv',
      'interactions.csv',
    ]);
    // The demo's Kota Bandung centres are in the file, Jepara's are not.
    const centers = parts[0]?.data.toString() ?? '';
    expect(centers).toContain('Cibaduyut');
    expect(centers).not.toContain('Jepara');

    await page.getByTestId('lang-en').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Export a region’s data');
    await expect.poll(() => row.textContent()).toMatch(/Done: [\d,]+ rows/);
    expect(await row.getByRole('button').textContent()).toMatch(/^Download \d/);
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'region-export-en');
    await page.context().close();
  });
});

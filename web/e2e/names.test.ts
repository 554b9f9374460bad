import { describe, expect, it } from 'vitest';
import { screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet } from './page-helpers.ts';

describe.skipIf(skipBrowser)('names instead of codes', () => {
  const e2e = useE2e();

  it("names a centre's villages beside their codes", async () => {
    const page = await e2e.signedInPage('regional_officer');
    const center = (
      await apiGet<{ items: { id: string; regionCodes: string[] }[] }>(page, '/centers?q=Cibaduyut')
    ).items[0]!;
    const code = center.regionCodes[0]!;
    const village = (await apiGet<{ name: string }>(page, `/regions/${code}`)).name;
    await page.goto(`/sentra/${center.id}?tab=lembaga`);
    const regions = page.getByTestId('center-regions');
    await expect.poll(() => regions.textContent()).toContain(`${village} (${code})`);
    expect(await page.locator('.breadcrumbs').textContent()).toContain('Kota Bandung');
    await page.context().close();
  });

  it('picks the import regency by province and name, and sends its code', async () => {
    const page = await e2e.signedInPage('admin');
    await page.getByRole('link', { name: 'Impor berkas' }).click();
    const picker = page.getByTestId('regency-picker');
    await picker.getByLabel(/^Provinsi/).selectOption({ label: 'Jawa Barat' });
    await picker.getByLabel(/^Kabupaten\/kota/).selectOption({ label: 'Kota Bandung (32.73)' });
    await page.getByLabel('Berkas CSV atau XLSX').setInputFiles({
      name: 'ikm.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nama_ikm\r\nUji\r\n'),
    });
    const request = page.waitForRequest((r) => r.url().includes('/api/import/'));
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    expect(new URL((await request).url()).searchParams.get('region')).toBe('32.73');
    await screenshot(page, 'import-regency-picker');
    await page.context().close();
  });

  it('keeps every English nav label on one line, at 1280 px and down to the menu breakpoint', async () => {
    const page = await e2e.signedInPage('admin', { width: 1280, height: 800 });
    await page.getByTestId('lang-en').click();
    const links = page.locator('#main-nav ul a');
    await expect.poll(() => links.allTextContents()).toContain('Data entry');
    // 800 px: the narrowest layout before the menu button, where "Data entry" used to break in two.
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 800 });
      for (const link of await links.all()) {
        const box = await link.evaluate((a) => ({
          height: a.getBoundingClientRect().height,
          line: Number.parseFloat(getComputedStyle(a).lineHeight),
        }));
        expect(box.height).toBeLessThan(box.line * 2);
      }
    }
    await page.context().close();
  });
});

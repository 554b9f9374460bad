import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)('interventions', () => {
  const e2e = useE2e();

  it(
    'an officer records an intervention on the centre page and sees its before/after with the DiD',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
      const id = found.items[0]?.id as string;
      await page.goto(`/sentra/${id}?tab=indikator`);
      const card = page.getByTestId('interventions');
      await card.getByRole('heading', { name: 'Intervensi' }).waitFor();
      // The demo's DAK revitalisation is listed.
      await card.getByRole('link', { name: /Revitalisasi Sentra Sepatu Cibaduyut/ }).waitFor();
      await card.getByRole('button', { name: 'Catat intervensi' }).click();

      // An end before the start is refused at the field, in Indonesian, naming it.
      const form = page.getByTestId('intervention-form');
      await form.getByLabel('Jenis intervensi').selectOption('machine_grant');
      await form.getByLabel('Judul').fill('Hibah mesin jahit sepatu 2022');
      await form.getByLabel('Tanggal mulai').fill('2022-06-01');
      await form.getByLabel('Tanggal selesai').fill('2022-01-31');
      await form.getByLabel('Biaya (Rp)').fill('900000000');
      await form.getByLabel('Sumber dana').selectOption('apbn');
      await form.getByRole('button', { name: 'Simpan' }).click();
      await expect
        .poll(() => form.textContent())
        .toContain('Tanggal selesai (2022-01-31) tidak boleh sebelum');
      await screenshot(page, 'intervention-form-error');

      await form.getByLabel('Tanggal selesai').fill('2022-08-31');
      await form.getByRole('button', { name: 'Simpan' }).click();
      const effect = page.getByTestId('intervention-effect');
      await effect.waitFor({ timeout: 30_000 });
      await page.getByRole('heading', { name: 'Hibah mesin jahit sepatu 2022' }).waitFor();
      const table = page.getByTestId('effect-table');
      expect(await table.locator('thead').textContent()).toContain('2021');
      expect(await table.locator('thead').textContent()).toContain('2023');
      const firms = table.locator('tbody tr').first().locator('td');
      expect(await firms.nth(0).textContent()).not.toBe('–');
      expect(await firms.nth(1).textContent()).not.toBe('–');
      // Three West Java clothing centres without a machine grant are the comparison: the DiD shows.
      expect(await page.getByTestId('comparison-centers').locator('li').count()).toBeGreaterThanOrEqual(2);
      expect(await firms.nth(4).textContent()).not.toBe('–');
      expect(await page.getByTestId('caveats').textContent()).toContain('tren sejajar');
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'intervention-effect');

      await page.getByTestId('lang-en').click();
      await effect.getByRole('heading', { name: 'Before and after' }).waitFor();
      await expect.poll(() => page.getByTestId('caveats').textContent()).toContain('Parallel trends');
      expect(await axeCheck(page)).toEqual([]);
    },
    SLOW,
  );
});

import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)('capability profiles', () => {
  const e2e = useE2e();

  it(
    'lets the demo enterprise edit its own profile, shows it saved, and reads in English too',
    async () => {
      const page = await e2e.signedInPage('enterprise');
      const own = await apiGet<{ items: { id: string; name: string }[] }>(page, '/enterprises?limit=1');
      const firm = own.items[0]!;
      await page.goto(`/ikm/${firm.id}`);
      await page.getByTestId('capability-link').getByRole('link').click();
      await page.getByTestId('capability-page').waitFor();
      await page.getByTestId('capability-view').waitFor();
      await screenshot(page, 'capability-profile');

      await page.locator('summary', { hasText: 'Ubah profil kemampuan' }).click();
      const spare = page.getByLabel(/^Kapasitas luang/);
      await spare.fill('35');
      const footwear = page.getByTestId('sector-footwear');
      if (!(await footwear.evaluate((d) => (d as HTMLDetailsElement).open)))
        await footwear.locator('summary').click();
      await footwear.getByLabel(/^Pemasangan sol/).selectOption('3');
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'capability-edit');
      await page.getByTestId('capability-save').click();
      await page.getByText('Profil tersimpan.').waitFor();
      await page
        .getByTestId('capability-processes')
        .getByText(/Pemasangan sol — 3 · ahli/)
        .waitFor();
      const stored = await e2e.db
        .selectFrom('capability_profiles')
        .select(['spare_capacity_pct', 'spare_confirmed_on'])
        .where('enterprise_id', '=', firm.id)
        .executeTakeFirstOrThrow();
      expect(stored.spare_capacity_pct).toBe(35);
      const level = await e2e.db
        .selectFrom('capability_processes')
        .select('level')
        .where('enterprise_id', '=', firm.id)
        .where('process_code', '=', 'footwear.sole')
        .executeTakeFirstOrThrow();
      expect(level.level).toBe(3);

      await page.getByTestId('lang-en').click();
      await page.getByRole('heading', { name: `Production capability: ${firm.name}` }).waitFor();
      await page
        .getByTestId('capability-processes')
        .getByText(/Sole attaching — 3 · expert/)
        .waitFor();
      await screenshot(page, 'capability-profile-en');
      await page.context().close();
    },
    SLOW,
  );

  it(
    'shows a stale profile with its warning, and a bad value at its field, in the reader language',
    async () => {
      const page = await e2e.signedInPage('center_manager');
      const firms = await apiGet<{ items: { id: string }[] }>(page, '/enterprises?limit=3');
      const firm = firms.items[2]!;
      await e2e.db
        .updateTable('capability_profiles')
        .set({ spare_confirmed_on: '2024-01-01' })
        .where('enterprise_id', '=', firm.id)
        .execute();
      await page.goto(`/ikm/${firm.id}/kemampuan`);
      await page.getByTestId('capability-stale').waitFor();
      await page.locator('summary', { hasText: 'Ubah profil kemampuan' }).click();
      await page.getByLabel(/^Kapasitas luang/).fill('120');
      await page.getByTestId('capability-save').click();
      await page.locator('.field-error', { hasText: 'Kapasitas luang' }).waitFor();
      await page.getByTestId('capability-confirm').click();
      await page.getByText('Kapasitas luang dikonfirmasi.').waitFor();
      await expect.poll(() => page.getByTestId('capability-stale').count(), { timeout: 30_000 }).toBe(0);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'lets a Dinas officer add a process to the taxonomy',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      await page.goto('/taksonomi-proses');
      const batik = page.getByTestId('taxonomy-batik');
      await batik.locator('summary', { hasText: 'Tambah proses' }).click();
      await batik.getByLabel(/^Kode/).fill('jumputan');
      await batik.getByLabel(/^Nama \(Bahasa Indonesia\)/).fill('Jumputan (ikat celup)');
      await batik.getByLabel(/^Nama \(Inggris\)/).fill('Tie-dye (jumputan)');
      await batik.getByRole('button', { name: 'Tambah proses ke sektor ini' }).click();
      await batik.getByText('batik.jumputan').waitFor();
      await screenshot(page, 'capability-taxonomy');
      await page.context().close();
    },
    SLOW,
  );
});

import { describe, expect, it } from 'vitest';
import { downloadCibaduyut, draftSaved, navigate, PHONE, pick, screenshot } from './field-helpers.ts';
import { skipBrowser, useE2e } from './harness.ts';

describe.skipIf(skipBrowser)('field forms and the way in (issue #23)', () => {
  const e2e = useE2e();

  it('records a firm’s yearly figures offline, keeps the draft over a reload, and syncs them', async () => {
    const page = await e2e.signedInPage('regional_officer', PHONE);
    const { centerId, members } = await downloadCibaduyut(page);
    const name = members[2] ?? '';
    await page.context().setOffline(true);
    await navigate(page, `/lapangan/sentra/${centerId}`);
    await page.getByRole('link', { name: 'Angka tahunan IKM' }).click();
    await pick(page, 'year-firm', name);
    const year = String(new Date().getFullYear() - 1);
    await page.getByLabel('Tahun', { exact: true }).fill(year);
    await page.getByLabel('Tenaga kerja laki-laki').fill('7');
    await page.getByLabel('Tenaga kerja perempuan').fill('5');
    await page.getByLabel('Omzet per tahun (Rp)').fill('1.250.000');
    await page.getByLabel('Satuan produksi').fill('pasang');
    // Not a number: said at the figure, and nothing can be saved until it is one.
    const capital = page.getByLabel('Modal usaha (Rp)');
    await capital.fill('banyak');
    await expect.poll(() => capital.getAttribute('aria-invalid')).toBe('true');
    const save = page.getByRole('button', { name: 'Simpan di ponsel' });
    expect(await save.isDisabled()).toBe(true);
    await capital.fill('90.000.000');
    await screenshot(page, 'field-yearly-id');
    await draftSaved(page, '90.000.000');

    // The draft was saved as typed: a reload with no connection brings it back.
    await page.reload();
    await navigate(page, `/lapangan/sentra/${centerId}/angka-tahunan`);
    await expect.poll(() => page.getByLabel('Omzet per tahun (Rp)').inputValue()).toBe('1.250.000');
    expect(await page.getByTestId('year-firm').textContent()).toContain(name);
    await page.getByRole('button', { name: 'Simpan di ponsel' }).click();
    await expect.poll(() => page.getByTestId('field-outcome').textContent()).toMatch(/^1 /);
    // The form starts afresh once the entry is queued.
    expect(await page.getByLabel('Omzet per tahun (Rp)').inputValue()).toBe('');

    await page.context().setOffline(false);
    await page.goto('/lapangan/sinkron');
    await expect.poll(() => page.getByTestId('field-queue').textContent()).toContain(`Angka tahunan ${name}`);
    await page.getByTestId('field-sync').click();
    await expect.poll(() => page.getByTestId('field-sync-message').textContent()).toContain('1 terkirim');
    const firm = await e2e.db
      .selectFrom('enterprises')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    const row = await e2e.db
      .selectFrom('enterprise_year_data')
      .selectAll()
      .where('enterprise_id', '=', firm.id)
      .where('year', '=', Number(year))
      .where('source', '=', 'dinas_census')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      workers_male: 7,
      workers_female: 5,
      production_unit: 'pasang',
    });
    expect(Number(row.annual_sales)).toBe(1_250_000);
    expect(Number(row.business_capital)).toBe(90_000_000);
    await page.context().close();
  });

  it('reads English numbers in English and shows the form at 360 px', async () => {
    const page = await e2e.newPage(PHONE);
    await page.addInitScript(() => localStorage.setItem('simpul.lang', 'en'));
    await e2e.signIn(page, 'regional_officer');
    const { centerId, members } = await downloadCibaduyut(page);
    await navigate(page, `/lapangan/sentra/${centerId}/angka-tahunan`);
    await pick(page, 'year-firm', members[4] ?? '');
    await page.getByLabel('Annual sales (Rp)').fill('1,250,000');
    await page.getByLabel('Production quantity').fill('1.5');
    await page.getByLabel('Male workers', { exact: true }).fill('lots');
    await expect.poll(() => page.locator('.field-error').first().textContent()).toContain('Not a number');
    await screenshot(page, 'field-yearly-en');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    // Every control is a finger-sized target.
    const heights = await page
      .locator('main.field input, main.field select, main.field button')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await page.getByLabel('Male workers', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save on the phone' }).click();
    await expect.poll(() => page.getByTestId('field-outcome').textContent()).toMatch(/^1 /);
    const queued = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('simpul-field');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('changes').objectStore('changes').getAll();
            all.onsuccess = () => resolve(all.result);
          };
        }),
    );
    expect(JSON.stringify(queued)).toContain('"annualSales":1250000');
    expect(JSON.stringify(queued)).toContain('"productionQty":1.5');
    await page.context().close();
  });

  it.each([
    ['admin', 'Lapangan'],
    ['regional_officer', 'Field'],
  ] as const)('offers field capture to %s from the menu (%s)', async (role, label) => {
    const page = await e2e.newPage({ width: 1280, height: 800 });
    if (label === 'Field') await page.addInitScript(() => localStorage.setItem('simpul.lang', 'en'));
    await e2e.signIn(page, role);
    const link = page.getByTestId('signed-in-as').getByRole('link', { name: label, exact: true });
    await link.click();
    await page.getByTestId('field-centers').waitFor();
    expect(await link.getAttribute('aria-current')).toBe('page');
    // On a phone it is in the menu too, with a finger-sized target.
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Menu' }).click();
    const box = await link.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    if (role === 'admin') await screenshot(page, 'field-menu-id');
    await page.context().close();
  });

  it.each(['center_manager', 'researcher', 'viewer'] as const)(
    'puts field capture where %s may reach it, and nowhere else',
    async (role) => {
      const page = await e2e.signedInPage(role);
      // The bar's own links: the one under the name (`nav-field`) is counted apart.
      const inNav = page
        .getByRole('navigation', { name: 'Navigasi utama' })
        .getByRole('link', { name: 'Lapangan', exact: true })
        .and(page.locator(':not([data-testid="nav-field"])'));
      // A centre manager has room in the bar; a researcher (notes and consent offline) finds it under the
      // name; guests do not go to the field at all.
      await expect.poll(() => inNav.count()).toBe(role === 'center_manager' ? 1 : 0);
      expect(await page.getByTestId('nav-field').count()).toBe(role === 'researcher' ? 1 : 0);
      await page.context().close();
    },
  );
});

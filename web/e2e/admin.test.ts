import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet } from './page-helpers.ts';

/** A write through the signed-in page, with its CSRF token, as the web app sends it. */
async function apiSend<T>(page: Page, method: string, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = await (await fetch('/api/auth/me', { credentials: 'same-origin' })).json();
      const response = await fetch(url, {
        method,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { method, url: `/api${path}`, body },
  );
}

describe.skipIf(skipBrowser)('screens for what only the API or CLI could do', () => {
  const e2e = useE2e();

  it('lets an admin create a user and reset a password, refusing a weak one with the reason', async () => {
    const page = await e2e.signedInPage('admin');
    await page.getByRole('link', { name: 'Pengguna' }).click();
    await page.getByRole('button', { name: 'Pengguna baru' }).click();
    await page.getByLabel('Surel').fill('petugas.baru@simpul.demo');
    await page.getByLabel('Nama tampilan').fill('Petugas Baru');
    await page.getByLabel('Peran').selectOption('regional_officer');
    await page.getByRole('searchbox', { name: /^Wilayah/ }).fill('Kota Bandung');
    await page.getByRole('button', { name: /^Tambah Kota Bandung/ }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Petugas Baru dibuat');
    const users = await apiGet<{ items: { email: string; role: string; scopes: { regions: string[] } }[] }>(
      page,
      '/users',
    );
    const saved = users.items.find((u) => u.email === 'petugas.baru@simpul.demo');
    expect(saved?.role).toBe('regional_officer');
    expect(saved?.scopes.regions).toEqual(['32.73']);

    const field = page.getByLabel('Kata sandi baru');
    await field.fill('password12');
    await page.getByRole('button', { name: 'Setel kata sandi' }).click();
    await expect.poll(() => page.locator('.field-error').first().textContent()).toContain('Kata sandi baru');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('lampu teras berkabut di Ciwidey');
    await page.getByRole('button', { name: 'Setel kata sandi' }).click();
    await page.getByTestId('password-reset-done').waitFor();
    expect(await axeCheck(page)).toEqual([]);
    // The saved account's scope is named, not shown as a bare code.
    expect(await page.locator('.chips li').first().textContent()).toContain('Kota Bandung');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'admin-users');
    await page.context().close();
  });

  it('creates an API token, shows its secret once, and revokes it', async () => {
    const page = await e2e.signedInPage('regional_officer');
    await page.getByRole('link', { name: 'Token API' }).click();
    await page.getByLabel('Nama token').fill('skrip ekspor');
    await page.getByRole('button', { name: 'Buat token' }).click();
    const secret = page.getByLabel('Token baru');
    await expect.poll(() => secret.inputValue()).toMatch(/^smp_/);
    const rows = page.getByTestId('tokens-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await axeCheck(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cabut skrip ekspor' }).click();
    await expect.poll(() => rows.first().textContent()).toContain('Dicabut');
    const token = await e2e.db.selectFrom('api_tokens').select('revoked_at').executeTakeFirstOrThrow();
    expect(token.revoked_at).not.toBeNull();
    await page.context().close();
  });

  it('shows no user administration to anyone but an admin, and no history to a researcher', async () => {
    const page = await e2e.signedInPage('regional_officer');
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Token API' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Pengguna' }).count()).toBe(0);
    await page.goto('/pengguna');
    await page.getByRole('heading', { name: 'Tidak ada akses' }).waitFor();
    await page.context().close();
    // A researcher reads no audit trail, so neither page links to one.
    const researcher = await e2e.signedInPage('researcher');
    const firm = (await apiGet<{ items: { id: string }[] }>(researcher, '/enterprises?limit=1')).items[0]!;
    await researcher.goto(`/ikm/${firm.id}`);
    await researcher.locator('main h1').waitFor();
    expect(await researcher.getByRole('link', { name: 'Riwayat perubahan' }).count()).toBe(0);
    await researcher.context().close();
  });

  it('shows an edit made through the API in the centre’s history, field by field, linked from both pages', async () => {
    const page = await e2e.signedInPage('admin');
    const found = await apiGet<{ items: { id: string; version: number; mainProduct: string }[] }>(
      page,
      '/centers?q=Cibaduyut',
    );
    const center = found.items[0]!;
    await apiSend(page, 'PATCH', `/centers/${center.id}`, {
      mainProduct: 'Sepatu kulit',
      version: center.version,
    });
    const firm = (await apiGet<{ items: { id: string }[] }>(page, '/enterprises?limit=1')).items[0]!;
    await page.goto(`/ikm/${firm.id}`);
    await page.getByRole('link', { name: 'Riwayat perubahan' }).waitFor();
    await page.goto(`/sentra/${center.id}`);
    await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
    const first = page.getByTestId('history-entry').first();
    await expect.poll(() => first.textContent()).toContain('Diubah');
    const row = first.locator('tr', { hasText: 'Produk utama' });
    expect(await row.locator('del').textContent()).toBe(center.mainProduct);
    expect(await row.locator('ins').textContent()).toBe('Sepatu kulit');
    // Coded values read as the forms word them.
    expect(await page.getByTestId('history-list').textContent()).toContain('Tumbuh sendiri');
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'history');
    await page.context().close();
  });

  it('lists the ties a demo centre gained between two dates, by firm name, with indicators on both', async () => {
    const page = await e2e.signedInPage('regional_officer');
    const center = (await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut')).items[0]!;
    const change = await apiGet<{ gained: unknown[] }>(
      page,
      `/centers/${center.id}/network/change?from=2021-01-01&to=2024-12-31`,
    );
    expect(change.gained.length).toBeGreaterThan(0);
    await page.goto(`/sentra/${center.id}`);
    await page.getByRole('link', { name: 'Perubahan jaringan antara dua tanggal' }).click();
    await page.getByLabel('Tanggal awal').fill('2021-01-01');
    await page.getByLabel('Tanggal akhir').fill('2024-12-31');
    const gained = page.getByTestId('change-gained').locator('tbody tr');
    await expect.poll(() => gained.count()).toBe(change.gained.length);
    expect(await gained.first().locator('td').first().textContent()).not.toBe('–');
    expect(await page.getByTestId('change-indicators').locator('thead').textContent()).toContain(
      '31 Des 2024',
    );
    expect(await axeCheck(page)).toEqual([]);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await screenshot(page, 'network-change');
    await page.context().close();
  });

  it('offers the name-generator survey in the import wizard, with its template', async () => {
    const page = await e2e.signedInPage('regional_officer');
    await page.getByRole('link', { name: 'Impor berkas' }).click();
    await page.getByRole('radio', { name: /^Kuesioner name-generator/ }).check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh templat XLSX' }).click();
    expect((await download).suggestedFilename()).toBe('simpul-name-generator.xlsx');
    await page.context().close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

/**
 * In the open tie form: picks the first tie type whose label matches, checks the valence the form derives
 * from it, marks the tie as reported by one party, checks accessibility and saves. Returns the type's code.
 */
async function saveTie(page: Page, type: RegExp | string, valence: string): Promise<string> {
  const types = page.getByLabel('Jenis ikatan');
  const code = await types.locator('option').filter({ hasText: type }).first().getAttribute('value');
  await types.selectOption(code!);
  expect(await page.getByTestId('valence').textContent()).toBe(valence);
  await page.getByLabel('Dilaporkan oleh').selectOption('one_party');
  expect(await axeCheck(page)).toEqual([]);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByText('Ikatan tersimpan.').waitFor();
  return code!;
}

describe.skipIf(skipBrowser)('data entry', () => {
  const e2e = useE2e();

  it('creates a centre after showing the API’s field error at the field', async () => {
    const page = await e2e.signedInPage('regional_officer');
    await page.getByRole('link', { name: 'Input data' }).click();
    await expect
      .poll(() => page.locator('.kind-list h2').allTextContents())
      .toEqual(['Sentra baru', 'IKM baru', 'Lembaga baru', 'Ikatan antar-pelaku']);
    await page.getByRole('link', { name: 'Sentra baru' }).click();
    await page.getByLabel('Nama', { exact: true }).fill('Sentra Rajut Binong Uji');
    await page.getByLabel('Produk utama').fill('Rajutan');
    await page.getByLabel('Kelompok komoditas').selectOption('clothing');
    await page.getByLabel(/^Desa\/kelurahan/).fill('32.73.17.1003');
    // Out of Indonesia: the API refuses it and names the field.
    await page.getByLabel(/^Lintang/).fill('20');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const latitude = page.getByLabel(/^Lintang/);
    await expect.poll(() => latitude.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await latitude.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent();
    expect(message).toBeTruthy();
    expect(await page.locator('.entry-form [role=alert]').count()).toBe(1);
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'entry-form');

    await latitude.fill('-6.95');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/sentra\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop();
    const stored = await e2e.db
      .selectFrom('centers')
      .select(['name', 'latitude'])
      .where('id', '=', id!)
      .executeTakeFirst();
    expect(stored).toEqual({ name: 'Sentra Rajut Binong Uji', latitude: -6.95 });
    await page.context().close();
  });

  it('creates an enterprise, picking its village by name, after a wrong NIB', async () => {
    const page = await e2e.signedInPage('regional_officer');
    await page.goto('/input/ikm');
    await page.getByLabel('Nama', { exact: true }).fill('IKM Rajut Uji');
    await page.getByLabel('Nama pemilik').fill('Pemilik Uji');
    await page.getByLabel(/^Desa\/kelurahan/).fill('Kebon Lega');
    await page.getByRole('button', { name: 'Pilih Kebon Lega (32.73.17.1002)' }).click();
    await page.getByLabel(/^NIB/).fill('123');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByLabel(/^NIB/).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(/^NIB/).fill('9120001234567');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/ikm\/[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('records a tie between two members of a centre, with the valence derived from the type', async () => {
    const page = await e2e.signedInPage('center_manager');
    await page.getByRole('link', { name: 'Input data' }).click();
    // A centre manager records ties only.
    await expect.poll(() => page.locator('.kind-list h2').allTextContents()).toEqual(['Ikatan antar-pelaku']);
    await page.getByRole('link', { name: 'Ikatan antar-pelaku' }).click();
    await page.getByLabel('Sentra', { exact: true }).selectOption({ label: 'Sentra Sepatu Cibaduyut' });
    const first = page.getByLabel('IKM pertama', { exact: true });
    await expect.poll(() => first.locator('option').count()).toBeGreaterThan(5);
    await first.selectOption({ index: 1 });
    await page.getByLabel('IKM kedua', { exact: true }).selectOption({ index: 1 });
    const conflict = await saveTie(page, /banting harga/i, 'Konflik');
    const tie = await e2e.db
      .selectFrom('interactions')
      .select(['type', 'valence', 'confidential'])
      .where('reported_by', '=', 'one_party')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(tie).toEqual({ type: conflict, valence: 'conflict', confidential: true });
    await page.context().close();
  });
  it('lets an enterprise user record a collaboration tie of its own firm and see it on the firm’s page', async () => {
    const page = await e2e.signedInPage('enterprise');
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    const ownId = me.user.scopes.enterprises[0] as string;
    const own = await e2e.db
      .selectFrom('enterprises')
      .select('name')
      .where('id', '=', ownId)
      .executeTakeFirstOrThrow();
    // Data entry is in the menu, the import wizard is not; ties are the only kind it may record.
    expect(await page.getByRole('link', { name: 'Impor berkas' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Input data' }).click();
    await expect.poll(() => page.locator('.kind-list h2').allTextContents()).toEqual(['Ikatan antar-pelaku']);
    await page.getByRole('link', { name: 'Ikatan antar-pelaku' }).click();
    await page.getByLabel('Sentra', { exact: true }).selectOption({ label: 'Sentra Sepatu Cibaduyut' });
    // The firm's own end is fixed: no list to pick another firm from.
    await expect.poll(() => page.getByTestId('own-firm').textContent()).toBe(own.name);
    expect(await page.getByLabel('IKM pertama', { exact: true }).count()).toBe(0);
    const types = page.getByLabel('Jenis ikatan');
    await expect.poll(() => types.locator('option').count()).toBeGreaterThan(5);
    // Conflicts would be accusations against others: not offered to a firm owner.
    expect(
      await types
        .locator('option')
        .filter({ hasText: /banting harga/i })
        .count(),
    ).toBe(0);
    await page.getByRole('radio', { name: 'Lembaga' }).check();
    const institutions = page.getByRole('listbox', { name: 'Lembaga', exact: true });
    await expect.poll(() => institutions.locator('option').count()).toBeGreaterThan(1);
    // An institution the firm has no tie with yet, so the new tie cannot overlap a demo one.
    const tied = await e2e.db
      .selectFrom('interactions')
      .select('to_institution_id')
      .where('from_enterprise_id', '=', ownId)
      .execute();
    const values = await institutions
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const institutionId = values.find((v) => v && !tied.some((t) => t.to_institution_id === v));
    expect(institutionId, 'an institution of the centre without a tie to the firm').toBeDefined();
    await institutions.selectOption(institutionId!);
    const institutionName = (await institutions.locator('option:checked').textContent())!;
    await saveTie(page, 'Pasok bahan baku', 'Kerja sama');
    const tie = await e2e.db
      .selectFrom('interactions')
      .select(['from_enterprise_id', 'type', 'valence'])
      .where('from_enterprise_id', '=', ownId)
      .where('to_institution_id', '=', institutionId!)
      .executeTakeFirstOrThrow();
    expect(tie).toEqual({ from_enterprise_id: ownId, type: 'MATERIAL_SUPPLY', valence: 'collaboration' });

    await page.getByRole('link', { name: 'Lihat di halaman IKM Anda' }).click();
    await page.getByTestId('enterprise-page').waitFor();
    const row = page.getByTestId('ties-out').locator('tbody tr').filter({ hasText: institutionName });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Pasok bahan baku');
    await page.context().close();
  });
});

import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)("a centre's partnership settings", () => {
  const e2e = useE2e();

  it(
    'lets the Cibaduyut manager turn review on and weigh trust twice, keeps them, and names a bad weight',
    async () => {
      const page = await e2e.signedInPage('center_manager');
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
      const id = found.items[0]?.id as string;
      await page.goto(`/sentra/${id}`);
      await page.getByRole('link', { name: 'Pengaturan kemitraan' }).click();
      const form = page.getByTestId('partnership-settings');
      await form.getByText('Bawaan: 1').first().waitFor();
      const review = form.getByLabel('Tinjauan petugas sebelum terbit');
      const trust = form.getByLabel(/^Bobot kepercayaan/);
      await review.check();
      await trust.fill('2');
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'partnership-settings');
      await form.getByRole('button', { name: 'Simpan' }).click();
      await form.getByText('Pengaturan tersimpan.').waitFor();

      await page.reload();
      await form.getByLabel(/^Bobot kepercayaan/).waitFor();
      expect(await form.getByLabel('Tinjauan petugas sebelum terbit').isChecked()).toBe(true);
      expect(await form.getByLabel(/^Bobot kepercayaan/).inputValue()).toBe('2');
      const stored = await e2e.db
        .selectFrom('matching_weights')
        .select('weights')
        .where('center_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored.weights).toEqual({ trust: 2 });

      await form.getByLabel(/^Bobot kedekatan/).fill('9');
      await form.getByRole('button', { name: 'Simpan' }).click();
      await form.locator('.field-error', { hasText: 'Bobot kedekatan' }).waitFor();

      await page.getByTestId('lang-en').click();
      await form.getByRole('heading', { name: /^Partnership settings — / }).waitFor();
      expect(await form.getByLabel(/^Weight of trust/).inputValue()).toBe('2');
      await form.getByText('Default: 1').first().waitFor();
      await page.getByTestId('lang-id').click();
      await form.getByRole('heading', { name: /^Pengaturan kemitraan — / }).waitFor();

      // Back to the demo's state: defaults and no review, so other tests see the data they expect.
      await form.getByRole('button', { name: 'Kembali ke bawaan' }).click();
      expect(await form.getByLabel(/^Bobot kepercayaan/).inputValue()).toBe('');
      await form.getByLabel('Tinjauan petugas sebelum terbit').uncheck();
      await form.getByRole('button', { name: 'Simpan' }).click();
      await form.getByText('Pengaturan tersimpan.').waitFor();
      await page.context().close();
    },
    SLOW,
  );
});

import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

// Krippendorff (2011), section C, as a spreadsheet set to Indonesian saves it (semicolons).
const KRIPPENDORFF_C = [
  'unit;A;B;C;D',
  '1;1;1;;1',
  '2;2;2;3;2',
  '3;3;3;3;3',
  '4;3;3;3;3',
  '5;2;2;2;2',
  '6;1;2;3;4',
  '7;4;4;4;4',
  '8;1;1;2;1',
  '9;2;2;2;2',
  '10;;5;5;5',
  '11;;;1;1',
  '12;;3;;',
].join('\n');

describe.skipIf(skipBrowser)('inter-coder agreement', () => {
  const e2e = useE2e();

  it('computes the coefficients of an uploaded table, names a bad cell, in both languages', async () => {
    const page = await e2e.signedInPage('researcher');
    // From the glossary, where the methods are explained (the top bar has no room for another link).
    await page.getByRole('navigation').getByRole('link', { name: 'Glosarium' }).click();
    await page.getByTestId('research-tools').getByRole('link', { name: 'Kesepakatan antarpengode' }).click();
    const form = page.getByTestId('agreement-form');
    // No file yet: the field says so, nothing is sent.
    await form.getByRole('button', { name: 'Hitung' }).click();
    await expect.poll(() => form.textContent()).toContain('Pilih berkas CSV dulu.');
    await form.locator('input[type=file]').setInputFiles({
      name: 'kode.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(KRIPPENDORFF_C),
    });
    await form.getByLabel('Tingkat ukur').selectOption('interval');
    await form.getByRole('button', { name: 'Hitung' }).click();
    const result = page.getByTestId('agreement-result');
    await result.waitFor();
    expect(await result.locator('[data-coefficient=krippendorffAlpha] td').first().textContent()).toBe(
      '0,849',
    );
    expect(await result.textContent()).toContain('4 pengode · 12 unit (11 diisi dua pengode atau lebih)');
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'research-agreement');

    // A word where the interval level needs numbers: the row and column named, in English.
    await page.getByTestId('lang-en').click();
    await form.locator('input[type=file]').setInputFiles({
      name: 'salah.csv',
      mimeType: '',
      buffer: Buffer.from('unit,A,B\n1,2,3\n2,2,tiga\n'),
    });
    await form.getByRole('button', { name: 'Compute' }).click();
    await expect
      .poll(() => form.locator('[role=alert]').textContent())
      .toContain('Row 3, column B: "tiga" is not a number');
    await form.getByLabel('Level of measurement').selectOption('nominal');
    await form.getByRole('button', { name: 'Compute' }).click();
    await expect.poll(() => result.locator('[data-coefficient=scottPi]').count()).toBe(1);
    expect(await result.textContent()).toContain("Cohen's κ");
    await screenshot(page, 'research-agreement-en');
  });
});

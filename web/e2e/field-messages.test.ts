import { describe, expect, it } from 'vitest';
import { leakIn } from '../../test/message-leaks.ts';
import { skipBrowser, useE2e } from './harness.ts';

describe.skipIf(skipBrowser)('field messages', () => {
  const e2e = useE2e();

  it('show a refused tie type at the field, in words, without widening the page', async () => {
    const page = await e2e.signedInPage('center_manager');
    await page.goto('/input/ikatan');
    await page.getByLabel('Sentra', { exact: true }).selectOption({ label: 'Sentra Sepatu Cibaduyut' });
    const first = page.getByLabel('IKM pertama', { exact: true });
    await expect.poll(() => first.locator('option').count()).toBeGreaterThan(5);
    await first.selectOption({ index: 1 });
    await page.getByLabel('IKM kedua', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Dilaporkan oleh').selectOption('one_party');
    // A type the catalogue does not have, as a stale page or a hand-made request would send.
    const types = page.getByLabel('Jenis ikatan');
    await types.evaluate((select) => {
      select.append(new Option('Jenis lama', 'SUBCONTRACT_ORDER_FROM_AN_OLD_CATALOGUE_VERSION'));
    });
    await types.selectOption('SUBCONTRACT_ORDER_FROM_AN_OLD_CATALOGUE_VERSION');
    await page.getByRole('button', { name: 'Simpan' }).click();

    await expect.poll(() => types.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await types.getAttribute('aria-describedby')) ?? '').split(' ')[0];
    const message = (await page.locator(`[id="${errorId}"]`).textContent()) ?? '';
    expect(message).toBe('Jenis harus salah satu pilihan yang tersedia.');
    expect(leakIn(message, 'id')).toBeUndefined();
    for (const text of await page.locator('.field-error, .entry-form [role=alert]').allTextContents()) {
      expect(leakIn(text, 'id'), text).toBeUndefined();
    }
    const width = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      wrap: getComputedStyle(document.querySelector('.field-error')!).overflowWrap,
    }));
    expect(width.scroll).toBeLessThanOrEqual(width.viewport);
    expect(width.wrap).toBe('anywhere');
    await page.context().close();
  });
});

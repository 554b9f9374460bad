import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EnterpriseYear } from '../../src/enterprises/year-data.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

/** Pastes `text` into the focused cell as a spreadsheet's copy would (tab-separated lines). */
async function paste(page: Page, text: string) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** The page scrolls only vertically: wide tables scroll inside their own box. */
async function pageScrollsSideways(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

describe.skipIf(skipBrowser)('yearly-figures grid', () => {
  const e2e = useE2e();

  it(
    'lets an officer type and paste a year of figures, saves each row, and shows a refused value at its cell',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const center = (await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut')).items[0]!;
      const firms = (
        await apiGet<{ items: { id: string; name: string }[] }>(
          page,
          `/enterprises?center=${center.id}&limit=25&sort=name`,
        )
      ).items;
      await page.goto(`/sentra/${center.id}`);
      await page.getByRole('link', { name: 'Isi angka tahunan (pendataan Dinas)' }).click();
      const grid = page.getByTestId('year-grid');
      await expect.poll(() => grid.locator('tbody tr').count()).toBe(firms.length);
      const year = Number(await page.getByLabel('Tahun pendataan').inputValue());
      const cell = (r: number, c: number) => grid.locator(`input[data-r="${r}"][data-c="${c}"]`);

      // Keyboard: type, Tab to the right, Enter down, arrows back to the first column.
      await cell(0, 0).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1.250.000');
      await page.keyboard.press('Enter');
      expect(await cell(1, 2).evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await cell(1, 0).evaluate((el) => el === document.activeElement)).toBe(true);
      // A 3×2 block copied from Excel fills rows 2–3, columns 1–3.
      await paste(page, '4\t1\t2.000.000\r\n6\t0\t3.500.000\r\n');
      // Row 5: a decimal quantity in Indonesian; row 4: a fraction of a worker, which the server refuses.
      await cell(4, 6).fill('1,5');
      await cell(3, 0).fill('2,5');
      await cell(3, 1).focus();
      expect(await grid.locator('td.dirty').count()).toBe(11);
      // Typed figures are shown grouped once the cell is left.
      expect(await cell(0, 2).inputValue()).toBe('1.250.000');

      await page.getByRole('button', { name: /Simpan semua/ }).click();
      await expect
        .poll(() => page.getByTestId('grid-status').textContent())
        .toContain('Baris belum tersimpan: 1');
      expect(await cell(3, 0).getAttribute('aria-invalid')).toBe('true');
      const message = await grid.locator('tbody tr').nth(3).locator('.cell-error').textContent();
      expect(message?.length).toBeGreaterThan(0);
      expect(message).not.toContain('int');
      expect(await grid.locator('td.dirty').count()).toBe(1);

      const dinas = async (firmId: string) =>
        (await apiGet<EnterpriseYear[]>(page, `/enterprises/${firmId}/years`)).find(
          (y) => y.year === year && y.source === 'dinas_census',
        );
      expect(await dinas(firms[0]!.id)).toMatchObject({
        workersMale: 3,
        workersFemale: 2,
        investmentExclLandBuilding: 1_250_000,
      });
      expect(await dinas(firms[1]!.id)).toMatchObject({
        workersMale: 4,
        workersFemale: 1,
        investmentExclLandBuilding: 2_000_000,
      });
      expect(await dinas(firms[2]!.id)).toMatchObject({
        workersMale: 6,
        workersFemale: 0,
        investmentExclLandBuilding: 3_500_000,
      });
      expect((await dinas(firms[4]!.id))?.productionQty).toBe(1.5);
      expect((await dinas(firms[3]!.id))?.workersMale).not.toBe(2.5);

      expect(await pageScrollsSideways(page)).toBe(false);
      expect(await axeCheck(page)).toEqual([]);
      // The pictures start at the grid's first column, the refused cell in view.
      await cell(3, 0).focus();
      await page.locator('.table-wrap').evaluate((el) => el.scrollTo(0, 0));
      await screenshot(page, 'year-grid');
      await page.getByTestId('lang-en').click();
      // In English the decimal is a point, and the server answers in English.
      await cell(3, 0).fill('2.5');
      await page.getByRole('button', { name: /Save all/ }).click();
      await expect.poll(() => page.getByTestId('grid-status').textContent()).toContain('Rows not saved: 1');
      expect(await grid.locator('tbody tr').nth(3).locator('.cell-error').textContent()).not.toBe(message);
      await cell(3, 0).focus();
      await page.locator('.table-wrap').evaluate((el) => el.scrollTo(0, 0));
      await screenshot(page, 'year-grid-en');

      // The enterprise page's yearly table scrolls in its own box, not the page (issue #15 point 11).
      await page.setViewportSize({ width: 700, height: 800 });
      await page.goto(`/ikm/${firms[0]!.id}`);
      await page.getByTestId('year-table').waitFor();
      expect(await pageScrollsSideways(page)).toBe(false);
      await page.context().close();
    },
    SLOW,
  );
});

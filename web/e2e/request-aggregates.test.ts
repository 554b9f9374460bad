import { describe, expect, it } from 'vitest';
import type { RequestAggregates } from '../../src/requests/request-aggregates.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

/** The demo's requests are published in 2024 or 2027 and drafted today (src/demo/requests.ts): all of them. */
const PERIOD = { from: '2024-01-01', to: '2027-12-31' };

describe.skipIf(skipBrowser)('request aggregates', () => {
  const e2e = useE2e();

  it(
    'shows a researcher the requests in numbers on the partnership hub, in Indonesian and English, without firms',
    async () => {
      const page = await e2e.signedInPage('researcher');
      const expected = await apiGet<RequestAggregates>(
        page,
        `/requests/aggregates?from=${PERIOD.from}&to=${PERIOD.to}`,
      );
      expect(expected.requests).not.toBeNull();
      await page.goto('/kemitraan');
      const section = page.getByTestId('request-aggregates');
      await section.getByRole('heading', { name: 'Permintaan dalam angka' }).waitFor();
      await section.getByLabel('Dari tanggal').fill(PERIOD.from);
      await section.getByLabel('Sampai tanggal').fill(PERIOD.to);
      const requests = section.locator('[data-aggregate=requests] .value');
      await expect.poll(() => requests.textContent(), { timeout: 30_000 }).toBe(String(expected.requests));
      const statuses = section.locator('[data-table=status] tbody tr');
      expect(await statuses.count()).toBe(expected.byStatus.length);
      // No firm's identity anywhere in the section: no uuid, and hidden cells read "< 3".
      const text = (await section.textContent()) ?? '';
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      if (expected.byStatus.some((s) => s.count === null)) expect(text).toContain('< 3');
      expect(await axeCheck(page)).toEqual([]);
      await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'request-aggregates');

      const download = page.waitForEvent('download');
      await section.getByRole('button', { name: 'Unduh CSV' }).click();
      expect((await download).suggestedFilename()).toBe('simpul-permintaan-agregat.csv');

      await page.getByTestId('lang-en').click();
      await section.getByRole('heading', { name: 'Requests in numbers' }).waitFor();
      await section.getByRole('table', { name: 'By status' }).waitFor();
      expect(await section.locator('[data-aggregate=requests] .label').textContent()).toBe('Requests');
      await page.context().close();
    },
    SLOW,
  );

  it('leaves the section out for an enterprise user', async () => {
    const page = await e2e.signedInPage('enterprise');
    await page.goto('/kemitraan');
    await page.getByTestId('partnerships').waitFor();
    expect(await page.getByTestId('request-aggregates').count()).toBe(0);
    await page.context().close();
  });
});

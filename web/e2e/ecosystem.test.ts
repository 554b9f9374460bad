import { describe, expect, it } from 'vitest';
import type { Ecosystem } from '../../src/ecosystem/ecosystem.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)('centre ecosystem', () => {
  const e2e = useE2e();

  it(
    "draws the centre's radar against its province, then overlays the set, in Indonesian and English",
    async () => {
      const page = await e2e.signedInPage('ministry');
      const found = await apiGet<{ items: { id: string; name: string }[] }>(page, '/centers?q=Cibaduyut');
      const id = found.items[0]?.id as string;
      const expected = await apiGet<Ecosystem>(page, `/centers/${id}/ecosystem`);
      expect(expected.centers.length).toBeGreaterThan(1);
      await page.goto(`/sentra/${id}?tab=indikator`);
      const card = page.getByTestId('ecosystem');
      await card.getByRole('heading', { name: 'Ekosistem sentra' }).waitFor();
      await card.getByTestId('ecosystem-radar').waitFor({ timeout: 30_000 });
      // One drawn polygon per compared centre, each with points; the legend names them all.
      const series = card.getByTestId('radar-series');
      expect(await series.count()).toBe(expected.centers.length);
      expect((await series.first().getAttribute('points'))?.split(' ').length).toBe(10);
      const legend = (await card.getByTestId('radar-legend').textContent()) ?? '';
      for (const c of expected.centers) expect(legend).toContain(c.name);
      expect(await card.getByTestId('ecosystem-elements').textContent()).toContain('Kelembagaan formal');
      expect(await card.getByTestId('ecosystem-proxies').textContent()).toContain('tidak dicatat');
      expect(await axeCheck(page)).toEqual([]);
      await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'ecosystem-center');

      await card.getByRole('link', { name: 'Lihat bertumpuk di halaman perbandingan ekosistem' }).click();
      await page.getByRole('heading', { name: 'Ekosistem sentra: perbandingan' }).waitFor();
      await page.getByTestId('radar-legend').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('radar-series').count()).toBe(expected.centers.length);
      await page.getByTestId('lang-en').click();
      await page.getByRole('heading', { name: 'Centre ecosystem: comparison' }).waitFor();
      expect(await page.getByTestId('ecosystem-elements').textContent()).toContain('Formal institutions');
      expect(await page.getByTestId('ecosystem-proxies').textContent()).toContain('not recorded');
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'ecosystem-overlay-en');
      await page.context().close();
    },
    SLOW,
  );
});

import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED } from '../../src/demo/demo-seed.ts';
import { loadNational } from '../../src/demo/national/national.ts';
import { analyzeCenters } from '../../src/networks/analysis/analyze-all.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)('the overview at national scale', () => {
  const e2e = useE2e();

  beforeAll(async () => {
    // The national set at 5 % (688 centres in all 38 provinces) in place of the demo's 14 centres: more
    // centres than an overview lists. Stored analyses for Jawa Barat's centres, so patterns are counted.
    await loadNational(e2e.db, { scale: 0.05, seed: DEFAULT_DEMO_SEED, reset: true });
    const { rows } = await sql<{ id: string }>`
      SELECT DISTINCT center_id AS id FROM center_regions WHERE region_code LIKE '32.%'`.execute(e2e.db);
    await analyzeCenters(
      e2e.db,
      { at: null },
      rows.map((r) => r.id),
    );
  }, SLOW);

  it(
    'shows the country by its provinces, maps them, and finds a centre by its name',
    async () => {
      const page = await e2e.signedInPage('ministry');
      await expect.poll(() => page.locator('main h1').textContent()).toBe('Ikhtisar Sentra IKM');
      expect(await page.getByTestId('kpi-centers').textContent()).toBe('688');

      // The provinces' table, no table of 688 centres: a search stands in for it.
      const search = page.getByTestId('center-search');
      await search.waitFor();
      expect(await search.textContent()).toMatch(/Indonesia memuat 688 sentra, terlalu banyak/);
      const provinceTable = page
        .locator('main table')
        .filter({ has: page.getByRole('link', { name: 'Jawa Barat' }) })
        .first();
      expect(await provinceTable.locator('tbody tr').count()).toBe(38);

      // The map opens on the centres per province (no dots to draw), and offers the stored patterns'
      // shares, counted on the server.
      const map = page.locator('.region-map svg[data-level]');
      await expect.poll(() => map.getAttribute('data-level')).toBe('country');
      expect(await page.getByTestId('map-mode').inputValue()).toBe('centers');
      expect(await page.locator('.region-map a.map-center').count()).toBe(0);
      await expect.poll(() => page.locator('.region-map a.map-area').count()).toBeGreaterThan(30);
      const modes = await page
        .getByTestId('map-mode')
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      const patternModes = modes.filter((m) => m.startsWith('pattern:'));
      expect(patternModes.length).toBeGreaterThan(0);
      await page.getByTestId('map-mode').selectOption(patternModes[0]!);
      // Only Jawa Barat has analysed centres: it alone has a share, the others "no data".
      await expect
        .poll(() =>
          page.locator('.region-map a.map-area[aria-label^="Jawa Barat: "]').getAttribute('aria-label'),
        )
        .toMatch(/^Jawa Barat: \d+%$/);
      expect(await page.locator('.region-map path.map-area-shape:not(.no-data)').count()).toBe(1);
      await page.getByTestId('map-mode').selectOption('units');
      expect(await axeCheck(page)).toEqual([]);
      await page.mouse.move(0, 0);
      await page.locator('.map-card').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'overview-national');

      // Find a centre by a word of its name; the result leads to its page.
      const found = await apiGet<{ items: { id: string; name: string }[] }>(
        page,
        '/centers?limit=1&sort=name',
      );
      const wanted = found.items[0]!;
      await search.getByLabel('Cari sentra').fill(wanted.name);
      const result = search.getByRole('link', { name: wanted.name, exact: true });
      await result.waitFor();
      await search.locator('input').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'overview-national-search');
      await search.getByLabel('Cari sentra').fill('zzzz tidak ada');
      await expect.poll(() => search.locator('li').textContent()).toBe('Tidak ada sentra dengan nama itu.');
      await search.getByLabel('Cari sentra').fill(wanted.name);
      await result.click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/sentra/${wanted.id}`);

      // A province is small enough to list its centres again, with the dots on the map.
      await page.goto('/wilayah/32');
      await expect.poll(() => page.locator('main h1').textContent()).toBe('Jawa Barat');
      expect(await page.getByTestId('center-search').count()).toBe(0);
      const listed = await apiGet<{ totals: { centers: number } }>(page, '/overview?region=32');
      await expect
        .poll(() =>
          page
            .locator('main table')
            .getByRole('link', { name: /^Sentra / })
            .count(),
        )
        .toBe(listed.totals.centers);
      // The generated centres have no coordinates: the map shows the regencies, not an empty map.
      expect(await page.getByTestId('map-mode').inputValue()).toBe('centers');
      expect(await page.locator('.region-map path.map-area-shape:not(.no-data)').count()).toBeGreaterThan(5);

      await page.goto('/');
      await page.getByTestId('lang-en').click();
      await expect
        .poll(() => page.getByTestId('center-search').textContent())
        .toMatch(/Indonesia holds 688 centres, too many to list one by one/);
      expect(await axeCheck(page)).toEqual([]);
      await page.getByTestId('center-search').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await screenshot(page, 'overview-national-en');
      await page.context().close();
    },
    SLOW,
  );
});

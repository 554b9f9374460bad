import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

describe.skipIf(skipBrowser)('overview', () => {
  const e2e = useE2e();

  it('drills down from the country to a province, a city and a centre', async () => {
    const page = await e2e.signedInPage('ministry');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Ikhtisar Sentra IKM');
    // The demo: 14 centres in Jawa Barat and Jawa Tengah.
    expect(await page.getByTestId('kpi-centers').textContent()).toBe('14');
    expect(await page.locator('svg[role=img]').count()).toBeGreaterThanOrEqual(4);
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'overview');

    await page.getByRole('link', { name: 'Jawa Barat' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Jawa Barat');
    expect(new URL(page.url()).pathname).toBe('/wilayah/32');
    const provinceCenters = Number(await page.getByTestId('kpi-centers').textContent());
    expect(provinceCenters).toBeGreaterThan(0);
    expect(provinceCenters).toBeLessThan(14);

    // The table of the province's regencies and cities (the conflict-case tables above it hold no links).
    await page
      .locator('main table')
      .filter({ has: page.getByRole('link', { name: 'Kota Bandung' }) })
      .first()
      .getByRole('link', { name: 'Kota Bandung' })
      .click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Kota Bandung');
    const crumbs = await page.locator('.breadcrumbs li').allTextContents();
    expect(crumbs).toEqual(['Indonesia', 'Jawa Barat', 'Kota Bandung']);
    // Dots on the map lead to the centres too.
    await expect.poll(() => page.locator('.region-map a.map-center').count()).toBeGreaterThan(0);

    const center = page.locator('main table').getByRole('link', { name: /Cibaduyut/ });
    await center.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/sentra\/[0-9a-f-]{36}$/);

    await page.goBack();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Kota Bandung');
    await page.locator('.breadcrumbs').getByRole('link', { name: 'Indonesia' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Ikhtisar Sentra IKM');
    await page.context().close();
  });

  it('fits a 360 px wide phone and speaks English when asked', async () => {
    const page = await e2e.signedInPage('regional_officer', { width: 360, height: 740 });
    await page.goto('/wilayah/32.73');
    // A deep link with a dotted region code is the app, not a missing file.
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Kota Bandung');
    // Wide tables scroll inside their own box; the page itself never scrolls sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByTestId('lang-en').click();
    await expect
      // The first row: the region's partnership totals follow in their own row for analysis readers.
      .poll(() => page.locator('ul.kpis').first().locator('.kpi .label').allTextContents())
      .toEqual(['Centres', 'Business units', 'Workers', 'Production value']);
    expect(await axeCheck(page)).toEqual([]);
    await page.context().close();
  });
});

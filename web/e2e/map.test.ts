import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

/** Whether the SVG point (x, y) lies inside the drawn land of a country (ISO numeric id). */
function onLand(page: Page, country: string, x: number, y: number): Promise<boolean> {
  return page.evaluate(
    ([id, px, py]) => {
      const path = document.querySelector<SVGPathElement>(`.region-map path[data-country="${id}"]`);
      return !!path && path.isPointInFill(new DOMPoint(px, py));
    },
    [country, x, y] as const,
  );
}

/** The centre of the map symbol of the centre whose name contains `name`. */
async function symbolAt(page: Page, name: string): Promise<{ x: number; y: number }> {
  const circle = page.locator(`.region-map a.map-center[aria-label*="${name}"] circle`);
  return { x: Number(await circle.getAttribute('cx')), y: Number(await circle.getAttribute('cy')) };
}

/** Pairs of drawn map labels whose boxes overlap (none when placement works). */
function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = Array.from(document.querySelectorAll<SVGTextElement>('.region-map .map-label')).map(
      (t) => ({
        text: t.textContent ?? '',
        box: t.getBBox(),
      }),
    );
    const pairs: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (
          a.box.x < b.box.x + b.box.width &&
          b.box.x < a.box.x + a.box.width &&
          a.box.y < b.box.y + b.box.height &&
          b.box.y < a.box.y + a.box.height
        )
          pairs.push(`${a.text} / ${b.text}`);
    return pairs;
  });
}

describe.skipIf(skipBrowser)('map of centres and regions', () => {
  const e2e = useE2e();

  it('draws Indonesia’s coast and Java’s provinces, places the centres on Java and colours provinces by a chosen figure', async () => {
    const page = await e2e.signedInPage('ministry');
    const map = page.locator('.region-map svg[data-level]');
    await expect.poll(() => map.getAttribute('data-level')).toBe('country');
    // Natural Earth's Indonesia: in the view around Java, dozens of islands, each its own subpath.
    const d = (await page.locator('.region-map path[data-country="360"]').getAttribute('d')) ?? '';
    expect(d.split('M').length).toBeGreaterThan(20);
    expect(await page.locator('.region-map a.map-center').count()).toBe(14);
    // Bandung's shoe centre is inland on Java; 80 units north of it (≈ 1.5° in this view) is the Java Sea.
    const cibaduyut = await symbolAt(page, 'Cibaduyut');
    expect(await onLand(page, '360', cibaduyut.x, cibaduyut.y)).toBe(true);
    expect(await onLand(page, '360', cibaduyut.x, cibaduyut.y - 80)).toBe(false);
    // Centres 1.5 km apart (Trusmi and Tegalwangi in Cirebon): labels give way rather than pile up.
    expect(await page.locator('.region-map .map-label').count()).toBeGreaterThan(1);
    expect(await overlappingLabels(page)).toEqual([]);
    expect(await axeCheck(page)).toEqual([]);
    await page.locator('.map-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-national');

    // Province boundaries (wilayah_boundaries), loaded as their own chunk: Java's six provinces are drawn.
    for (const code of ['31', '32', '33', '34', '35', '36'])
      await expect
        .poll(() => page.locator(`path.map-boundary.province[data-code="${code}"]`).count())
        .toBe(1);
    expect(await page.getByTestId('map-credit').textContent()).toMatch(
      /wilayah_boundaries © Cahya DSN \(MIT\)/,
    );

    // The choropleth: provinces filled by class, those without a centre hatched as "no data".
    await page.getByTestId('map-mode').selectOption('units');
    const westJava = page.locator('.region-map path.map-area-shape[data-code="32"]');
    await expect.poll(() => westJava.getAttribute('fill')).toMatch(/^#/);
    expect(await page.locator('.region-map path.map-area-shape.no-data').count()).toBeGreaterThan(3);
    expect(await page.locator('.region-map path.map-area-shape.no-data').first().getAttribute('fill')).toBe(
      'url(#map-no-data)',
    );
    const unitClasses = await page.getByTestId('map-class').allTextContents();
    expect(unitClasses.length).toBeGreaterThan(1);
    expect(unitClasses[0]).toMatch(/^ ?hingga [\d.]+$/);
    expect(await page.getByTestId('map-no-data').textContent()).toMatch(/tidak ada data/);
    const areaLabels = await page.locator('.region-map .map-label.area').allTextContents();
    expect(areaLabels).toContain('Jawa Barat');
    expect(await overlappingLabels(page)).toEqual([]);
    // Hover and keyboard focus both show the region's name and formatted figure.
    await westJava.hover();
    await expect.poll(() => page.getByTestId('map-tooltip').textContent()).toMatch(/^Jawa Barat.*: [\d.]+$/);
    await page.locator('.region-map a.map-area[aria-label^="Jawa Tengah"]').focus();
    await expect.poll(() => page.getByTestId('map-tooltip').textContent()).toMatch(/^Jawa Tengah/);
    const unitsFill = await westJava.getAttribute('fill');
    expect(await axeCheck(page)).toEqual([]);
    await page.locator('.map-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-regions');

    // Another figure: other classes in the legend, in rupiah.
    await page.getByTestId('map-mode').selectOption('productionValue');
    await expect.poll(() => page.getByTestId('map-class').first().textContent()).toMatch(/hingga Rp/);
    expect(await page.getByTestId('map-class').allTextContents()).not.toEqual(unitClasses);
    expect(await westJava.getAttribute('fill')).toMatch(/^#/);
    expect(unitsFill).toMatch(/^#/);

    // A pattern's share of each province's analysed centres, in per cent.
    await page.getByTestId('map-mode').selectOption('pattern:cohesive_collaborative');
    await expect.poll(() => page.getByTestId('map-class').last().textContent()).toMatch(/hingga \d+%$/);
    expect(
      await page.locator('.region-map a.map-area[aria-label^="Jawa Barat: "]').getAttribute('aria-label'),
    ).toMatch(/^Jawa Barat: \d+%$/);
    expect(await axeCheck(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.locator('.map-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-pattern-share');
    await page.getByTestId('map-mode').selectOption('productionValue');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('map-class').first().textContent()).toMatch(/up to IDR/);
    expect(await page.getByTestId('map-no-data').textContent()).toMatch(/no data/);
    expect(await page.locator('.region-map figcaption').textContent()).toMatch(/MIT licence/);
    expect(await axeCheck(page)).toEqual([]);
    await page.locator('.map-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-regions-en');
    await page.getByTestId('lang-id').click();

    await westJava.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/wilayah/32');
    await expect.poll(() => map.getAttribute('data-level')).toBe('province');
    // The chosen figure stays: now per regency/city of Jawa Barat (27), with regency lines drawn.
    expect(await page.getByTestId('map-mode').inputValue()).toBe('productionValue');
    await expect.poll(() => page.locator('.region-map a.map-area').count()).toBe(27);
    expect(await page.locator('.region-map path.map-area-shape:not(.no-data)').count()).toBeGreaterThan(3);
    expect(await page.locator('.region-map path.map-boundary.regency').count()).toBe(27);
    expect(
      await page.locator('.region-map path.map-area-shape[data-code="32.73"]').getAttribute('fill'),
    ).toMatch(/^#/);
    expect(await overlappingLabels(page)).toEqual([]);
    expect(await axeCheck(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.locator('.map-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-province');
    await page.context().close();
  });

  it('zooms to a city with labelled centres, in both languages, and opens a centre', async () => {
    const page = await e2e.signedInPage('ministry');
    await page.goto('/wilayah/32.73');
    const map = page.locator('.region-map svg[data-level]');
    await expect.poll(() => map.getAttribute('data-level')).toBe('regency');
    expect(await page.locator('.region-map a.map-center').count()).toBe(3);
    await expect
      .poll(async () => (await page.locator('.region-map .map-label:not(.area)').allTextContents()).sort())
      .toEqual(['Sentra Rajut Binong Jati', 'Sentra Sepatu Cibaduyut', 'Sentra Tahu Tempe Cibuntu']);
    // Bandung lies inland: its whole neighbourhood is Java's land.
    const cibaduyut = await symbolAt(page, 'Cibaduyut');
    expect(await onLand(page, '360', cibaduyut.x, cibaduyut.y)).toBe(true);
    // Regency and city lines around it, and their names where they fit.
    await expect.poll(() => page.locator('path.map-boundary.regency[data-code="32.73"]').count()).toBe(1);
    expect(await page.getByTestId('map-focus').count()).toBe(1);
    // Kota Bandung's name gives way to its centres' labels; its neighbours' names are placed.
    expect((await page.locator('.region-map .map-label.area').allTextContents()).length).toBeGreaterThan(1);
    expect(await overlappingLabels(page)).toEqual([]);
    expect(await axeCheck(page)).toEqual([]);
    await page.locator('.map-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-regency');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('.map-mode').textContent()).toMatch(/^Show/);
    await page.locator('.map-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-regency-en');

    // On a phone the map is drawn at its own width, so a label stays 12 px rather than shrinking.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect
      .poll(() =>
        map.evaluate((svg) =>
          Math.abs(svg.getBoundingClientRect().width - Number(svg.getAttribute('viewBox')?.split(' ')[2])),
        ),
      )
      .toBeLessThan(3);
    expect(await map.evaluate((svg) => Number(svg.getAttribute('viewBox')?.split(' ')[2]))).toBeLessThan(360);
    // The attribution line stays whole on a phone: shortened, inside the map.
    expect(
      await page.getByTestId('map-credit').evaluate((t) => (t as SVGTextElement).getBBox().x),
    ).toBeGreaterThan(0);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.locator('.region-map a.map-center[aria-label*="Cibaduyut"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/sentra\/[0-9a-f-]{36}$/);
    await page.context().close();
  });
});

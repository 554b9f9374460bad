import { describe, expect, it } from 'vitest';
import type { CenterLayers, CenterTimeline } from '../../src/networks/analysis/timeline.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, openCenter, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)("a centre's change over the years", () => {
  const e2e = useE2e();

  it(
    'draws the yearly chart with the pattern per year, a table alternative and the layer overlap',
    async () => {
      const page = await e2e.signedInPage('researcher');
      const { center } = await openCenter(page, 'Cibaduyut');
      const timeline = await apiGet<CenterTimeline>(page, `/centers/${center.id}/analysis/timeline`);
      const layers = await apiGet<CenterLayers>(page, `/centers/${center.id}/analysis/layers`);
      // The demo's ties start in different years, so there is a change to show.
      expect(timeline.years.length).toBeGreaterThanOrEqual(3);
      expect(new Set(timeline.years.map((y) => y.collaborationTies)).size).toBeGreaterThan(1);

      await page.getByTestId('timeline-show').click();
      const chart = page.getByTestId('timeline-density');
      await chart.waitFor({ timeout: 60_000 });
      const buttons = chart.locator('.timeline-year-button');
      expect(await buttons.count()).toBe(timeline.years.length);
      expect(await chart.locator('[data-pattern]').count()).toBe(timeline.years.length);
      const codes = await chart
        .locator('[data-pattern]')
        .evaluateAll((rects) => rects.map((r) => r.getAttribute('data-pattern')));
      expect(codes).toEqual(timeline.years.map((y) => y.pattern.code));

      // Keyboard: Tab onto a year shows its figures and pattern in the readout. The pointer is parked
      // outside the chart first: the chart opens under the button just clicked, and a layout shift
      // while the layer table loads would otherwise hover a year and take the readout from the focus.
      await page.mouse.move(0, 0);
      const middle = timeline.years[Math.floor(timeline.years.length / 2)]!;
      await chart.locator(`.timeline-year-button[data-year="${middle.year}"]`).focus();
      const readout = page.getByTestId('timeline-density-readout');
      await expect.poll(() => readout.textContent()).toContain(String(middle.year));
      await expect.poll(() => readout.textContent()).toContain(middle.pattern.label.id);
      await page.keyboard.press('Tab');
      await expect.poll(() => readout.textContent()).toContain(String(middle.year + 1));

      // The table alternative lists every year; the layer table every tie type, with its overlap matrix.
      await page.locator('.timeline-table summary').click();
      const table = page.locator('.timeline-table table');
      expect(await table.locator('tbody tr').count()).toBe(timeline.years.length);
      expect(await table.locator('tbody').textContent()).toContain(timeline.years[0]!.pattern.label.id);
      const layerRows = page.getByTestId('layer-table').locator('table').first().locator('tbody tr');
      expect(await layerRows.count()).toBe(layers.layers.length);
      expect(await page.getByTestId('overlap-matrix').locator('tbody tr').count()).toBe(layers.layers.length);

      expect(await axeCheck(page)).toEqual([]);
      await chart.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'center-timeline');
      await page.getByTestId('lang-en').click();
      await expect.poll(() => chart.locator('figcaption').textContent()).toContain('by year');
      expect(await axeCheck(page)).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );
});

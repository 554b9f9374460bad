import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CenterAnalysis } from '../../src/networks/analysis/analysis.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, openCenter, SLOW, shownNetwork } from './page-helpers.ts';

/** The drawing at the top of the screen, for a screenshot of it with the panel beside it. */
async function drawingOnTop(page: Page, name: string): Promise<void> {
  await shownNetwork(page);
  await page.evaluate(() => {
    document.querySelector('[data-testid="network-canvas"]')?.scrollIntoView();
    window.scrollBy(0, -12);
  });
  await screenshot(page, name);
}

/**
 * A point on the drawing where the pointer turns into a hand (a node is under it), scanning a grid: first
 * coarse, then fine (a layout can leave every community node between the coarse grid's points).
 */
async function nodePoint(page: Page, canvas: Locator): Promise<{ x: number; y: number } | null> {
  const box = (await canvas.boundingBox())!;
  for (const [cols, rows] of [
    [24, 16],
    [72, 45],
  ] as const) {
    for (let row = 1; row < rows; row++) {
      for (let col = 1; col < cols; col++) {
        const point = { x: box.x + (box.width * col) / cols, y: box.y + (box.height * row) / rows };
        await page.mouse.move(point.x, point.y);
        if ((await canvas.evaluate((el) => (el as HTMLElement).style.cursor)) === 'pointer') return point;
      }
    }
  }
  return null;
}

describe.skipIf(skipBrowser)('a big centre network (Tegalwangi, ~1,400 ties)', () => {
  const e2e = useE2e();

  it(
    'opens as communities above the fold, expands one on click, filters to a k-core, an ego network and a date',
    async () => {
      const page = await e2e.signedInPage('admin');
      const { center, network } = await openCenter(page, 'Tegalwangi');
      expect(network.ties.length).toBeGreaterThan(1000);
      const analysis = await apiGet<CenterAnalysis>(page, `/centers/${center.id}/analysis`);
      const canvas = page.getByTestId('network-canvas');
      await canvas.waitFor({ timeout: 60_000 });

      // At 1280 × 800 the drawing starts within the first screen, at least a fifth of it showing (an admin's
      // top bar holds four short lines since the field link joined the tokens under the name).
      const box = (await canvas.boundingBox())!;
      expect(box.y).toBeLessThan(800 - 160);

      // One node per community of three or more (other nodes stay themselves), far fewer than the firms.
      const community = new Map(analysis.nodes.map((m) => [m.id, m.community]));
      const members = new Map<number | null | undefined, number>();
      for (const n of network.nodes)
        members.set(community.get(n.id), (members.get(community.get(n.id)) ?? 0) + 1);
      const groups = new Set(
        network.nodes.map((n) => {
          const c = community.get(n.id);
          return c != null && members.get(c)! >= 3 ? c : n.id;
        }),
      );
      const summary = await shownNetwork(page);
      expect(summary.nodes).toBe(groups.size);
      expect(summary.nodes).toBeLessThan(network.nodes.length / 4);
      await page.getByTestId('legend-communities').waitFor();

      // Coloured by community (the largest each in its own colour), or by camp (the analysis' two camps).
      const legend = page.getByTestId('network-legend');
      expect(await legend.getAttribute('data-colour-by')).toBe('community');
      const sizes = [...members].filter(([c]) => c != null);
      expect(await legend.getByTestId('legend-group').count()).toBe(Math.min(7, sizes.length));
      expect(await axeCheck(page)).toEqual([]);
      await drawingOnTop(page, 'network-communities-id');
      await page.evaluate(() => window.scrollTo(0, 0));

      await page.getByLabel('Warna titik menurut').selectOption('camp');
      expect(await legend.getAttribute('data-colour-by')).toBe('camp');
      expect(await legend.getByTestId('legend-group').count()).toBe(2);
      await page.getByLabel('Warna titik menurut').selectOption('community');
      // Ties by type: the most frequent types each in a colour (conflicts stay dashed).
      await page.getByTestId('tie-colour').selectOption('type');
      const tieTypes = new Set(network.ties.map((t) => t.type)).size;
      expect(await legend.getByTestId('legend-tie-type').count()).toBe(Math.min(7, tieTypes));
      await page.getByTestId('tie-colour').selectOption('valence');
      expect(await legend.getByTestId('legend-tie-type').count()).toBe(0);

      // A click on a community opens it: its members replace its one node.
      const hit = await nodePoint(page, canvas);
      expect(hit, 'a community node under the pointer').not.toBeNull();
      await page.mouse.click(hit!.x, hit!.y);
      await expect
        .poll(async () => (await shownNetwork(page)).nodes, { timeout: 30_000 })
        .toBeGreaterThan(summary.nodes);
      await page.getByTestId('collapse-all').click();
      await expect.poll(async () => (await shownNetwork(page)).nodes).toBe(summary.nodes);

      // The keyboard does the same through the list of communities.
      const button = page.getByTestId('community-button').first();
      const opened = Number((await button.textContent())!.match(/\((\d+)/)![1]);
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(async () => (await shownNetwork(page)).nodes).toBe(summary.nodes - 1 + opened);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await shownNetwork(page)).nodes).toBe(summary.nodes);

      // Every node again, then the k-core keeps fewer.
      await page.getByTestId('collapse-toggle').uncheck();
      await expect.poll(async () => (await shownNetwork(page)).nodes).toBe(network.nodes.length);
      const slider = page.getByTestId('kcore-slider');
      const maxK = Number(await slider.getAttribute('max'));
      expect(maxK).toBeGreaterThan(2);
      await slider.fill(String(Math.ceil(maxK / 2)));
      // The drawing follows the slider a frame later: wait for it rather than read the old count.
      await expect.poll(async () => (await shownNetwork(page)).nodes).toBeLessThan(network.nodes.length);
      expect((await shownNetwork(page)).nodes).toBeGreaterThan(0);
      await slider.fill('0');
      await expect.poll(async () => (await shownNetwork(page)).nodes).toBe(network.nodes.length);

      // A firm's ego network: it and its direct partners, and its details beside the drawing.
      const firm = network.nodes.find((n) => n.kind === 'enterprise' && n.member)!;
      await page.getByTestId('network-search').fill(firm.label);
      await page.getByTestId('network-search').press('Enter');
      const details = page.getByTestId('node-details');
      await expect.poll(() => details.locator('h2').textContent()).toBe(firm.label);
      const partners = new Set(
        network.ties
          .filter((t) => t.source === firm.id || t.target === firm.id)
          .map((t) => (t.source === firm.id ? t.target : t.source)),
      );
      expect(await axeCheck(page)).toEqual([]);
      await page.getByTestId('ego-depth').selectOption('1');
      await expect.poll(async () => (await shownNetwork(page)).nodes).toBe(partners.size + 1);
      await page.getByTestId('ego-depth').selectOption('0');
      await drawingOnTop(page, 'network-node-id');
      await details.getByRole('button', { name: 'Hapus sorotan' }).click();

      // The time slider: the ties of a date, then playing moves the date and the ties drawn.
      await page.getByTestId('date-toggle').check();
      const first = network.ties.map((t) => t.startDate).sort()[0]!;
      const day = `${Number(first.slice(0, 4)) + 1}-01-01`;
      await page.getByTestId('date-slider').fill(String(Date.parse(`${day}T00:00:00Z`) / 86_400_000));
      const active = network.ties.filter(
        (t) => t.startDate <= day && (t.endDate === null || day < t.endDate),
      );
      await expect
        .poll(async () => (await shownNetwork(page)).edges, { timeout: 30_000 })
        .toBe(active.length);
      // Only the firms tied that day are drawn.
      const tied = new Set(active.flatMap((t) => [t.source, t.target]));
      expect((await shownNetwork(page)).nodes).toBe(tied.size);
      const dateText = await page.getByTestId('date-value').textContent();
      await page.getByTestId('time-play').click();
      expect(await page.getByTestId('time-play').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.getByTestId('date-value').textContent()).not.toBe(dateText);
      await expect
        .poll(async () => Number(await canvas.getAttribute('data-edge-count')), { timeout: 30_000 })
        .not.toBe(active.length);
      await page.getByTestId('time-play').click();
      expect(await page.getByTestId('time-play').getAttribute('aria-pressed')).toBe('false');
      await page.getByTestId('date-toggle').uncheck();

      // The English page, summarised again.
      await page.getByTestId('collapse-toggle').check();
      await page.getByTestId('lang-en').click();
      await expect.poll(() => legend.locator('h3').textContent()).toBe('Legend');
      await drawingOnTop(page, 'network-communities-en');
      // Every firm, coloured by community: the groups visible without any summary.
      await page.getByTestId('collapse-toggle').uncheck();
      await expect.poll(async () => (await shownNetwork(page)).nodes).toBe(network.nodes.length);
      await drawingOnTop(page, 'network-all-en');
      await page.context().close();
    },
    SLOW,
  );
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CenterBlockmodel, CenterCommunities } from '../../src/networks/analysis/groups.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, openCenter, SLOW, shownNetwork } from './page-helpers.ts';

/** Each node's fill in the SVG the view exports: what the drawing shows, readable without WebGL read-back. */
function nodeFills(svg: string): Map<string, string> {
  const fills = new Map<string, string>();
  for (const match of svg.matchAll(/<g data-id="([^"]+)"><circle [^>]*fill="([^"]+)"/g))
    fills.set(match[1]!, match[2]!);
  return fills;
}

describe.skipIf(skipBrowser)('blockmodel positions in the centre network view', () => {
  const e2e = useE2e();

  it(
    'colours the nodes by the API’s positions for a chosen k, with a legend, the block image and a community method choice',
    async () => {
      const page = await e2e.signedInPage('admin');
      const { center, network } = await openCenter(page, 'Kauman');
      await page.getByTestId('network-canvas').waitFor({ timeout: 60_000 });
      await shownNetwork(page);

      // The block image beside the graph is the API's k = 3 blockmodel.
      const model = await apiGet<CenterBlockmodel>(page, `/centers/${center.id}/analysis/blockmodel?k=3`);
      const image = page.getByTestId('block-image');
      await image.waitFor();
      expect(await image.locator('tbody tr').count()).toBe(model.positions);
      expect(await page.getByTestId('block-inconsistencies').textContent()).toContain(
        `${model.inconsistencies.negativeWithin} konflik di dalam posisi`,
      );

      // Colour by position: the legend lists the positions, the drawing paints each position in one colour.
      await page.getByTestId('colour-by').selectOption('position');
      const legend = page.getByTestId('network-legend');
      expect(await legend.getAttribute('data-colour-by')).toBe('position');
      await expect.poll(() => legend.getByTestId('legend-group').count()).toBe(model.positions);
      expect(await legend.getByTestId('legend-group').first().textContent()).toContain('Posisi 1');
      const event = page.waitForEvent('download');
      await page.getByTestId('export-svg').click();
      const fills = nodeFills(readFileSync(await (await event).path(), 'utf8'));
      expect(fills.size).toBe(network.nodes.length);
      const colourOf = new Map<number, Set<string>>();
      for (const { id, position } of model.nodes) {
        // A node without ties has no position: drawn in the neutral grey.
        if (position === null) {
          expect(fills.get(id)).toBe('#8c959f');
          continue;
        }
        const set = colourOf.get(position) ?? new Set();
        set.add(fills.get(id)!);
        colourOf.set(position, set);
      }
      for (const colours of colourOf.values()) expect(colours.size).toBe(1);
      expect(new Set([...colourOf.values()].map((c) => [...c][0])).size).toBe(model.positions);
      expect(await axeCheck(page)).toEqual([]);
      await page.evaluate(() => document.querySelector('[data-testid="network-canvas"]')?.scrollIntoView());
      await screenshot(page, 'network-positions');

      // Another k: the block image and the colours follow (k = 2 shows the frustration index beside it).
      await page.getByTestId('positions-k').selectOption('2');
      const two = await apiGet<CenterBlockmodel>(page, `/centers/${center.id}/analysis/blockmodel?k=2`);
      await expect.poll(() => image.locator('tbody tr').count()).toBe(two.positions);
      await expect.poll(() => legend.getByTestId('legend-group').count()).toBe(two.positions);
      if (two.frustration) {
        expect(two.inconsistencies.total).toBeLessThanOrEqual(two.frustration.index);
        expect(await page.getByTestId('block-frustration').textContent()).toContain(
          `L = ${two.frustration.index}`,
        );
      }

      // Leiden at a resolution: the panel shows the API's count and modularity, every community connected.
      await page.getByTestId('community-method-select').selectOption('leiden');
      await page.getByTestId('community-resolution').fill('1,5');
      await page.getByTestId('community-apply').click();
      const result = page.getByTestId('community-result');
      await result.waitFor();
      const leiden = await apiGet<CenterCommunities>(
        page,
        `/centers/${center.id}/analysis/communities?method=leiden&resolution=1.5`,
      );
      expect(await result.getAttribute('data-method')).toBe('leiden');
      expect(await result.textContent()).toContain(`${leiden.count} komunitas`);
      expect(leiden.disconnected).toBe(0);
      await screenshot(page, 'network-block-image');
    },
    SLOW,
  );
});

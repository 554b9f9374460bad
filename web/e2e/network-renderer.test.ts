import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CenterNetwork } from '../../src/networks/view/network.schema.ts';
import { skipBrowser, useE2e } from './harness.ts';
import { apiGet, openCenter, SLOW, shownNetwork } from './page-helpers.ts';
import { firmNode, syntheticId, syntheticTie } from './synthetic-network.ts';

/** The centre's network request, with or without a query (the web asks for `?format=compact`). */
const networkUrl = (id: string) => new RegExp(`/api/centers/${id}/network(\\?|$)`);

// The harness' Chromium runs with --disable-gpu, so WebGL is software there and the view picks the
// Canvas 2D drawing by itself; these tests keep sigma covered through the "Renderer" override and check
// that the Canvas 2D drawing puts arrowheads on directed ties.

/** The exported PNG's bytes (the "Download PNG" button), once two exports in a row are the same. */
async function stablePng(page: Page): Promise<Buffer> {
  const once = async () => {
    const event = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh PNG' }).click();
    return readFileSync(await (await event).path());
  };
  let png = await once();
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(500);
    const again = await once();
    if (again.equals(png)) break;
    png = again;
  }
  return png;
}

/** How many pixels of a PNG are green (the collaboration colour, plain or anti-aliased). */
async function greenPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (g > r + 40 && g > b + 25) n++;
    }
    return n;
  }, png.toString('base64'));
}

/** Two firms and one collaboration tie between them, directed or not. */
function pair(centerId: string, directed: boolean): CenterNetwork {
  const nodes = [firmNode(syntheticId(1, 1), 'IKM Uji 1'), firmNode(syntheticId(1, 2), 'IKM Uji 2')];
  // Towards the first firm, drawn on the right: its label (right of the disc) does not cover the head.
  const tie = syntheticTie({
    id: syntheticId(2, 1),
    source: nodes[1]!.id,
    target: nodes[0]!.id,
    valence: 'collaboration',
    directed,
  });
  return { centerId, at: null, nodes, ties: [tie] };
}

describe.skipIf(skipBrowser)('network drawing choice', () => {
  const e2e = useE2e();

  it(
    'draws with Canvas 2D in software WebGL, and with sigma when the reader chooses WebGL (remembered)',
    async () => {
      const page = await e2e.signedInPage('admin');
      const { network } = await openCenter(page, 'Cibaduyut');
      const canvas = page.getByTestId('network-canvas');
      await canvas.waitFor({ timeout: 60_000 });
      expect((await shownNetwork(page)).renderer).toBe('canvas');
      // The arrow note is for large graphs only: this one has arrows.
      expect(await page.getByTestId('legend-large').count()).toBe(0);

      await page.getByLabel('Cara menggambar').selectOption({ label: 'WebGL (sigma)' });
      await expect.poll(() => canvas.getAttribute('data-renderer')).toBe('webgl');
      const all = await shownNetwork(page);
      expect(all).toMatchObject({
        renderer: 'webgl',
        nodes: network.nodes.length,
        edges: network.ties.length,
      });
      await page.getByTestId('valence-collaboration').uncheck();
      await page.getByTestId('valence-coopetition').uncheck();
      const conflicts = network.ties.filter((t) => t.valence === 'conflict').length;
      await expect.poll(async () => (await shownNetwork(page)).edges, { timeout: 60_000 }).toBe(conflicts);
      expect((await shownNetwork(page)).valences).toBe('conflict');

      // Back to automatic: Canvas 2D again, with the filter kept.
      await page.getByLabel('Cara menggambar').selectOption({ label: 'Otomatis' });
      await expect.poll(() => canvas.getAttribute('data-renderer')).toBe('canvas');
      await expect.poll(async () => (await shownNetwork(page)).edges, { timeout: 60_000 }).toBe(conflicts);

      // The choice is remembered for the next network this browser opens; choosing automatic forgets it.
      const select = page.getByLabel('Cara menggambar');
      await select.selectOption({ label: 'WebGL (sigma)' });
      await page.reload();
      await expect.poll(() => canvas.getAttribute('data-renderer'), { timeout: 60_000 }).toBe('webgl');
      expect(await select.inputValue()).toBe('webgl');
      await select.selectOption({ label: 'Otomatis' });
      await page.reload();
      await expect.poll(() => canvas.getAttribute('data-renderer'), { timeout: 60_000 }).toBe('canvas');
      expect(await select.inputValue()).toBe('auto');
      await page.context().close();
    },
    SLOW,
  );

  it(
    'puts an arrowhead on a directed tie in the Canvas 2D drawing',
    async () => {
      const page = await e2e.signedInPage('admin');
      const centerId = (await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut')).items[0]!.id;
      await page.route(`**/api/centers/${centerId}/analysis`, (route) =>
        route.fulfill({
          status: 404,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'not_found', message: 'belum dianalisis', details: [] } }),
        }),
      );
      // The same two firms and tie, undirected then directed: the picture differs by the arrowhead only
      // (the drawing fits the graph to the canvas, so the layout's scale does not matter).
      const greens: number[] = [];
      for (const directed of [false, true]) {
        await page.unroute(networkUrl(centerId));
        await page.route(networkUrl(centerId), (route) =>
          route.fulfill({
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify(pair(centerId, directed)),
          }),
        );
        await page.goto(`/sentra/${centerId}`);
        expect(await shownNetwork(page)).toMatchObject({ renderer: 'canvas', nodes: 2, edges: 1 });
        greens.push(await greenPixels(page, await stablePng(page)));
      }
      const [undirected, directed] = greens as [number, number];
      expect(undirected).toBeGreaterThan(50);
      // A 9 × 8 px head adds ~20 CSS px² beyond the line under it (more at a device pixel ratio above 1).
      expect(directed - undirected).toBeGreaterThan(10);
      await page.context().close();
    },
    SLOW,
  );
});

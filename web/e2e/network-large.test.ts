import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/analysis/rng.ts';
import type { CenterNetwork } from '../../src/networks/view/network.schema.ts';
import { axeCheck, skipBrowser, useE2e } from './harness.ts';
import { shownNetwork } from './page-helpers.ts';
import { firmNode, syntheticId, syntheticTie } from './synthetic-network.ts';

/** The centre's network request, with or without a query (the web asks for `?format=compact`). */
const networkUrl = (id: string) => new RegExp(`/api/centers/${id}/network(\\?|$)`);

// Large centres (more than LARGE_GRAPH_TIES ties or LARGE_GRAPH_NODES nodes) are drawn with Canvas 2D
// instead of sigma; this checks that drawing does what the sigma one does: counts, filters, zoom, hover
// and click to focus.
const NODES = 600;
const TIES = 2400;

function largeNetwork(centerId: string): CenterNetwork {
  const random = createRng(7);
  const nodes = Array.from({ length: NODES }, (_, i) => firmNode(syntheticId(1, i), `IKM Besar ${i + 1}`));
  const ties = Array.from({ length: TIES }, (_, k) => {
    const a = Math.floor(random() * NODES);
    const b = (a + 1 + Math.floor(random() * (NODES - 1))) % NODES;
    return syntheticTie({
      id: syntheticId(2, k),
      source: nodes[a]!.id,
      target: nodes[b]!.id,
      valence: k % 8 === 0 ? 'conflict' : k % 16 === 1 ? 'coopetition' : 'collaboration',
      directed: k % 3 === 0,
    });
  });
  return { centerId, at: null, nodes, ties };
}

describe.skipIf(skipBrowser)('large centre network (Canvas 2D drawing)', () => {
  const e2e = useE2e();

  it('draws every node and tie, filters, zooms, and focuses the node under a click', async () => {
    const page = await e2e.signedInPage('admin');
    const centers = await page.evaluate(async () => {
      const response = await fetch('/api/centers?q=Cibaduyut');
      return (await response.json()) as { items: { id: string }[] };
    });
    const centerId = centers.items[0]!.id;
    const network = largeNetwork(centerId);
    // The centre's own page, with the large network (and no analysis) in place of the stored ones.
    await page.route(networkUrl(centerId), (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(network) }),
    );
    await page.route(`**/api/centers/${centerId}/analysis`, (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'not_found', message: 'belum dianalisis', details: [] } }),
      }),
    );
    await page.goto(`/sentra/${centerId}`);
    const canvas = page.getByTestId('network-canvas');
    await canvas.waitFor();
    expect(await shownNetwork(page)).toEqual({
      renderer: 'canvas',
      nodes: NODES,
      edges: TIES,
      valences: 'collaboration conflict coopetition',
    });
    await page.getByTestId('legend-large').waitFor();
    expect(await axeCheck(page)).toEqual([]);

    // Only conflicts.
    await page.getByTestId('valence-collaboration').uncheck();
    await page.getByTestId('valence-coopetition').uncheck();
    const conflicts = network.ties.filter((t) => t.valence === 'conflict').length;
    await expect.poll(async () => (await shownNetwork(page)).edges).toBe(conflicts);
    expect((await shownNetwork(page)).valences).toBe('conflict');
    await page.getByTestId('valence-collaboration').check();
    await page.getByTestId('valence-coopetition').check();
    await expect.poll(async () => (await shownNetwork(page)).edges).toBe(TIES);

    // The wheel zooms: the picture changes.
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const before = await canvas.screenshot();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => Buffer.compare(await canvas.screenshot(), before) !== 0).toBe(true);
    await page.waitForTimeout(400);

    // Hovering a node makes the pointer a hand; clicking it focuses it and keeps only its ties.
    let hit: { x: number; y: number } | null = null;
    for (let row = 1; row < 16 && !hit; row++) {
      for (let col = 1; col < 24 && !hit; col++) {
        const point = { x: box.x + (box.width * col) / 24, y: box.y + (box.height * row) / 16 };
        await page.mouse.move(point.x, point.y);
        if ((await canvas.evaluate((el) => (el as HTMLElement).style.cursor)) === 'pointer') hit = point;
      }
    }
    expect(hit).not.toBeNull();
    await page.mouse.click(hit!.x, hit!.y);
    const focus = page.getByTestId('network-focus');
    await focus.waitFor();
    const node = (await focus.getAttribute('data-node'))!;
    const degree = network.ties.filter((t) => t.source === node || t.target === node).length;
    await expect.poll(async () => (await shownNetwork(page)).edges).toBe(degree);
  }, 240_000);
});

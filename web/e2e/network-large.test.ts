import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CenterNetwork } from '../../src/center-network/center-network.schema.ts';
import { axeCheck, skipBrowser, useE2e } from './harness.ts';

// Large centres (more than LARGE_GRAPH_TIES ties or LARGE_GRAPH_NODES nodes) are drawn with Canvas 2D
// instead of sigma; this checks that drawing does what the sigma one does: counts, filters, zoom, hover
// and click to focus.
const NODES = 600;
const TIES = 2400;

/** mulberry32: the same network on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function largeNetwork(centerId: string): CenterNetwork {
  const random = rng(7);
  const id = (kind: number, i: number) =>
    `00000000-0000-4000-${(0x8000 + kind).toString(16)}-${i.toString(16).padStart(12, '0')}`;
  const nodes = Array.from({ length: NODES }, (_, i) => ({
    id: id(1, i),
    kind: 'enterprise' as const,
    label: `IKM Besar ${i + 1}`,
    regionCode: null,
    role: 'member',
    member: true,
    commodity: 'Sepatu',
    latitude: null,
    longitude: null,
  }));
  const ties = Array.from({ length: TIES }, (_, k) => {
    const a = Math.floor(random() * NODES);
    const b = (a + 1 + Math.floor(random() * (NODES - 1))) % NODES;
    const valence = k % 8 === 0 ? 'conflict' : k % 16 === 1 ? 'coopetition' : 'collaboration';
    return {
      id: id(2, k),
      source: nodes[a]!.id,
      target: nodes[b]!.id,
      type:
        valence === 'conflict'
          ? 'PRICE_UNDERCUTTING'
          : valence === 'coopetition'
            ? 'FAIR_COMPETITION'
            : 'TOLL_MANUFACTURING',
      valence,
      directed: k % 3 === 0,
      startDate: '2020-01-01',
      endDate: null,
      strength: 3,
      frequency: null,
      formality: 'oral',
      confidence: 'reported',
      legalPattern: null,
      confidential: false,
    };
  });
  return { centerId, at: null, nodes, ties } as CenterNetwork;
}

async function shown(page: Page) {
  const canvas = page.getByTestId('network-canvas');
  await expect.poll(() => canvas.getAttribute('data-layout'), { timeout: 60_000 }).toBe('done');
  await expect.poll(() => canvas.getAttribute('data-node-count'), { timeout: 10_000 }).not.toBeNull();
  return {
    nodes: Number(await canvas.getAttribute('data-node-count')),
    edges: Number(await canvas.getAttribute('data-edge-count')),
    valences: (await canvas.getAttribute('data-edge-valences')) ?? '',
  };
}

describe.skipIf(skipBrowser)('large centre network (Canvas 2D drawing)', () => {
  const e2e = useE2e();

  it('draws every node and tie, filters, zooms, and focuses the node under a click', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    const centres = await page.evaluate(async () => {
      const response = await fetch('/api/centers?q=Cibaduyut');
      return (await response.json()) as { items: { id: string }[] };
    });
    const centreId = centres.items[0]!.id;
    const network = largeNetwork(centreId);
    // The centre's own page, with the large network (and no analysis) in place of the stored ones.
    await page.route(`**/api/centers/${centreId}/network`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(network) }),
    );
    await page.route(`**/api/centers/${centreId}/analysis`, (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'not_found', message: 'belum dianalisis', details: [] } }),
      }),
    );
    await page.goto(`/sentra/${centreId}`);
    const canvas = page.getByTestId('network-canvas');
    await canvas.waitFor();
    expect(await canvas.getAttribute('data-renderer')).toBe('canvas');
    expect(await shown(page)).toEqual({
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
    await expect.poll(async () => (await shown(page)).edges).toBe(conflicts);
    expect((await shown(page)).valences).toBe('conflict');
    await page.getByTestId('valence-collaboration').check();
    await page.getByTestId('valence-coopetition').check();
    await expect.poll(async () => (await shown(page)).edges).toBe(TIES);

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
    await expect.poll(async () => (await shown(page)).edges).toBe(degree);
  }, 240_000);
});

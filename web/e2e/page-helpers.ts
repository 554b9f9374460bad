import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CenterNetwork } from '../../src/networks/view/network.schema.ts';

/** Per-test time limit: WebGL in software and a shared two-core machine, so a page can take tens of seconds. */
export const SLOW = 240_000;

/**
 * A GET through the signed-in page, so the session cookie and the reader's rights apply; in Indonesian like
 * the app, so rules and reasons come back as the page shows them.
 */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin', headers: { 'accept-language': 'id' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }, `/api${path}`);
}

/** What the network view draws, once its layout has settled: the drawing used and its counts. */
export async function shownNetwork(page: Page) {
  const canvas = page.getByTestId('network-canvas');
  await expect.poll(() => canvas.getAttribute('data-layout'), { timeout: 60_000 }).toBe('done');
  await expect.poll(() => canvas.getAttribute('data-node-count'), { timeout: 60_000 }).not.toBeNull();
  return {
    renderer: await canvas.getAttribute('data-renderer'),
    nodes: Number(await canvas.getAttribute('data-node-count')),
    edges: Number(await canvas.getAttribute('data-edge-count')),
    valences: (await canvas.getAttribute('data-edge-valences')) ?? '',
  };
}

/** Finds a demo centre by name, reads its network through the API and opens its page. */
export async function openCenter(page: Page, name: string) {
  const found = await apiGet<{ items: { id: string; name: string }[] }>(page, `/centers?q=${name}`);
  const center = found.items[0];
  if (!center) throw new Error(`No centre matches ${name}`);
  const network = await apiGet<CenterNetwork>(page, `/centers/${center.id}/network`);
  await page.goto(`/sentra/${center.id}`);
  return { center, network };
}

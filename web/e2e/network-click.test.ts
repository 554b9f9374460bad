import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipBrowser, useE2e } from './harness.ts';
import { apiGet, openCenter, SLOW } from './page-helpers.ts';

/** Clicks what starts a download and returns the file's suggested name and bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await click();
  const download = await event;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The text of every cell of a workbook's sheets, for looking a value up. */
async function workbookText(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))),
  );
  return cells;
}

/**
 * Where nodes are drawn, read from the PNG the view exports (sigma draws in WebGL, which a test cannot
 * read back directly): centres of solid squares of one non-white colour, biggest first. Ties are at most
 * 2 px wide, so a solid 5×5 square is a node's disc. Coordinates are CSS pixels inside the canvas.
 */
async function nodeDiscs(page: Page, png: Buffer): Promise<{ x: number; y: number }[]> {
  const cssWidth = await page.getByTestId('network-canvas').evaluate((el) => el.clientWidth);
  return page.evaluate(
    async ({ base64, cssWidth }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const scale = width / cssWidth;
      const rgb = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      };
      const found: { x: number; y: number; r: number }[] = [];
      for (let y = 8; y < height - 8; y += 2) {
        for (let x = 8; x < width - 8; x += 2) {
          const colour = rgb(x, y);
          if (colour === 0xffffff) continue;
          let r = 0;
          grow: for (; r < 7; r++) {
            const n = r + 1;
            for (let d = -n; d <= n; d++) {
              if (
                rgb(x + d, y - n) !== colour ||
                rgb(x + d, y + n) !== colour ||
                rgb(x - n, y + d) !== colour ||
                rgb(x + n, y + d) !== colour
              )
                break grow;
            }
          }
          if (r >= 2 && !found.some((f) => Math.abs(f.x - x) < 14 && Math.abs(f.y - y) < 14)) {
            found.push({ x, y, r });
          }
        }
      }
      return found.sort((a, b) => b.r - a.r).map((f) => ({ x: f.x / scale, y: f.y / scale }));
    },
    { base64: png.toString('base64'), cssWidth },
  );
}

describe.skipIf(skipBrowser)('network clicks and downloads', () => {
  const e2e = useE2e();

  it(
    'exports the network as PNG, SVG and GEXF, and a click on a firm’s node opens the firm',
    async () => {
      const page = await e2e.signedInPage('admin');
      const { center, network } = await openCenter(page, 'Cibaduyut');
      const canvas = page.getByTestId('network-canvas');
      await expect.poll(() => canvas.getAttribute('data-layout'), { timeout: 60_000 }).toBe('done');
      await expect.poll(() => canvas.getAttribute('data-node-count')).toBe(String(network.nodes.length));

      // The layout may still be moving nodes: export until two pictures in a row are the same.
      let png = await downloaded(page, () => page.getByRole('button', { name: 'Unduh PNG' }).click());
      expect(png.name).toBe(`sentra-${center.id}.png`);
      expect(png.bytes.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
      for (let tries = 0; tries < 30; tries++) {
        await page.waitForTimeout(1_000);
        const again = await downloaded(page, () => page.getByRole('button', { name: 'Unduh PNG' }).click());
        if (again.bytes.equals(png.bytes)) break;
        png = again;
      }
      const svg = await downloaded(page, () => page.getByTestId('export-svg').click());
      const svgText = svg.bytes.toString('utf8');
      expect(svgText).toMatch(/^(<\?xml[^>]*\?>\s*)?<svg\b[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svgText.trimEnd().endsWith('</svg>')).toBe(true);
      const gexf = await downloaded(page, () =>
        page.locator('.network-exports').getByRole('button', { name: 'GEXF' }).click(),
      );
      const gexfText = gexf.bytes.toString('utf8');
      expect(gexfText).toMatch(/^<\?xml[^>]*\?>\s*<gexf\b[^>]*version="1\.3"/);
      expect(gexfText.match(/<node\b/g)).toHaveLength(network.nodes.length);

      // Click the discs in the exported picture until one is a firm (institutions have no firm page).
      const kinds = new Map(network.nodes.map((n) => [n.id, n]));
      const focus = page.getByTestId('network-focus');
      let opened: string | undefined;
      for (const disc of (await nodeDiscs(page, png.bytes)).slice(0, 12)) {
        await canvas.click({ position: disc });
        const node = await focus.getAttribute('data-node', { timeout: 5_000 }).catch(() => null);
        if (!node) continue;
        const clicked = kinds.get(node)!;
        expect(await focus.textContent()).toContain(clicked.label);
        // The details panel beside the drawing: the node's name and its ties.
        const details = page.getByTestId('node-details');
        expect(await details.locator('h2').textContent()).toBe(clicked.label);
        const ties = network.ties.filter((t) => t.source === node || t.target === node).length;
        expect(await details.locator('h3').first().textContent()).toContain(String(ties));
        if (clicked.kind === 'enterprise') {
          await focus.getByRole('link', { name: 'Buka profil IKM' }).click();
          opened = clicked.label;
          break;
        }
        await focus.getByRole('button').click();
      }
      expect(opened, 'a click on a firm’s node').toBeDefined();
      await page.getByTestId('enterprise-page').waitFor();
      expect(await page.locator('main h1').textContent()).toBe(opened);
      await page.context().close();
    },
    SLOW,
  );

  it('downloads the comparison and the import template as real workbooks', async () => {
    const page = await e2e.signedInPage('admin');
    const centers = await apiGet<{ items: { id: string; name: string }[] }>(page, '/centers?limit=2');
    await page.goto(`/perbandingan?centers=${centers.items.map((c) => c.id).join(',')}`);
    const xlsx = await downloaded(page, () => page.getByRole('button', { name: 'Unduh XLSX' }).click());
    expect(xlsx.name).toBe('simpul-perbandingan-sentra.xlsx');
    expect(xlsx.bytes.subarray(0, 4).equals(ZIP_MAGIC)).toBe(true);
    const compared = await workbookText(xlsx.bytes);
    for (const center of centers.items) expect(compared).toContain(center.name);

    await page.getByRole('link', { name: 'Impor berkas' }).click();
    await page.getByRole('radio', { name: /^Sentra —/ }).check();
    const template = await downloaded(page, () =>
      page.getByRole('button', { name: 'Unduh templat XLSX' }).click(),
    );
    expect(template.name).toBe('simpul-centers.xlsx');
    expect(template.bytes.subarray(0, 4).equals(ZIP_MAGIC)).toBe(true);
    const headers = await workbookText(template.bytes);
    expect(headers).toEqual(expect.arrayContaining(['kode_sentra', 'nama_sentra', 'kode_wilayah']));
    await page.context().close();
  });
});

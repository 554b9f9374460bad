import { describe, expect, it } from 'vitest';
import type { CenterAnalysis } from '../../src/networks/analysis/analysis.schema.ts';
import type { CenterPatterns } from '../../src/networks/compare/compare.schema.ts';
import { GLOSSARY } from '../../src/shared/glossary.ts';
import { formatMeasure } from '../../src/shared/measure-format.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, openCenter, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)('glossary, number formats, intervention targets and patterns', () => {
  const e2e = useE2e();

  it(
    'explains a measure from the network page in Indonesian and English and opens its glossary entry',
    async () => {
      const page = await e2e.signedInPage('admin');
      const { center } = await openCenter(page, 'Kawalu');
      const card = page.getByTestId('analysis-panel').locator('[data-indicator=collaborationDensity]');
      await card.waitFor({ timeout: 60_000 });
      await card.locator('button[data-glossary]').click();
      const popover = card.getByTestId('glossary-popover');
      expect(await popover.textContent()).toContain(GLOSSARY.collaborationDensity.meaning.id);
      expect(await popover.textContent()).toContain(GLOSSARY.collaborationDensity.why.id);
      expect(await axeCheck(page)).toEqual([]);
      await page.evaluate(() => window.scrollBy(0, -200));
      await screenshot(page, 'glossary-popover');
      // A button near the right edge opens its text towards the left: the page never scrolls sideways.
      const right = page.getByTestId('analysis-panel').locator('[data-indicator=conflictTies]');
      await right.locator('button[data-glossary]').click();
      await right.getByTestId('glossary-popover').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await right.locator('button[data-glossary]').click();

      await page.getByTestId('lang-en').click();
      await expect.poll(() => popover.textContent()).toContain(GLOSSARY.collaborationDensity.meaning.en);
      await popover.getByRole('link', { name: 'Open in the glossary' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/glosarium');
      expect(new URL(page.url()).hash).toBe('#g-collaborationDensity');
      const entry = page.locator('#g-collaborationDensity');
      expect(await entry.textContent()).toBe(GLOSSARY.collaborationDensity.term.en);
      // The entry is scrolled into view and marked.
      await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await page.locator('[data-glossary-entry=collaborationDensity]').getAttribute('class')).toBe(
        'current',
      );
      expect(await page.locator('main h1').textContent()).toBe('Glossary');
      expect(await page.locator('[data-glossary-entry=collaborationDensity] dd').textContent()).toContain(
        GLOSSARY.collaborationDensity.why.en,
      );
      await page.getByTestId('lang-id').click();
      await expect.poll(() => entry.textContent()).toBe(GLOSSARY.collaborationDensity.term.id);
      expect(await axeCheck(page)).toEqual([]);
      // The language switch sits at the top of the page; come back to the entry for the picture.
      await page.evaluate(() => document.getElementById('g-collaborationDensity')?.scrollIntoView());
      await screenshot(page, 'glossary');
      expect(center.id).toBeTruthy();
      await page.context().close();
    },
    SLOW,
  );

  it(
    'writes the same density on the network page and in the comparison, and words targets as actions',
    async () => {
      const page = await e2e.signedInPage('researcher');
      const { center, network } = await openCenter(page, 'Kawalu');
      const analysis = await apiGet<CenterAnalysis>(page, `/centers/${center.id}/analysis`);
      const density = formatMeasure('id', 'collaborationDensity', analysis.indicators.collaborationDensity);
      expect(density).toMatch(/^\d+(,\d)?%$/);
      const panel = page.getByTestId('analysis-panel');
      const card = panel.locator('[data-indicator=collaborationDensity] .value');
      await card.waitFor({ timeout: 60_000 });
      expect(await card.textContent()).toBe(density);

      // Intervention targets: mediations of conflicts inside a camp, most strain first, five then "show all".
      const names = new Map(network.nodes.map((n) => [n.id, n.label]));
      const inside = analysis.frustratedTies.filter((t) => t.reason === 'conflict_within_camp');
      expect(inside.length).toBeGreaterThan(5);
      const counts = inside.map((t) => t.unbalancedTriangles);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const items = page.getByTestId('frustrated-ties').locator('li');
      expect(await items.count()).toBe(5);
      const first = inside[0]!;
      expect(await items.first().textContent()).toContain(
        `Mediasi konflik antara ${names.get(first.source)} dan ${names.get(first.target)}`,
      );
      for (const text of await items.allTextContents()) expect(text).toMatch(/^Mediasi konflik antara /);
      expect(await panel.textContent()).not.toContain('kerja sama lintas kubu');
      await page
        .getByTestId('analysis-panel')
        .locator('h3', { hasText: 'Sasaran intervensi' })
        .scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -120));
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'intervention-targets');
      await page.getByRole('button', { name: `Tampilkan semua (${inside.length})` }).click();
      expect(await items.count()).toBe(inside.length);
      const bridges = analysis.frustratedTies.filter((t) => t.reason === 'collaboration_across_camps');
      if (bridges.length > 0) {
        const bridgeText = await page.getByTestId('bridge-ties').locator('li').first().textContent();
        expect(bridgeText).toMatch(/^Jaga kerja sama antara /);
      }

      await page.goto(`/perbandingan?centers=${center.id}`);
      const headers = page.locator('main table thead th');
      await expect.poll(() => page.locator('main table tbody tr').count(), { timeout: 30_000 }).toBe(1);
      const titles = await headers.allTextContents();
      const column = titles.findIndex((h) => h.startsWith(GLOSSARY.collaborationDensity.term.id));
      expect(column).toBeGreaterThan(0);
      const cell = page.locator('main table tbody tr td').nth(column);
      expect(await cell.textContent()).toBe(density);
      expect(await axeCheck(page)).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'shows every demo centre’s pattern and the pattern chart on the national overview',
    async () => {
      const page = await e2e.signedInPage('ministry');
      await expect.poll(() => page.locator('main h1').textContent()).toBe('Ikhtisar Sentra IKM');
      const patterns = await apiGet<CenterPatterns>(page, '/analysis/patterns');
      expect(patterns.items).toHaveLength(14);
      expect(patterns.items.every((i) => i.pattern !== null)).toBe(true);
      const cells = page.locator('main table [data-pattern]');
      await expect.poll(() => cells.count(), { timeout: 60_000 }).toBe(14);
      const chart = page.locator('svg[role=img][aria-label^="Pola jejaring sentra"]');
      await chart.waitFor();
      const label = (await chart.getAttribute('aria-label')) ?? '';
      for (const item of patterns.items) expect(label).toContain(item.pattern!.label.id);
      expect(await axeCheck(page)).toEqual([]);
      await page.locator('main table').last().scrollIntoViewIfNeeded();
      await screenshot(page, 'overview-patterns');

      // On a phone the text opens along the bottom of the screen, inside it.
      await page.setViewportSize({ width: 360, height: 740 });
      await cells.first().locator('button[data-glossary]').click();
      const sheet = page.getByTestId('glossary-popover');
      const box = await sheet.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
      await cells.first().locator('button[data-glossary]').click();
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.getByRole('link', { name: 'Glosarium' }).click();
      await expect.poll(() => page.locator('main h1').textContent()).toBe('Glosarium');
      expect(await page.locator('[data-glossary-entry]').count()).toBe(Object.keys(GLOSSARY).length);
      expect(await page.locator('main').textContent()).not.toMatch(/\bsimpul\b/);
      await page.context().close();
    },
    SLOW,
  );
});

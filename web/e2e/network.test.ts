import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CenterAnalysis, CenterIndicators } from '../../src/networks/analysis/analysis.schema.ts';
import { GLOSSARY } from '../../src/shared/glossary.ts';
import { type FormatLang, formatMeasure } from '../../src/shared/measure-format.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, openCenter, SLOW, shownNetwork } from './page-helpers.ts';

// Issue 24 point 1: reciprocity and the Freeman centralizations are cards of the analysis panel.
const STRUCTURE_CARDS: (keyof CenterIndicators)[] = [
  'reciprocity',
  'dyadReciprocity',
  'degreeCentralization',
  'outDegreeCentralization',
  'inDegreeCentralization',
  'betweennessCentralization',
  'closenessCentralization',
];

/** Each structure card shows the API's value in the measure's format and the glossary's name, in `lang`. */
async function expectStructureCards(page: Page, analysis: CenterAnalysis, lang: FormatLang) {
  const panel = page.getByTestId('analysis-panel');
  for (const key of STRUCTURE_CARDS) {
    const card = panel.locator(`[data-indicator=${key}]`);
    await expect
      .poll(() => card.locator('.label').textContent(), { timeout: 30_000 })
      .toContain(GLOSSARY[key].term[lang]);
    expect(await card.locator('.value').textContent()).toBe(
      formatMeasure(lang, key, analysis.indicators[key]),
    );
  }
}

describe.skipIf(skipBrowser)('centre network view', () => {
  const e2e = useE2e();

  it(
    'draws the API network, filters conflicts, focuses a firm, opens it and follows a new tie',
    async () => {
      const page = await e2e.signedInPage('admin');
      const { center, network } = await openCenter(page, 'Cibaduyut');
      expect(network.ties.length).toBeGreaterThan(20);
      await page.getByTestId('network-canvas').waitFor({ timeout: 60_000 });
      const all = await shownNetwork(page);
      expect(all.nodes).toBe(network.nodes.length);
      expect(all.edges).toBe(network.ties.length);
      // Beside the graph: the stored analysis' pattern, intervention targets and brokers, as the API has them.
      const analysis = await page.evaluate(async (url) => {
        const response = await fetch(url, { headers: { 'accept-language': 'id' } });
        return response.status === 404 ? null : ((await response.json()) as CenterAnalysis);
      }, `/api/centers/${center.id}/analysis`);
      if (analysis) {
        const panel = page.getByTestId('analysis-panel');
        expect(await panel.locator('[data-pattern]').getAttribute('data-pattern')).toBe(
          analysis.pattern.code,
        );
        expect(await panel.textContent()).toContain(analysis.pattern.explanation.id);
        // Mediations of conflicts inside a camp, the top five first (glossary.test.ts checks the ranking).
        const inside = analysis.frustratedTies.filter((t) => t.reason === 'conflict_within_camp');
        expect(await page.locator('[data-testid=frustrated-ties] li').count()).toBe(
          Math.min(5, inside.length),
        );
        const brokers = page.getByTestId('brokers').locator('a');
        expect(await brokers.count()).toBe(analysis.brokers.length);
        expect(await brokers.first().getAttribute('href')).toBe(`/ikm/${analysis.brokers[0]!.id}`);
      } else {
        expect(await page.locator('.network-side').textContent()).toContain('belum tersedia');
      }
      await page.evaluate(() => document.querySelector('.network-toolbar')?.scrollIntoView());
      await screenshot(page, 'center-network');

      // Only conflicts: every edge left is a conflict, and all of the API's conflicts are there.
      await page.getByTestId('valence-collaboration').uncheck();
      await page.getByTestId('valence-coopetition').uncheck();
      const conflicts = network.ties.filter((t) => t.valence === 'conflict');
      await expect
        .poll(async () => (await shownNetwork(page)).edges, { timeout: 30_000 })
        .toBe(conflicts.length);
      expect((await shownNetwork(page)).valences).toBe('conflict');
      expect((await shownNetwork(page)).nodes).toBe(network.nodes.length);
      await page.getByTestId('valence-collaboration').check();
      await page.getByTestId('valence-coopetition').check();

      // The date slider keeps the ties active that day (start ≤ day < end), like the API's `?at=`.
      await page.getByTestId('date-toggle').check();
      const day = '2018-06-01';
      await page.getByTestId('date-slider').fill(String(Date.parse(`${day}T00:00:00Z`) / 86_400_000));
      const active = network.ties.filter(
        (t) => t.startDate <= day && (t.endDate === null || day < t.endDate),
      );
      await expect
        .poll(async () => (await shownNetwork(page)).edges, { timeout: 30_000 })
        .toBe(active.length);
      await page.getByTestId('date-toggle').uncheck();

      // Search a firm: it and its neighbours stay, the other ties go.
      const degree = new Map<string, number>();
      for (const t of network.ties) {
        degree.set(t.source, (degree.get(t.source) ?? 0) + 1);
        if (t.target !== t.source) degree.set(t.target, (degree.get(t.target) ?? 0) + 1);
      }
      const firm = network.nodes
        .filter((n) => n.kind === 'enterprise')
        .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))[0]!;
      await page.getByTestId('network-search').fill(firm.label);
      await page.getByTestId('network-search').press('Enter');
      const focus = page.getByTestId('network-focus');
      await expect.poll(() => focus.getAttribute('data-node'), { timeout: 30_000 }).toBe(firm.id);
      await expect
        .poll(async () => (await shownNetwork(page)).edges, { timeout: 30_000 })
        .toBe(degree.get(firm.id));

      // From the focus line to the firm's own page.
      await focus.getByRole('link').click();
      await page.getByTestId('enterprise-page').waitFor();
      expect(await page.locator('main h1').textContent()).toBe(firm.label);

      // A new conflict tie recorded through the API appears after "reload network".
      await page.goBack();
      await page.getByTestId('network-canvas').waitFor({ timeout: 60_000 });
      const before = await shownNetwork(page);
      const other = network.nodes.find((n) => n.kind === 'enterprise' && n.member && n.id !== firm.id)!;
      const created = await page.evaluate(
        async ({ centerId, from, to }) => {
          const me = await (await fetch('/api/auth/me')).json();
          const response = await fetch('/api/interactions', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify({
              centerId,
              fromEnterpriseId: from,
              toEnterpriseId: to,
              type: 'PRICE_UNDERCUTTING',
              startDate: '2024-01-15',
              reportedBy: 'third_party',
            }),
          });
          return { status: response.status, body: await response.json() };
        },
        { centerId: center.id, from: firm.id, to: other.id },
      );
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      await page.getByTestId('network-reload').click();
      await expect
        .poll(async () => (await shownNetwork(page)).edges, { timeout: 60_000 })
        .toBe(before.edges + 1);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'has no serious accessibility problems on the network view, in either language',
    async () => {
      const page = await e2e.signedInPage('researcher');
      const centers = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Plered');
      await page.goto(`/sentra/${centers.items[0]!.id}`);
      await shownNetwork(page);
      const analysis = await apiGet<CenterAnalysis>(page, `/centers/${centers.items[0]!.id}/analysis`);
      // Plered's supplier → exporter tiers are directed collaboration: reciprocity has a value.
      expect(analysis.indicators.reciprocity).not.toBeNull();
      await expectStructureCards(page, analysis, 'id');
      expect(await axeCheck(page)).toEqual([]);
      await page.getByTestId('lang-en').click();
      await expectStructureCards(page, analysis, 'en');
      await page.locator('.network-tables summary').click();
      // The node table has the strength split and the maklun orders, named as the glossary names them.
      const headers = await page.getByTestId('network-nodes-table').locator('thead th').allTextContents();
      for (const key of [
        'strength',
        'positiveStrength',
        'negativeStrength',
        'ordersGiven',
        'ordersReceived',
      ] as const) {
        expect(headers.some((h) => h.startsWith(GLOSSARY[key].term.en))).toBe(true);
      }
      await page
        .getByTestId('analysis-panel')
        .locator('[data-indicator=reciprocity]')
        .scrollIntoViewIfNeeded();
      await screenshot(page, 'analysis-structure-indicators');
      expect(await axeCheck(page)).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );
});

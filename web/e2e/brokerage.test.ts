import { describe, expect, it } from 'vitest';
import type { CenterBrokerage } from '../../src/networks/analysis/brokerage.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, openCenter, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)('brokerage by grouping in the centre analysis', () => {
  const e2e = useE2e();

  it(
    'shows observed, expected and z as the API computes them, by the grouping and role chosen, in both languages',
    async () => {
      const page = await e2e.signedInPage('admin');
      const { center } = await openCenter(page, 'Cibaduyut');
      const panel = page.getByTestId('brokerage-panel');
      await panel.getByTestId('brokerage-table').waitFor({ timeout: 120_000 });

      // Community (the default), all roles: the first row is the API's most significant broker.
      const byCommunity = await apiGet<CenterBrokerage>(page, `/centers/${center.id}/analysis/brokerage`);
      const top = byCommunity.brokers[0]!;
      const firstRow = panel.locator('tbody tr').first();
      expect(await firstRow.getAttribute('data-id')).toBe(top.id);
      expect(await firstRow.locator('[data-cell=observed]').textContent()).toBe(String(top.observed.total));
      expect(await firstRow.locator('[data-cell=z]').textContent()).toContain(
        // As the page formats numbers (web/src/i18n/format.ts): Indonesian, at most two decimals.
        new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(top.z.total!),
      );
      expect(await firstRow.getAttribute('class')).toBe(
        top.significant.includes('total') ? 'significant' : null,
      );

      // By village, as gatekeeper: the groups line and the rows follow the API's answer for that grouping.
      await panel.getByTestId('brokerage-grouping').selectOption('village');
      await panel.getByTestId('brokerage-role').selectOption('gatekeeper');
      const byVillage = await apiGet<CenterBrokerage>(
        page,
        `/centers/${center.id}/analysis/brokerage?grouping=village`,
      );
      await expect
        .poll(() => panel.getByTestId('brokerage-groups').textContent(), { timeout: 60_000 })
        .toContain(`${byVillage.groups.length} kelompok`);
      const gatekeepers = byVillage.brokers
        .filter((b) => b.observed.gatekeeper > 0 || b.conflicts.count > 0)
        .sort((a, b) => (b.z.gatekeeper ?? -1e9) - (a.z.gatekeeper ?? -1e9));
      await expect
        .poll(() => panel.locator('tbody tr').first().getAttribute('data-id'), { timeout: 60_000 })
        .toBe(gatekeepers[0]?.id);
      expect(await panel.locator('tbody tr').first().locator('[data-cell=observed]').textContent()).toBe(
        String(gatekeepers[0]?.observed.gatekeeper),
      );
      const conflicted = gatekeepers.slice(0, 15).find((b) => b.conflicts.count > 0);
      if (conflicted) {
        const row = panel.locator(`tbody tr[data-id="${conflicted.id}"]`);
        expect(await row.getByTestId('brokered-conflicts').textContent()).toContain(
          `${conflicted.conflicts.count} pasang`,
        );
      }
      // Against shuffled groups instead: the same firms, expected values from their own ties.
      await panel.getByTestId('brokerage-model').selectOption('permutation');
      const shuffled = await apiGet<CenterBrokerage>(
        page,
        `/centers/${center.id}/analysis/brokerage?grouping=village&model=permutation`,
      );
      const firstShuffled = shuffled.brokers
        .filter((b) => b.observed.gatekeeper > 0 || b.conflicts.count > 0)
        .sort(
          (a, b) =>
            (b.z.gatekeeper ?? -1e9) - (a.z.gatekeeper ?? -1e9) ||
            b.observed.gatekeeper - a.observed.gatekeeper,
        )[0]!;
      await expect
        .poll(() => panel.locator('tbody tr').first().getAttribute('data-id'), { timeout: 60_000 })
        .toBe(firstShuffled.id);
      expect(await panel.locator('tbody tr').first().locator('[data-cell=expected]').textContent()).toBe(
        new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(
          firstShuffled.expected.gatekeeper,
        ),
      );
      await panel.getByTestId('brokerage-model').selectOption('random-graph');
      // The table scrolls inside its frame; the page never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await panel.evaluate((el) => el.scrollIntoView());
      await screenshot(page, 'brokerage-by-village');
      expect(await axeCheck(page)).toEqual([]);

      // English: headings and the selectors speak it; the numbers stay.
      await page.getByTestId('lang-en').click();
      await expect
        .poll(() => panel.locator('h3').textContent(), { timeout: 60_000 })
        .toContain('Brokerage roles by grouping');
      expect(await panel.locator('thead').textContent()).toContain('Expected');
      expect(await panel.getByTestId('brokerage-grouping').locator('option:checked').textContent()).toBe(
        'Village',
      );
      expect(await panel.getByTestId('brokerage-role').locator('option:checked').textContent()).toMatch(
        /gatekeeper/i,
      );
    },
    SLOW,
  );
});

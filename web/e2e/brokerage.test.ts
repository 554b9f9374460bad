import { describe, expect, it } from 'vitest';
import type { CenterBrokerage } from '../../src/networks/analysis/brokerage.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, openCenter, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)('brokerage by grouping in the centre analysis', () => {
  const e2e = useE2e();

  it(
    'shows observed, expected and z per role as the API computes them, by the grouping chosen, in both languages',
    async () => {
      const page = await e2e.signedInPage('admin');
      const { center } = await openCenter(page, 'Cibaduyut');
      const panel = page.getByTestId('brokerage-panel');
      await panel.getByTestId('brokerage-table').waitFor({ timeout: 120_000 });

      // Community (the default): the first row is the API's most significant broker, with its numbers.
      const byCommunity = await apiGet<CenterBrokerage>(page, `/centers/${center.id}/analysis/brokerage`);
      const top = byCommunity.brokers[0]!;
      const firstRow = panel.locator('tbody tr').first();
      expect(await firstRow.getAttribute('data-id')).toBe(top.id);
      const total = await firstRow.locator('td[data-role=total]').textContent();
      expect(total).toContain(`${top.observed.total} / `);
      expect(await panel.locator('td.significant').count()).toBeGreaterThanOrEqual(
        byCommunity.brokers.slice(0, 15).filter((b) => b.significant.length > 0).length,
      );

      // By village: the groups line and the rows follow the API's answer for that grouping.
      await panel.getByTestId('brokerage-grouping').selectOption('village');
      const byVillage = await apiGet<CenterBrokerage>(
        page,
        `/centers/${center.id}/analysis/brokerage?grouping=village`,
      );
      await expect
        .poll(() => panel.getByTestId('brokerage-groups').textContent(), { timeout: 60_000 })
        .toContain(`${byVillage.groups.length} kelompok`);
      await expect
        .poll(() => panel.locator('tbody tr').first().getAttribute('data-id'), { timeout: 60_000 })
        .toBe(byVillage.brokers[0]?.id);
      expect(await panel.locator('thead').textContent()).toMatch(/penjaga gerbang/i);
      const conflicts = byVillage.brokers.filter((b) => b.conflicts.count > 0).slice(0, 15);
      if (conflicts.length > 0) {
        const row = panel.locator(`tbody tr[data-id="${conflicts[0]!.id}"]`);
        expect(await row.getByTestId('brokered-conflicts').textContent()).toContain(
          `${conflicts[0]!.conflicts.count} pasang`,
        );
      }
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, 'brokerage-by-village');
      expect(await axeCheck(page)).toEqual([]);

      // English: headings and the selector speak it; the numbers stay.
      await page.getByTestId('lang-en').click();
      await expect
        .poll(() => panel.locator('h3').textContent(), { timeout: 60_000 })
        .toContain('Brokerage roles by grouping');
      expect(await panel.locator('thead').textContent()).toMatch(/gatekeeper/i);
      expect(await panel.getByTestId('brokerage-grouping').locator('option:checked').textContent()).toBe(
        'Village',
      );
    },
    SLOW,
  );
});

import { describe, expect, it } from 'vitest';
import type { CenterCaseKpis } from '../../src/case-kpis/case-kpis.schema.ts';
import { formatMeasure } from '../../src/shared/measure-format.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

/** The demo's Cibaduyut cases are reported in 2026. */
const YEAR = { from: '2026-01-01', to: '2026-11-30' };

describe.skipIf(skipBrowser)('conflict-case KPIs', () => {
  const e2e = useE2e();

  it(
    "shows a centre's conflict-case card in Indonesian and English, small cells as “< 3”",
    async () => {
      const page = await e2e.signedInPage('ministry');
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
      const id = found.items[0]?.id as string;
      const kpis = await apiGet<CenterCaseKpis>(
        page,
        `/centers/${id}/case-kpis?from=${YEAR.from}&to=${YEAR.to}`,
      );
      expect(kpis.cases).toBeGreaterThanOrEqual(20);
      await page.goto(`/sentra/${id}?tab=indikator`);
      const card = page.getByTestId('case-kpis');
      await card.getByRole('heading', { name: 'Kasus konflik' }).waitFor();
      await card.getByLabel('Dari tanggal').fill(YEAR.from);
      await card.getByLabel('Sampai tanggal').fill(YEAR.to);
      const cases = card.locator('[data-kpi=cases] .value');
      await expect.poll(() => cases.textContent(), { timeout: 30_000 }).toBe(String(kpis.cases));
      expect(await card.locator('[data-kpi=resolutionRate] .value').textContent()).toBe(
        formatMeasure('id', 'resolutionRate', kpis.resolutionRate),
      );
      expect(await card.getByTestId('case-kpis-by-status').textContent()).toContain('< 3');
      expect(await card.getByTestId('case-kpis-by-status').textContent()).toContain('dilaporkan');
      expect(await axeCheck(page)).toEqual([]);
      await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'case-kpis');

      await page.getByTestId('lang-en').click();
      await card.getByRole('heading', { name: 'Conflict cases' }).waitFor();
      expect(await card.locator('[data-kpi=resolutionRate] .label').textContent()).toContain('Resolution');
      expect(await card.getByTestId('case-kpis-by-status').textContent()).toContain('reported');
      expect(await axeCheck(page)).toEqual([]);
      await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'case-kpis-en');
      await page.context().close();
    },
    SLOW,
  );
});

import { describe, expect, it } from 'vitest';
import type { PartnershipKpis } from '../../src/partnership-kpis/partnership-kpis.schema.ts';
import { GLOSSARY } from '../../src/shared/glossary.ts';
import { formatMeasure } from '../../src/shared/measure-format.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

/** The demo's requests (Cibaduyut, Jepara) and pools (Cibuntu, Ceper) that are over are of 2024. */
const YEAR = { from: '2024-01-01', to: '2024-12-31' };

describe.skipIf(skipBrowser)('partnership KPIs', () => {
  const e2e = useE2e();

  it(
    "shows a centre's partnership card in Indonesian and English, with the glossary's names",
    async () => {
      const page = await e2e.signedInPage('ministry');
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
      const id = found.items[0]?.id as string;
      const kpis = await apiGet<PartnershipKpis>(
        page,
        `/centers/${id}/partnership-kpis?from=${YEAR.from}&to=${YEAR.to}`,
      );
      expect(kpis.requests).toBeGreaterThan(0);
      await page.goto(`/sentra/${id}?tab=indikator`);
      const card = page.getByTestId('partnership-kpis');
      await card.getByRole('heading', { name: 'Kemitraan' }).waitFor();
      await card.getByLabel('Dari tanggal').fill(YEAR.from);
      await card.getByLabel('Sampai tanggal').fill(YEAR.to);
      const requests = card.locator('[data-kpi=requests] .value');
      await expect.poll(() => requests.textContent(), { timeout: 30_000 }).toBe(String(kpis.requests));
      for (const key of ['responseRate', 'conversion', 'microShare', 'awardGini'] as const) {
        expect(await card.locator(`[data-kpi=${key}] .value`).textContent(), key).toBe(
          formatMeasure('id', key, kpis[key]),
        );
        expect(await card.locator(`[data-kpi=${key}] .label`).textContent()).toContain(
          GLOSSARY[key].term.id.split(' ')[0],
        );
      }
      expect(await card.locator('[data-glossary]').count()).toBe(8);
      expect(await axeCheck(page)).toEqual([]);
      await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'center-partnerships');

      await page.getByTestId('lang-en').click();
      await card.getByRole('heading', { name: 'Partnerships' }).waitFor();
      expect(await card.locator('[data-kpi=responseRate] .label').textContent()).toContain('Response');
      expect(await card.locator('[data-kpi=responseRate] .value').textContent()).toBe(
        formatMeasure('en', 'responseRate', kpis.responseRate),
      );
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'center-partnerships-en');
      await page.context().close();
    },
    SLOW,
  );

  it(
    'adds the partnership columns to the comparison',
    async () => {
      const page = await e2e.signedInPage('researcher');
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
      await page.goto(`/perbandingan?centers=${found.items[0]?.id}`);
      const rows = page.locator('main table tbody tr');
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1);
      const headers = await page.locator('main table thead th').allTextContents();
      for (const key of ['requests', 'responseRate', 'conversion', 'poolSavings'] as const) {
        expect(
          headers.some((h) => h.startsWith(GLOSSARY[key].term.id)),
          key,
        ).toBe(true);
      }
      await screenshot(page, 'comparison-partnerships');
      await page.context().close();
    },
    SLOW,
  );
});

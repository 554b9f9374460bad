import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/shared/glossary.ts';
import { PARTNERSHIP_FORMATS, type PartnershipKpiKey } from '../../src/shared/measure-format.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet } from './page-helpers.ts';

describe.skipIf(skipBrowser)('comparison', () => {
  const e2e = useE2e();

  it('compares chosen centres, sorts the table and offers the workbook', async () => {
    const page = await e2e.signedInPage('researcher');
    await page.getByRole('link', { name: 'Perbandingan' }).click();
    await page.getByText('Pilih sentra atau wilayah untuk mulai membandingkan.').waitFor();
    for (const name of ['Cibaduyut', 'Jepara', 'Plered']) {
      await page.getByLabel('Cari sentra').fill(name);
      await page.locator('.picker-results button').first().click();
    }
    expect(await page.locator('.chosen-list li').count()).toBe(3);
    expect(new URL(page.url()).searchParams.get('centers')?.split(',')).toHaveLength(3);
    const rows = page.locator('main table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3);
    expect(await page.locator('.small-multiples svg[role=img]').count()).toBeGreaterThan(10);

    // Sorting by the number of firms, descending on the second click.
    const firms = async () =>
      (await page.locator('main table tbody tr td:nth-child(3)').allTextContents()).map((s) =>
        Number(s.replace(/\./g, '')),
      );
    await page
      .locator('main table thead')
      .getByRole('button', { name: 'IKM dalam jaringan', exact: true })
      .click();
    const ascending = await firms();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page
      .locator('main table thead')
      .getByRole('button', { name: 'IKM dalam jaringan', exact: true })
      .click();
    const descending = await firms();
    expect(descending).toEqual([...ascending].reverse());
    expect(await page.locator('th[aria-sort=descending]').textContent()).toContain('IKM');
    // Reciprocity and the centralizations are columns too, named as the glossary names them (issue 24).
    const headers = await page.locator('main table thead th').allTextContents();
    for (const key of ['reciprocity', 'degreeCentralization', 'betweennessCentralization'] as const) {
      expect(headers.some((h) => h.startsWith(GLOSSARY[key].term.id))).toBe(true);
    }

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh XLSX' }).click();
    expect((await download).suggestedFilename()).toBe('simpul-perbandingan-sentra.xlsx');

    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'comparison');
    await page.context().close();
  });

  it('offers a centre manager only the centres whose network they may read', async () => {
    const page = await e2e.signedInPage('center_manager');
    await page.getByRole('link', { name: 'Perbandingan' }).click();
    await page.getByText('Pilih sentra atau wilayah untuk mulai membandingkan.').waitFor();
    // "Sentra" matches every demo centre's name; the manager of Cibaduyut is offered that one only.
    await page.getByLabel('Cari sentra').fill('Sentra');
    const offered = page.locator('.picker-results button');
    await expect.poll(() => offered.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const names = await offered.allTextContents();
    expect(names.length).toBe(1);
    expect(names[0]).toContain('Cibaduyut');
    await offered.first().click();
    const rows = page.locator('main table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText('tidak berhak').count()).toBe(0);
    await page.context().close();
  });

  it('compares every centre of a region', async () => {
    const page = await e2e.signedInPage('ministry');
    await page.goto('/perbandingan?region=33');
    await expect
      .poll(() => page.locator('main table tbody tr').count(), { timeout: 30_000 })
      .toBeGreaterThan(1);
    await expect.poll(() => page.getByLabel('Provinsi').inputValue(), { timeout: 30_000 }).toBe('33');
    expect(await axeCheck(page)).toEqual([]);
    await page.context().close();
  });

  it('sorts by every partnership KPI column, both ways, in Indonesian and English', async () => {
    const page = await e2e.signedInPage('ministry');
    // At the end of 2024 the KPIs cover the demo's finished requests (Jepara) and pools (Ceper).
    const url = '/analysis/compare?region=33&at=2024-12-31';
    const { items } = await apiGet<{ items: { partnerships: Record<string, number | null> }[] }>(page, url);
    const distinct = (key: string) => new Set(items.map((i) => i.partnerships[key] ?? null)).size;
    expect(Math.max(...Object.keys(PARTNERSHIP_FORMATS).map(distinct))).toBeGreaterThan(1);
    await page.goto('/perbandingan?region=33&at=2024-12-31');
    const rows = page.locator('main table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(items.length);
    const head = page.locator('main table thead');
    /** The column's cells as numbers (null for "–"), read in the UI language's format. */
    const column = async (header: string, lang: 'id' | 'en') => {
      const headers = await head.locator('th').allTextContents();
      const index = headers.findIndex((h) => h.startsWith(header));
      expect(index, header).toBeGreaterThan(-1);
      const cells = await page.locator(`main table tbody tr td:nth-child(${index + 1})`).allTextContents();
      return cells.map((s) => {
        const plain = lang === 'id' ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
        const n = Number.parseFloat(plain.replace(/[^0-9.-]/g, ''));
        return Number.isNaN(n) ? null : n;
      });
    };
    const sorted = (values: (number | null)[], sign: 1 | -1) => {
      const known = values.filter((v): v is number => v !== null).sort((a, b) => sign * (a - b));
      return [...known, ...values.filter((v) => v === null)];
    };
    for (const lang of ['id', 'en'] as const) {
      if (lang === 'en') await page.getByTestId('lang-en').click();
      for (const key of Object.keys(PARTNERSHIP_FORMATS) as PartnershipKpiKey[]) {
        const name = GLOSSARY[key].term[lang];
        const button = head.getByRole('button', { name, exact: true });
        await button.click();
        expect(await page.locator('th[aria-sort=ascending]').textContent()).toContain(name);
        const up = await column(name, lang);
        expect(up, `${key} ascending`).toEqual(sorted(up, 1));
        await button.click();
        expect(await page.locator('th[aria-sort=descending]').textContent()).toContain(name);
        const down = await column(name, lang);
        expect(down, `${key} descending`).toEqual(sorted(down, -1));
      }
    }
    await page.context().close();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EnterpriseDetail } from '../../src/enterprises/enterprises.schema.ts';
import type { Interaction } from '../../src/interactions/interactions.schema.ts';
import type { EnterpriseMemberships } from '../../src/memberships/memberships.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)('centre and enterprise pages', () => {
  const e2e = useE2e();

  it(
    'shows the profile with sourced figures and the firms, institutions and indicators tabs',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const center = (await apiGet<{ items: { id: string; name: string }[] }>(page, '/centers?q=Cibaduyut'))
        .items[0]!;
      const firms = await apiGet<{ total: number }>(page, `/enterprises?center=${center.id}&limit=1`);
      await page.goto(`/sentra/${center.id}?tab=ikm`);
      expect(await page.locator('main h1').textContent()).toBe(center.name);
      // The 697 units of 2011 come from the news, and the page says so.
      const figures = page.getByTestId('center-figures');
      await expect
        .poll(() => figures.locator('tbody tr').first().textContent(), { timeout: 30_000 })
        .toContain('697');
      expect(await figures.locator('tbody tr').first().textContent()).toContain('Berita');

      const count = page.getByTestId('firm-count');
      await expect
        .poll(() => count.getAttribute('data-total'), { timeout: 30_000 })
        .toBe(String(firms.total));
      expect(await page.getByTestId('firms-table').locator('tbody tr').count()).toBe(
        Math.min(50, firms.total),
      );
      // Search narrows to what the API finds for the same words.
      const search = await apiGet<{ total: number }>(
        page,
        `/enterprises?center=${center.id}&q=Kulit&limit=1`,
      );
      expect(search.total).toBeLessThan(firms.total);
      await page.getByTestId('firm-search').fill('Kulit');
      await expect
        .poll(() => count.getAttribute('data-total'), { timeout: 30_000 })
        .toBe(String(search.total));
      // Sorted Z–A: the first name sorts after the last one.
      await page.getByLabel('Urutkan').selectOption('-name');
      await expect
        .poll(async () => {
          const names = await page.getByTestId('firms-table').locator('tbody th').allTextContents();
          return names.length > 1 && names[0]!.localeCompare(names.at(-1)!) > 0;
        })
        .toBe(true);
      // The CSV holds every match, not just the page shown.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Unduh CSV' }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8')
        .trim()
        .split('\r\n');
      expect(csv[0]).toContain('nama_ikm');
      expect(csv.length - 1).toBe(search.total);
      expect(await axeCheck(page)).toEqual([]);

      // Arrow keys move between tabs.
      await page.getByRole('tab', { name: 'IKM' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('tab', { name: 'Lembaga' }).getAttribute('aria-selected')).toBe('true');
      const institutions = await apiGet<{ items: { id: string; name: string }[] }>(
        page,
        `/institutions?center=${center.id}`,
      );
      await expect
        .poll(() => page.getByTestId('institutions').locator('article').count())
        .toBe(institutions.items.length);
      expect(await page.getByTestId('institutions').textContent()).toContain(institutions.items[0]!.name);
      expect(await axeCheck(page)).toEqual([]);

      await page.getByRole('tab', { name: 'Indikator' }).click();
      await page
        .getByTestId('panel-indikator')
        .locator('.alert, [data-testid=indicator-cards]')
        .first()
        .waitFor();
      expect(await axeCheck(page)).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'shows an enterprise with Rupiah figures, size classes with their rules, ties and memberships',
    async () => {
      const page = await e2e.signedInPage('admin');
      const center = (await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut')).items[0]!;
      const list = await apiGet<{ items: { id: string }[] }>(
        page,
        `/enterprises?center=${center.id}&limit=20`,
      );
      let chosen: { firm: EnterpriseDetail; memberships: EnterpriseMemberships } | undefined;
      for (const item of list.items) {
        const detail = await apiGet<EnterpriseDetail>(page, `/enterprises/${item.id}`);
        if (detail.sizeClasses.length === 0) continue;
        const memberships = await apiGet<EnterpriseMemberships>(page, `/enterprises/${item.id}/memberships`);
        if (memberships.institutions.length > 0) {
          chosen = { firm: detail, memberships };
          break;
        }
      }
      expect(chosen, 'a demo firm with yearly figures and an institution membership').toBeDefined();
      const { firm, memberships } = chosen!;
      const years = await apiGet<unknown[]>(page, `/enterprises/${firm.id}/years`);
      const ties = await apiGet<{ items: Interaction[] }>(
        page,
        `/interactions?enterprise=${firm.id}&limit=500`,
      );

      await page.goto(`/ikm/${firm.id}`);
      await page.getByTestId('enterprise-page').waitFor();
      expect(await page.locator('main h1').textContent()).toBe(firm.name);
      const yearRows = page.getByTestId('year-table').locator('tbody tr');
      expect(await yearRows.count()).toBe(years.length);
      // Indonesian Rupiah: "Rp" and dots between thousands.
      expect(await page.getByTestId('year-table').textContent()).toMatch(/Rp\s?\d{1,3}(\.\d{3})+/);
      const classes = page.getByTestId('size-classes').locator('tbody tr');
      expect(await classes.count()).toBe(firm.sizeClasses[0]!.classes.length);
      const firstClass = firm.sizeClasses[0]!.classes[0]!;
      expect(await classes.first().textContent()).toContain(firstClass.rule ?? firstClass.reason ?? '');
      const out = ties.items.filter((t) => t.fromEnterpriseId === firm.id).length;
      const inn = ties.items.length - out;
      await page.locator('#ties-title').waitFor();
      // Twenty ties a page (issue #15 point 11).
      expect(await page.locator('[data-testid=ties-out] tbody tr').count()).toBe(Math.min(20, out));
      expect(await page.locator('[data-testid=ties-in] tbody tr').count()).toBe(Math.min(20, inn));
      expect(await page.getByTestId('memberships').locator('li').count()).toBe(memberships.centers.length);
      expect(memberships.centers.length).toBe(firm.memberships.length);
      const institutionList = page.getByTestId('institution-memberships').locator('li');
      expect(await institutionList.allTextContents()).toEqual(
        memberships.institutions.map((m) => expect.stringContaining(m.institutionName)),
      );
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'enterprise');

      // Phone width: the page does not scroll sideways (tables scroll inside their frame).
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'offers each role only the tabs it may open: a viewer gets the institutions, never a refusal',
    async () => {
      const tabsOf = async (role: 'viewer' | 'researcher' | 'enterprise') => {
        const page = await e2e.signedInPage(role);
        const center = (await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut')).items[0]!;
        await page.goto(`/sentra/${center.id}`);
        const tabs = page.getByRole('tab');
        await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBeGreaterThan(0);
        const names = await tabs.allTextContents();
        // The tab shown first has loaded (its institutions, or the network) before refusals are counted.
        await page.getByRole('tab', { name: names[0] }).click();
        await expect
          .poll(() => page.locator('[role="tabpanel"] .card, [role="tabpanel"] canvas').count(), {
            timeout: 30_000,
          })
          .toBeGreaterThan(0);
        const refused = await page.getByText('tidak berhak').count();
        await page.close();
        return { names, refused };
      };
      const viewer = await tabsOf('viewer');
      expect(viewer.names).toEqual(['Lembaga']);
      expect(viewer.refused).toBe(0);
      // A researcher reads networks and member lists (pseudonymised): every tab.
      expect((await tabsOf('researcher')).names).toEqual(['Jaringan', 'IKM', 'Lembaga', 'Indikator']);
      // An enterprise user reads its own firm, not the centre's member list or network.
      expect((await tabsOf('enterprise')).names).toEqual(['Lembaga']);
    },
    SLOW,
  );

  it(
    'lets an anonymous visitor read a public centre page and the glossary, and sign in from there',
    async () => {
      const page = await e2e.newPage();
      const found = await (await fetch(`${e2e.baseUrl}/api/centers?q=Cibaduyut`)).json();
      const center = found.items[0] as { id: string; name: string };
      await page.goto(`${e2e.baseUrl}/sentra/${center.id}`);
      await expect.poll(() => page.locator('main h1').textContent(), { timeout: 30_000 }).toBe(center.name);
      expect(await page.getByRole('tab').allTextContents()).toEqual(['Lembaga']);
      await expect
        .poll(() => page.locator('[role="tabpanel"] .card').count(), { timeout: 30_000 })
        .toBeGreaterThan(0);
      expect(await page.getByText('tidak berhak').count()).toBe(0);
      expect(await page.locator('input[type="password"]').count(), 'no sign-in form on a public page').toBe(
        0,
      );
      expect(await axeCheck(page)).toEqual([]);
      await page.getByRole('link', { name: 'Glosarium' }).click();
      await expect.poll(() => page.locator('main h1').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.locator('input[type="password"]').count()).toBe(0);
      await page.getByRole('link', { name: 'Masuk' }).click();
      await page.locator('input[type="password"]').waitFor({ timeout: 30_000 });
      await page.context().close();
    },
    SLOW,
  );
});

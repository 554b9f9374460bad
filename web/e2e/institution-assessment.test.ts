import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.service.ts';
import { QUESTIONNAIRE } from '../../src/institution-assessment/questionnaire.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { SLOW } from './page-helpers.ts';

const PASSWORD = 'Penilaian-Lembaga-2024!';

describe.skipIf(skipBrowser)('institution self-assessment', () => {
  const e2e = useE2e();

  /** The Cibuntu cooperative, one of the centres it serves, and its chair's firm, from the demo data. */
  async function cooperative() {
    const institution = await e2e.db
      .selectFrom('institutions')
      .select(['id', 'name'])
      .where('name', '=', 'Koperasi Produsen Tahu Tempe Cibuntu')
      .executeTakeFirstOrThrow();
    const chair = await e2e.db
      .selectFrom('institution_memberships')
      .select('enterprise_id')
      .where('institution_id', '=', institution.id)
      .where('role', '=', 'chair')
      .where('valid_to', 'is', null)
      .executeTakeFirstOrThrow();
    const center = await e2e.db
      .selectFrom('institution_centers')
      .select('center_id')
      .where('institution_id', '=', institution.id)
      .executeTakeFirstOrThrow();
    return { institution, chairFirm: chair.enterprise_id, centerId: center.center_id };
  }

  async function signInAs(email: string): Promise<Page> {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.locator('#signin-email').fill(email);
    await page.locator('#signin-password').fill(PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.getByTestId('signed-in-as').waitFor({ state: 'attached' });
    return page;
  }

  it(
    'a board member answers the questionnaire and sees the tier and what is missing for the next',
    async () => {
      const { institution, chairFirm, centerId } = await cooperative();
      await createUser(e2e.db, {
        email: 'ketua.penilaian@uji.example',
        displayName: 'Ketua Koperasi',
        role: 'enterprise',
        scopes: { regions: [], centers: [], enterprises: [chairFirm], projects: [] },
        personalDataAccess: false,
        password: PASSWORD,
      });
      const page = await signInAs('ketua.penilaian@uji.example');

      // From the centre's institutions tab to the institution's assessment.
      await page.goto(`/sentra/${centerId}?tab=lembaga`);
      await page.locator(`a[href="/lembaga/${institution.id}/penilaian"]`).click();
      await page.getByTestId('institution-assessment').waitFor();
      await expect.poll(() => page.locator('h1').textContent()).toContain(institution.name);

      // Middling answers: every 0–4 item at 2, every yes/no item yes.
      for (const item of QUESTIONNAIRE) {
        const value = item.scale === 'yes_no' ? '1' : '2';
        await page.locator(`fieldset[data-item="${item.id}"] input[value="${value}"]`).check();
      }
      await page.locator('form.entry-form button[type=submit]').click();
      await page.getByTestId('assessment-result').waitFor();
      const tier = (await page.getByTestId('tier').first().textContent()) ?? '';
      expect(['Belum bertingkat', 'Perunggu', 'Perak', 'Emas']).toContain(tier.trim());
      const next = (await page.getByTestId('next-tier').textContent()) ?? '';
      expect(next).toMatch(/Yang kurang untuk (Perunggu|Perak|Emas)|Tingkat tertinggi/);
      await expect
        .poll(() => page.getByTestId('assessment-trend').locator('tbody tr').count())
        .toBeGreaterThan(0);
      // The trend chart: one point per assessment in the table below it.
      const rows = await page.getByTestId('assessment-trend').locator('tbody tr').count();
      expect(await page.getByTestId('assessment-trend-point').count()).toBe(rows);
      await page.getByTestId('assessment-result').scrollIntoViewIfNeeded();
      await screenshot(page, 'institution-assessment');
      expect(await axeCheck(page)).toEqual([]);
    },
    SLOW,
  );

  it(
    'draws the trend as a line over the tier bands, one point per assessment, in both languages',
    async () => {
      const batur = await e2e.db
        .selectFrom('institutions')
        .select('id')
        .where('name', '=', 'Koperasi Batur Jaya')
        .executeTakeFirstOrThrow();
      const stored = await e2e.db
        .selectFrom('institution_assessments')
        .select('id')
        .where('institution_id', '=', batur.id)
        .execute();
      expect(stored.length).toBeGreaterThanOrEqual(2);
      const page = await e2e.signedInPage('admin');
      await page.goto(`/lembaga/${batur.id}/penilaian`);
      const chart = page.getByTestId('assessment-trend-chart');
      await chart.waitFor();
      expect(await chart.getByTestId('assessment-trend-point').count()).toBe(stored.length);
      expect(await page.getByTestId('assessment-trend').locator('tbody tr').count()).toBe(stored.length);
      expect(await chart.locator('path').count()).toBe(1);
      expect(await chart.locator('[data-band]').count()).toBe(4);
      expect(await chart.textContent()).toContain('Skor total dari waktu ke waktu');
      expect(await chart.textContent()).toContain('Perunggu');
      await page.getByTestId('lang-en').click();
      await expect.poll(() => chart.locator('figcaption').textContent()).toBe('Total score over time');
      expect(await chart.textContent()).toContain('Emas (gold)');
      expect(await axeCheck(page)).toEqual([]);
      await chart.scrollIntoViewIfNeeded();
      await screenshot(page, 'institution-assessment-trend');
    },
    SLOW,
  );
});

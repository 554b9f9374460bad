import { describe, expect, it } from 'vitest';
import { CaseCreateSchema } from '../../src/cases/cases.schema.ts';
import { createCase } from '../../src/cases/cases.service.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)('conflict cases', () => {
  const e2e = useE2e();

  it(
    'shows the Cibaduyut manager a reported case on the board and moves it to verifying from its page',
    async () => {
      const page = await e2e.signedInPage('center_manager');
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
      const centerId = found.items[0]?.id as string;
      const kase = await createCase(
        e2e.db,
        CaseCreateSchema.parse({
          centerId,
          caseType: 'DESIGN_COPYING',
          title: 'Model sepatu pantofel ditiru',
          description: 'Model yang dipamerkan di pameran ditiru dan dijual lebih murah.',
        }),
        'board',
      );
      await page.goto('/kasus');
      const column = page.locator('.case-column[data-status=reported]');
      await column.getByRole('link', { name: 'Model sepatu pantofel ditiru' }).click();
      const casePage = page.getByTestId('case-page');
      await casePage.waitFor();
      expect(await casePage.getAttribute('data-status')).toBe('reported');
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'case-page');
      await page.getByRole('button', { name: 'Pindahkan ke "verifikasi"' }).click();
      await page.locator('[data-testid=case-page][data-status=verifying]').waitFor();
      const stored = await e2e.db
        .selectFrom('conflict_cases')
        .select('status')
        .where('id', '=', kase.id)
        .executeTakeFirstOrThrow();
      expect(stored.status).toBe('verifying');
      await page.goto('/kasus');
      await page
        .locator('.case-column[data-status=verifying]')
        .getByText('Model sepatu pantofel ditiru')
        .waitFor();
      await screenshot(page, 'cases-board');
    },
    SLOW,
  );
});

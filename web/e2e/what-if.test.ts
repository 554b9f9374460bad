import { describe, expect, it } from 'vitest';
import { screenshot, skipBrowser, useE2e } from './harness.ts';
import { openCenter, SLOW } from './page-helpers.ts';

const count = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

describe.skipIf(skipBrowser)('what-if simulation on the network page', () => {
  const e2e = useE2e();

  it(
    'mediates a suggested conflict and sees the frustration fall beside today',
    async () => {
      const page = await e2e.signedInPage('admin');
      await openCenter(page, 'Cibaduyut');
      const panel = page.getByTestId('what-if');
      const suggestions = panel.getByTestId('what-if-suggestions');
      await suggestions.locator('li').first().waitFor({ timeout: 120_000 });
      // Conflicts are listed first; applying one simulates its mediation.
      await suggestions.locator('li').first().getByRole('button').click();
      const row = panel.getByTestId('what-if-result').locator('tr', { hasText: 'Indeks frustrasi' });
      await row.waitFor({ timeout: 60_000 });
      const [today, after] = await row.locator('td').allTextContents();
      expect(count(after ?? null)).toBe(count(today ?? null) - 1);
      await screenshot(page, 'what-if');
    },
    SLOW,
  );
});

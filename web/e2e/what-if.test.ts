import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { openCenter, SLOW } from './page-helpers.ts';

const count = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

describe.skipIf(skipBrowser)('what-if simulation on the network page', () => {
  const e2e = useE2e();

  it(
    'mediates a suggested conflict, sees the frustration fall beside today and the mediated tie highlighted in the drawing',
    async () => {
      const page = await e2e.signedInPage('admin');
      await openCenter(page, 'Cibaduyut');
      const panel = page.getByTestId('what-if');
      const suggestions = panel.getByTestId('what-if-suggestions');
      await suggestions.locator('li').first().waitFor({ timeout: 120_000 });
      const canvas = page.getByTestId('network-canvas');
      await expect.poll(() => canvas.getAttribute('data-layout'), { timeout: 60_000 }).toBe('done');
      expect(await canvas.getAttribute('data-whatif')).toBeNull();
      // From the click on, the only request is the what-if itself: the highlighting is drawn from its answer.
      const requests: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/'))
          requests.push(`${request.method()} ${new URL(request.url()).pathname}`);
      });
      // Conflicts are listed first; applying one simulates its mediation.
      await suggestions.locator('li').first().getByRole('button').click();
      const row = panel.getByTestId('what-if-result').locator('tr', { hasText: 'Indeks frustrasi' });
      await row.waitFor({ timeout: 60_000 });
      const [today, after] = await row.locator('td').allTextContents();
      expect(count(after ?? null)).toBe(count(today ?? null) - 1);

      // The drawing shows the mediated conflict tie(s) as removed, nothing added, no firm taken out.
      await expect.poll(() => canvas.getAttribute('data-whatif'), { timeout: 30_000 }).toBe('shown');
      const removed = Number(await canvas.getAttribute('data-whatif-removed-ties'));
      expect(removed).toBeGreaterThanOrEqual(1);
      expect(await canvas.getAttribute('data-whatif-added-ties')).toBe('0');
      expect(await canvas.getAttribute('data-whatif-removed-firms')).toBe('0');
      const legend = page.getByTestId('what-if-legend');
      await expect
        .poll(() => legend.textContent())
        .toContain(`Ikatan yang dihapus atau dimediasi (${removed})`);
      expect(await legend.textContent()).toContain('Ikatan yang ditambahkan (0)');
      // The screenshot shows the drawing with its highlighted change and the legend under it.
      await canvas.scrollIntoViewIfNeeded();
      await screenshot(page, 'what-if');
      expect(await axeCheck(page)).toEqual([]);

      // Back to today: no highlight; and to the what-if again.
      await page.getByTestId('what-if-show-today').check();
      await expect.poll(() => canvas.getAttribute('data-whatif')).toBeNull();
      expect(await legend.textContent()).toContain('Gambar menunjukkan jaringan hari ini');
      await page.getByTestId('what-if-show-after').check();
      await expect.poll(() => canvas.getAttribute('data-whatif-removed-ties')).toBe(String(removed));

      // Between the click and here (toggles included) the what-if was the only request.
      expect(requests).toEqual([expect.stringMatching(/^POST \/api\/centers\/[0-9a-f-]+\/what-if$/)]);

      // The WebGL drawing (sigma) highlights the same ties; then back to the automatic choice (Canvas 2D here).
      const drawing = page.getByLabel('Cara menggambar');
      await drawing.selectOption({ label: 'WebGL (sigma)' });
      await expect.poll(() => canvas.getAttribute('data-renderer'), { timeout: 60_000 }).toBe('webgl');
      await expect
        .poll(() => canvas.getAttribute('data-whatif-removed-ties'), { timeout: 60_000 })
        .toBe(String(removed));
      await drawing.selectOption({ label: 'Otomatis' });
      await expect.poll(() => canvas.getAttribute('data-renderer'), { timeout: 60_000 }).toBe('canvas');

      // The legend in English.
      await page.getByTestId('lang-en').click();
      await expect.poll(() => legend.textContent()).toContain(`Tie removed or mediated (${removed})`);
      expect(await legend.textContent()).toContain('What-if changes in the drawing');
      expect(await legend.textContent()).toContain('Firm that leaves (0)');
    },
    SLOW,
  );
});

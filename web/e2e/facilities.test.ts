import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { openCenter, SLOW } from './page-helpers.ts';

/** A weekday about two months ahead (the demo's bookings reach three weeks ahead): free on the UPTD kiln. */
function freeWeekday(): string {
  const day = new Date(Date.now() + 7 * 3_600_000 + 60 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

describe.skipIf(skipBrowser)('shared facilities', () => {
  const e2e = useE2e();

  it(
    'shows utilisation and the idle kiln, books a day and sees the overlap refused',
    async () => {
      const page = await e2e.signedInPage('admin');
      await openCenter(page, 'Plered');
      const section = page.getByTestId('center-facilities');
      await section.waitFor();
      expect(await section.getByTestId('facility-utilisation').count()).toBe(2);
      expect(await section.getByTestId('facility-idle').count()).toBe(1);

      await section.getByRole('link', { name: 'Tungku UPTD Keramik Plered' }).click();
      const form = page.getByTestId('booking-form');
      await form.waitFor();
      await page.getByTestId('facility-calendar').waitFor();
      const day = freeWeekday();
      const firm = await form.getByLabel('Usaha anggota').locator('option').nth(1).getAttribute('value');
      await form.getByLabel('Usaha anggota').selectOption(firm ?? '');
      await form.getByLabel('Dari tanggal').fill(day);
      await form.getByRole('button', { name: 'Pesan' }).click();
      await expect.poll(() => form.getByRole('status').textContent()).toContain(day);

      await form.getByLabel('Dari tanggal').fill(day);
      await form.getByRole('button', { name: 'Pesan' }).click();
      await page.getByTestId('booking-error').waitFor();
      expect(await page.getByTestId('booking-error').textContent()).toContain('sudah dipesan');
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'facility-booking-refused');
    },
    SLOW,
  );
});

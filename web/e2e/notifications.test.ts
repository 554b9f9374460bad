import { describe, expect, it } from 'vitest';
import { notify } from '../../src/notifications/notify.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

describe.skipIf(skipBrowser)('notifications', () => {
  const e2e = useE2e();

  it('a user sees the bell count, opens the inbox and goes to the object of a notification', async () => {
    const manager = await e2e.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'pengelola.cibaduyut@simpul.demo')
      .executeTakeFirstOrThrow();
    const center = await e2e.db
      .selectFrom('centers')
      .select(['id', 'name'])
      .where('name', '=', 'Sentra Sepatu Cibaduyut')
      .executeTakeFirstOrThrow();
    await notify(e2e.db, [manager.id], 'record_change', { type: 'center', id: center.id }, 'record.changed', {
      name: center.name,
      by: 'Dinas Kota Bandung',
    });

    const page = await e2e.signedInPage('center_manager');
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => page.getByTestId('notification-count').textContent()).toBe('1');
    expect(await bell.getAttribute('aria-label')).toBe('Pemberitahuan, 1 belum dibaca');
    await bell.click();
    await page.getByTestId('inbox').waitFor();
    const item = page.getByTestId('inbox-item').first();
    expect(await item.textContent()).toContain('Sentra Sepatu Cibaduyut diubah oleh Dinas Kota Bandung.');
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'notifications-inbox');

    await item.getByRole('link', { name: 'Sentra Sepatu Cibaduyut diubah' }).click();
    await page.getByTestId('center-page').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/sentra/${center.id}`);
    // Opened means read: the bell has nothing left to count.
    await expect.poll(() => page.getByTestId('notification-count').count()).toBe(0);
    await page.context().close();
  });

  it("the settings screen saves one's own choices, in English too", async () => {
    const page = await e2e.signedInPage('viewer');
    await page.getByTestId('notification-bell').click();
    await page.getByRole('link', { name: 'Pengaturan pemberitahuan' }).click();
    await page.getByTestId('notification-settings').waitFor();
    await page.getByLabel('Pengingat').selectOption('email');
    await page.getByLabel('Bahasa e-mail dan pesan').selectOption('en');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Pengaturan disimpan.');
    const viewer = await e2e.db
      .selectFrom('notification_preferences as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.language', 'p.channels'])
      .where('u.email', '=', 'tamu@simpul.demo')
      .executeTakeFirstOrThrow();
    expect(viewer.language).toBe('en');
    expect(viewer.channels).toMatchObject({ reminder: 'email', record_change: 'in_app' });
    expect(await axeCheck(page)).toEqual([]);
    await page.context().close();
  });
});

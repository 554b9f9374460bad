import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadCibaduyut, navigate, newFirm, PHONE, pick, screenshot, ties } from './field-helpers.ts';
import { skipBrowser, useE2e } from './harness.ts';

/** How many changes wait in the phone's IndexedDB queue. */
function queuedOnPhone(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('simpul-field');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('changes').objectStore('changes').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/** Makes every IndexedDB put and add of the page fail as a full storage does (`full`), or undoes it. */
async function storageFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((on) => {
    const saved = Reflect.get(globalThis, 'simpulStores') as
      | { put: IDBObjectStore['put']; add: IDBObjectStore['add'] }
      | undefined;
    const original = saved ?? { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };
    Reflect.set(globalThis, 'simpulStores', original);
    const refuse = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = on ? refuse : original.put;
    IDBObjectStore.prototype.add = on ? refuse : original.add;
  }, full);
}

describe.skipIf(skipBrowser)('field capture faults (issue #23)', () => {
  const e2e = useE2e();

  it('keeps the queue when the session ended while offline, and sends it once after sign-in', async () => {
    const page = await e2e.signedInPage('regional_officer', PHONE);
    const { centerId, members } = await downloadCibaduyut(page);
    await page.context().setOffline(true);
    await newFirm(page, centerId, 'Sepatu Sesi Habis');
    await ties(page, centerId, 'Sepatu Sesi Habis', members.slice(12, 14));
    await navigate(page, '/lapangan/sinkron');
    await expect.poll(() => page.getByTestId('field-queue').locator('li').count()).toBe(3);

    // Meanwhile the session ends on the server, as a sign-out elsewhere or an admin's revocation does.
    const user = await e2e.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'dinas.bandung@simpul.demo')
      .executeTakeFirstOrThrow();
    await e2e.db
      .updateTable('sessions')
      .set({ revoked_at: new Date() })
      .where('user_id', '=', user.id)
      .execute();

    await page.context().setOffline(false);
    await expect.poll(() => page.getByTestId('field-online').textContent()).toBe('Daring');
    await page.getByTestId('field-sync').click();
    await expect.poll(() => page.getByTestId('field-sync-message').textContent()).toContain('Sesi berakhir');
    // Refused with 401: nothing written, nothing removed from the phone.
    expect(await page.getByTestId('field-queue').locator('li').count()).toBe(3);
    expect(await queuedOnPhone(page)).toBe(3);
    const received = await e2e.db
      .selectFrom('enterprises')
      .select('id')
      .where('name', '=', 'Sepatu Sesi Habis')
      .execute();
    expect(received).toHaveLength(0);
    await screenshot(page, 'field-session-expired-id');

    // The app asks for sign-in; after it, the sync page sends what waited by itself.
    await page.getByTestId('field-sign-in').click();
    await page.locator('#signin-email').waitFor();
    expect(await queuedOnPhone(page)).toBe(3);
    await e2e.signIn(page, 'regional_officer');
    await page.goto('/lapangan/sinkron');
    await expect.poll(() => page.getByTestId('field-sync-message').textContent()).toContain('3 terkirim');
    await expect.poll(() => page.getByTestId('field-results').locator('li').count()).toBe(3);
    expect(await page.getByTestId('field-results').textContent()).not.toContain('sudah diterima');
    expect(await queuedOnPhone(page)).toBe(0);

    const firms = await e2e.db
      .selectFrom('enterprises')
      .select('id')
      .where('name', '=', 'Sepatu Sesi Habis')
      .execute();
    expect(firms).toHaveLength(1);
    const firmId = firms[0]?.id ?? '';
    const tieRows = await e2e.db
      .selectFrom('interactions')
      .select('id')
      .where((w) => w.or([w('from_enterprise_id', '=', firmId), w('to_enterprise_id', '=', firmId)]))
      .execute();
    expect(tieRows).toHaveLength(2);
    const changes = await e2e.db
      .selectFrom('field_changes')
      .select('client_change_id')
      .where('user_id', '=', user.id)
      .execute();
    expect(changes).toHaveLength(3);
    await page.context().close();
  });

  it('says the storage is full before losing anything, in both languages, and keeps the draft on screen', async () => {
    const page = await e2e.signedInPage('regional_officer', PHONE);
    const { centerId, members } = await downloadCibaduyut(page);
    const name = members[8] ?? '';
    await navigate(page, `/lapangan/sentra/${centerId}/profil`);
    await pick(page, 'profile-firm', name);

    // The phone is full: every IndexedDB write fails with QuotaExceededError. CDP's
    // Storage.overrideQuotaForOrigin answers {} but leaves the quota of Playwright's browser contexts as it
    // was (Chromium 156), so the test makes the object stores refuse the way a full disk does.
    await storageFull(page, true);
    const products = page.getByLabel('Produk');
    await products.fill('sepatu kulit, dicatat saat penuh');
    await expect
      .poll(() => page.getByTestId('field-draft-full').textContent())
      .toContain('draf ini TIDAK tersimpan');
    await page.getByRole('button', { name: 'Simpan di ponsel' }).click();
    await expect
      .poll(() => page.getByTestId('field-outcome').textContent())
      .toContain('isian ini TIDAK tersimpan');
    expect(await products.inputValue()).toBe('sepatu kulit, dicatat saat penuh');
    expect(await queuedOnPhone(page)).toBe(0);
    await screenshot(page, 'field-storage-full-id');

    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByTestId('lang-en').click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => page.getByTestId('field-draft-full').textContent()).toContain('NOT saved');
    await page.getByRole('button', { name: 'Save on the phone' }).click();
    await expect
      .poll(() => page.getByTestId('field-outcome').textContent())
      .toContain('this entry was NOT saved');
    expect(await page.getByLabel('Products').inputValue()).toBe('sepatu kulit, dicatat saat penuh');
    await screenshot(page, 'field-storage-full-en');

    // Space again: the same entry, still on screen, is saved.
    await storageFull(page, false);
    await page.getByRole('button', { name: 'Save on the phone' }).click();
    await expect.poll(() => page.getByTestId('field-outcome').textContent()).toMatch(/^1 /);
    expect(await queuedOnPhone(page)).toBe(1);
    await page.context().close();
  });
});

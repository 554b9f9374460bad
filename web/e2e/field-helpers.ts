import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// Helpers of the field-capture browser tests (issue #23): a phone, the package, the pickers.

/** The phone the field tests use. */
export const PHONE = { width: 360, height: 640 };

/** Saves `docs/screenshots/<name>.png` at the phone's size when SIMPUL_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SIMPUL_SCREENSHOTS !== '1') return;
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}

/** Waits until the service worker controls the page (its precache is complete once it is active). */
export async function swReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Downloads Cibaduyut's package from /lapangan and opens its offline home; returns the member names. */
export async function downloadCibaduyut(page: Page): Promise<{ centerId: string; members: string[] }> {
  await page.goto('/lapangan');
  await swReady(page);
  const row = page.getByTestId('field-centers').locator('li').filter({ hasText: 'Cibaduyut' }).first();
  await row.getByRole('button').click();
  await row.getByRole('link').waitFor();
  const href = (await row.getByRole('link').getAttribute('href')) ?? '';
  const centerId = href.split('/').pop() ?? '';
  const members = await page.evaluate(async (id) => {
    const response = await fetch(`/api/field/centers/${id}/package`);
    const pkg = (await response.json()) as { members: { name: string; pending: boolean }[] };
    return pkg.members.filter((m) => !m.pending).map((m) => m.name);
  }, centerId);
  await row.getByRole('link').click();
  return { centerId, members };
}

/** Picks `name` in the picker `testId` by typing part of it. */
export async function pick(page: Page, testId: string, name: string): Promise<void> {
  const picker = page.getByTestId(testId);
  await picker.getByRole('searchbox').fill(name);
  await picker
    .getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .first()
    .click();
}

/** Records a new firm from the centre's offline home. */
export async function newFirm(page: Page, centerId: string, name: string) {
  await navigate(page, `/lapangan/sentra/${centerId}/ikm-baru`);
  await page.getByLabel('Nama IKM').fill(name);
  await page.getByLabel('Nama pemilik').fill('Bu Sari');
  await page.getByLabel('Desa/kelurahan').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Simpan di ponsel' }).click();
  await expect.poll(() => page.getByTestId('field-outcome').textContent()).toMatch(/^1 /);
}

/** Records ties from `respondent` to each of `named` under the first question. */
export async function ties(page: Page, centerId: string, respondent: string, named: string[], shot?: string) {
  await navigate(page, `/lapangan/sentra/${centerId}/hubungan`);
  await pick(page, 'tie-respondent', respondent);
  await page.getByLabel('Pertanyaan').selectOption({ index: 1 });
  for (const name of named) await pick(page, 'tie-add-named', name);
  await expect.poll(() => page.getByTestId('tie-named').locator('li').count()).toBe(named.length);
  if (shot) await screenshot(page, shot);
  await page.getByRole('button', { name: 'Simpan di ponsel' }).click();
  await expect
    .poll(() => page.getByTestId('field-outcome').textContent())
    .toMatch(new RegExp(`^${named.length} `));
}

/** Goes to an in-app path without a page load (works offline before the reload test). */
export async function navigate(page: Page, href: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, href);
}

/**
 * Waits until the phone's stored drafts hold `text` (a form saves its draft with each change, but the last
 * write may still be in flight when a test reloads the page at once on a loaded machine).
 */
export async function draftSaved(page: Page, text: string): Promise<void> {
  const read = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('simpul-field');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('drafts').objectStore('drafts').getAll();
            all.onsuccess = () => {
              open.result.close();
              resolve(JSON.stringify(all.result));
            };
            all.onerror = () => reject(all.error);
          };
        }),
    );
  await expect.poll(read, { timeout: 15_000 }).toContain(text);
}

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.ts';
import { navigate, PHONE, screenshot, swReady } from './field-helpers.ts';
import { skipBrowser, useE2e } from './harness.ts';

/** A project of the demo researcher (its lead unless `role` says otherwise) with two informants and their consent. */
async function researchProject(
  db: Db,
  name: string,
  role: 'lead' | 'coder' = 'lead',
): Promise<{ projectId: string; budi: string }> {
  const researcher = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'peneliti@simpul.demo')
    .executeTakeFirstOrThrow();
  const { id: projectId } = await db
    .insertInto('research_projects')
    .values({ name })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('research_project_members')
    .values({ project_id: projectId, user_id: researcher.id, role })
    .execute();
  const informants = await db
    .insertInto('research_informants')
    .values([
      { project_id: projectId, pseudonym: 'Pak Budi', role: 'pemilik' },
      { project_id: projectId, pseudonym: 'Bu Rina', role: 'pekerja' },
    ])
    .returning(['id', 'pseudonym'])
    .execute();
  const budi = informants.find((i) => i.pseudonym === 'Pak Budi')?.id ?? '';
  await db
    .insertInto('research_consents')
    .values([
      ...(['interview', 'quotation'] as const).map((scope) => ({
        informant_id: budi,
        scope,
        granted_on: '2024-01-10',
      })),
      {
        informant_id: informants.find((i) => i.id !== budi)?.id ?? '',
        scope: 'interview' as const,
        granted_on: '2024-02-01',
      },
    ])
    .execute();
  return { projectId, budi };
}

/** Downloads the project's package from /lapangan and opens its offline page. */
async function downloadProject(page: Page, name: string) {
  await page.goto('/lapangan');
  await swReady(page);
  const row = page.getByTestId('field-projects').locator('li').filter({ hasText: name }).first();
  await row.getByRole('button').click();
  await row.getByRole('link').waitFor();
  await row.getByRole('link').click();
  await page.getByTestId('field-informants').waitFor();
}

describe.skipIf(skipBrowser)('offline interview notes and informant consent on a phone (issue #23)', () => {
  const e2e = useE2e();

  it('downloads a project, records a note and a withdrawal offline, reloads offline, syncs', async () => {
    const { projectId, budi } = await researchProject(e2e.db, 'Kajian sentra sepatu');
    const page = await e2e.signedInPage('researcher', PHONE);
    await downloadProject(page, 'Kajian sentra sepatu');
    expect(await page.getByTestId('field-informants').textContent()).toContain('kutipan sejak 2024-01-10');
    await page.context().setOffline(true);
    await expect.poll(() => page.getByTestId('field-online').textContent()).toContain('Luring');
    await screenshot(page, 'field-research-project-id');

    await page.getByRole('link', { name: 'Catatan wawancara' }).click();
    await page.getByLabel('Judul').fill('Wawancara Pak Budi di bengkel');
    await page
      .getByLabel('Catatan', { exact: true })
      .fill('Pesanan ramai menjelang Lebaran; sol dibeli bersama.');
    await page.getByLabel('Informan (boleh kosong)').selectOption({ label: 'Pak Budi' });
    await page.getByLabel('Tanggal wawancara').fill('2026-12-01');
    await page.getByRole('button', { name: 'Simpan di ponsel' }).click();
    await expect.poll(() => page.getByTestId('field-outcome').textContent()).toMatch(/^1 /);

    await navigate(page, `/lapangan/proyek/${projectId}/persetujuan`);
    await page.getByLabel('Informan', { exact: true }).selectOption({ label: 'Pak Budi' });
    await page.getByTestId('consent-withdrawn').getByLabel('kutipan').check();
    await page.getByLabel('Tanggal', { exact: true }).fill('2026-12-02');
    await page.getByLabel(/^Keterangan/).fill('lisan, direkam');
    await screenshot(page, 'field-research-consent-id');
    await page.getByRole('button', { name: 'Simpan di ponsel' }).click();
    await expect.poll(() => page.getByTestId('field-outcome').textContent()).toMatch(/^1 /);

    // Reload with no connection: the service worker serves the app, IndexedDB the package and the queue.
    await page.reload();
    await navigate(page, `/lapangan/proyek/${projectId}`);
    await expect.poll(() => page.getByTestId('field-queue').locator('li').count()).toBe(2);
    const queue = (await page.getByTestId('field-queue').textContent()) ?? '';
    expect(queue).toContain('Catatan “Wawancara Pak Budi di bengkel” · Kajian sentra sepatu');
    expect(queue).toContain('Persetujuan Pak Budi: ditarik kutipan · Kajian sentra sepatu');

    await page.context().setOffline(false);
    await page.goto('/lapangan/sinkron');
    await page.getByTestId('field-sync').click();
    await expect.poll(() => page.getByTestId('field-sync-message').textContent()).toContain('2 terkirim');
    await expect.poll(() => page.getByTestId('field-results').locator('li').count()).toBe(2);
    expect(await page.getByTestId('field-results').textContent()).toContain('tersimpan di server');
    await screenshot(page, 'field-research-sync-id');

    const api = await page.evaluate(async (id) => {
      const docs = await (await fetch(`/api/research/projects/${id}/documents`)).json();
      const informants = await (await fetch(`/api/research/projects/${id}/informants`)).json();
      return { docs, informants } as {
        docs: { items: { title: string; heldOn: string | null }[] };
        informants: { items: { id: string; consents: { scope: string; withdrawnOn: string | null }[] }[] };
      };
    }, projectId);
    expect(api.docs.items.map((d) => d.title)).toContain('Wawancara Pak Budi di bengkel');
    const consents = api.informants.items.find((i) => i.id === budi)?.consents ?? [];
    expect(consents.find((c) => c.scope === 'quotation')?.withdrawnOn).toBe('2026-12-02');
    expect(consents.find((c) => c.scope === 'interview')?.withdrawnOn).toBeNull();
    await page.context().close();
  });

  it("offers a coder the informants but not the forms only a project's leads may send", async () => {
    await researchProject(e2e.db, 'Kajian sentra gerabah', 'coder');
    const page = await e2e.signedInPage('researcher', PHONE);
    await downloadProject(page, 'Kajian sentra gerabah');
    await page.getByTestId('field-research-lead-only').waitFor();
    expect(await page.getByTestId('field-informants').textContent()).toContain('Pak Budi');
    expect(await page.locator('.field-actions a').count()).toBe(0);
  });

  it('shows the project and the consent form in English at 360 px', async () => {
    await researchProject(e2e.db, 'Shoe centre study');
    const page = await e2e.newPage(PHONE);
    await page.addInitScript(() => localStorage.setItem('simpul.lang', 'en'));
    await e2e.signIn(page, 'researcher');
    await downloadProject(page, 'Shoe centre study');
    expect(await page.getByTestId('field-informants').textContent()).toContain('quotation since 2024-01-10');
    await screenshot(page, 'field-research-project-en');
    await page.getByRole('link', { name: 'Informant consent' }).click();
    await page.getByLabel('Informant', { exact: true }).selectOption({ label: 'Pak Budi' });
    await page.getByTestId('consent-withdrawn').getByLabel('quotation').check();
    await page.getByTestId('consent-granted').getByLabel('quotation').check();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('cannot be granted');
    expect(await page.getByRole('button', { name: 'Save on the phone' }).isDisabled()).toBe(true);
    await page.getByTestId('consent-granted').getByLabel('quotation').uncheck();
    await screenshot(page, 'field-research-consent-en');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  it('upgrades a phone holding a version-1 queue without losing it, then stores a project beside it', async () => {
    await researchProject(e2e.db, 'Kajian peningkatan');
    const page = await e2e.newPage(PHONE);
    await page.goto('/');
    // The field database as version 1 of the app left it (Dexie keeps version n as IndexedDB version 10n),
    // with one centre change waiting.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('simpul-field', 10);
          open.onupgradeneeded = () => {
            const db = open.result;
            db.createObjectStore('packages', { keyPath: 'centerId' });
            const changes = db.createObjectStore('changes', { keyPath: 'seq', autoIncrement: true });
            changes.createIndex('clientChangeId', 'clientChangeId', { unique: true });
            changes.createIndex('state', 'state');
            changes.createIndex('centerId', 'centerId');
            db.createObjectStore('sent', { keyPath: 'clientChangeId' }).createIndex('sentAt', 'sentAt');
            db.createObjectStore('drafts', { keyPath: 'key' });
            const id = crypto.randomUUID();
            changes.add({
              clientChangeId: id,
              centerId: '00000000-0000-4000-8000-000000000001',
              state: 'pending',
              label: { kind: 'enterprise.create', params: { name: 'Sepatu Lama' } },
              result: null,
              change: { kind: 'enterprise.create', clientChangeId: id, payload: { name: 'Sepatu Lama' } },
            });
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await e2e.signIn(page, 'researcher');
    await downloadProject(page, 'Kajian peningkatan');
    await page.goto('/lapangan/sinkron');
    await expect.poll(() => page.getByTestId('field-queue').textContent()).toContain('IKM baru Sepatu Lama');
    await page.context().close();
  });
});

import { describe, expect, it } from 'vitest';
import { downloadCibaduyut, navigate, newFirm, PHONE, pick, screenshot, ties } from './field-helpers.ts';
import { skipBrowser, useE2e } from './harness.ts';

describe.skipIf(skipBrowser)('offline field capture on a phone (issue #23)', () => {
  const e2e = useE2e();

  it('downloads a package, records offline, reloads offline, syncs, and the ties are in the network', async () => {
    const page = await e2e.signedInPage('regional_officer', PHONE);
    const { centerId, members } = await downloadCibaduyut(page);
    expect(members.length).toBeGreaterThan(4);
    await page.context().setOffline(true);
    await expect.poll(() => page.getByTestId('field-online').textContent()).toContain('Luring');

    await newFirm(page, centerId, 'Sepatu Lapangan Jaya');
    await ties(page, centerId, 'Sepatu Lapangan Jaya', members.slice(0, 3), 'field-ties-id');
    // A profile update of a member.
    await navigate(page, `/lapangan/sentra/${centerId}/profil`);
    await pick(page, 'profile-firm', members[3] ?? '');
    await page.getByLabel('Produk').fill('sepatu kulit, sandal (dicatat di lapangan)');
    await page.getByRole('button', { name: 'Simpan di ponsel' }).click();
    await expect.poll(() => page.getByTestId('field-outcome').textContent()).toMatch(/^1 /);

    // Reload with no connection: the service worker serves the app, IndexedDB the data.
    await page.reload();
    await navigate(page, `/lapangan/sentra/${centerId}`);
    await expect.poll(() => page.getByTestId('field-queue').locator('li').count()).toBe(5);
    await screenshot(page, 'field-offline-home-id');

    await page.context().setOffline(false);
    await page.goto('/lapangan/sinkron');
    await page.getByTestId('field-sync').click();
    await expect.poll(() => page.getByTestId('field-sync-message').textContent()).toContain('5 terkirim');
    await expect.poll(() => page.getByTestId('field-results').locator('li').count()).toBe(5);
    await screenshot(page, 'field-sync-id');

    const firm = await e2e.db
      .selectFrom('enterprises')
      .select(['id', 'pending_since'])
      .where('name', '=', 'Sepatu Lapangan Jaya')
      .executeTakeFirstOrThrow();
    expect(firm.pending_since).not.toBeNull();
    const tieRows = await e2e.db
      .selectFrom('interactions')
      .select('id')
      .where((w) => w.or([w('from_enterprise_id', '=', firm.id), w('to_enterprise_id', '=', firm.id)]))
      .execute();
    expect(tieRows).toHaveLength(3);
    // The centre's network as the API serves it holds the new ties.
    const network = await page.evaluate(
      async (id) => (await fetch(`/api/centers/${id}/network`)).text(),
      centerId,
    );
    expect(network).toContain(firm.id);
  });

  it('shows a conflict when the firm changed on the server meanwhile, and resolves it (English)', async () => {
    const page = await e2e.newPage(PHONE);
    await page.addInitScript(() => localStorage.setItem('simpul.lang', 'en'));
    await e2e.signIn(page, 'regional_officer');
    const { centerId, members } = await downloadCibaduyut(page);
    const name = members[5] ?? '';
    await page.context().setOffline(true);
    await navigate(page, `/lapangan/sentra/${centerId}/profil`);
    await pick(page, 'profile-firm', name);
    await page.getByLabel('Products').fill('mine: boots');
    await page.getByRole('button', { name: 'Save on the phone' }).click();
    await expect.poll(() => page.getByTestId('field-outcome').textContent()).toMatch(/^1 /);

    // Meanwhile an officer edits the same firm through the API from another browser.
    const other = await e2e.signedInPage('admin');
    const firm = await e2e.db
      .selectFrom('enterprises')
      .select(['id', 'version'])
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    const status = await other.evaluate(
      async ({ id, version }) => {
        const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
        const response = await fetch(`/api/enterprises/${id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ products: 'theirs: sandals', version }),
        });
        return response.status;
      },
      { id: firm.id, version: firm.version },
    );
    expect(status).toBe(200);

    await page.context().setOffline(false);
    await page.goto('/lapangan/sinkron');
    await page.getByTestId('field-sync').click();
    await expect.poll(() => page.getByTestId('field-results').textContent()).toContain('conflict');
    const conflicts = page.getByTestId('field-conflicts');
    await expect.poll(() => conflicts.textContent()).toContain('theirs: sandals');
    expect(await conflicts.textContent()).toContain('mine: boots');
    await screenshot(page, 'field-conflict-en');
    await conflicts.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => conflicts.textContent()).toContain('Conflict resolved.');
    const after = await e2e.db
      .selectFrom('enterprises')
      .select('products')
      .where('id', '=', firm.id)
      .executeTakeFirstOrThrow();
    expect(after.products).toBe('mine: boots');
  });

  it('merges a conflict field by field: what only one side changed by itself, the rest as picked', async () => {
    const page = await e2e.signedInPage('regional_officer', PHONE);
    const { centerId, members } = await downloadCibaduyut(page);
    const name = members[4] ?? '';
    await page.context().setOffline(true);
    await navigate(page, `/lapangan/sentra/${centerId}/profil`);
    await pick(page, 'profile-firm', name);
    await page.getByLabel('Nama IKM').fill('IKM Nama dari Lapangan');
    await page.getByLabel('Produk').fill('sandal anyaman (lapangan)');
    await page.getByRole('button', { name: 'Simpan di ponsel' }).click();
    await expect.poll(() => page.getByTestId('field-outcome').textContent()).toMatch(/^1 /);

    // Meanwhile the office renames the firm; its products stay as they were.
    const other = await e2e.signedInPage('admin');
    const firm = await e2e.db
      .selectFrom('enterprises')
      .select(['id', 'version'])
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    const status = await other.evaluate(
      async ({ id, version }) => {
        const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
        const response = await fetch(`/api/enterprises/${id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ name: 'IKM Nama dari Kantor', version }),
        });
        return response.status;
      },
      { id: firm.id, version: firm.version },
    );
    expect(status).toBe(200);
    await other.context().close();

    await page.context().setOffline(false);
    await page.goto('/lapangan/sinkron');
    await page.getByTestId('field-sync').click();
    const conflict = page.getByTestId('field-conflict');
    await conflict.waitFor();
    // Products: only the collector changed them, settled by itself. Name: both changed, to be picked.
    await expect
      .poll(() => conflict.locator('fieldset').evaluateAll((els) => els.map((e) => e.dataset.outcome)))
      .toEqual(['ask', 'mine']);
    expect(await conflict.locator('fieldset[data-outcome=mine]').textContent()).toContain(
      'hanya Anda yang mengubah',
    );
    const save = conflict.getByRole('button', { name: 'Simpan pilihan' });
    expect(await save.isDisabled()).toBe(true);
    await screenshot(page, 'field-merge-id');
    await conflict.getByLabel('Data server: IKM Nama dari Kantor').check();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByTestId('lang-en').click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => conflict.textContent()).toContain('only you changed it; yours is kept');
    await screenshot(page, 'field-merge-en');
    await conflict.getByRole('button', { name: 'Save my choices' }).click();
    await expect
      .poll(() => page.getByTestId('field-conflicts').textContent())
      .toContain('Conflict resolved.');
    const after = await e2e.db
      .selectFrom('enterprises')
      .select(['name', 'products'])
      .where('id', '=', firm.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ name: 'IKM Nama dari Kantor', products: 'sandal anyaman (lapangan)' });
  });

  it('loses and duplicates nothing when the connection drops in the middle of a sync', async () => {
    const page = await e2e.signedInPage('regional_officer', PHONE);
    const { centerId, members } = await downloadCibaduyut(page);
    await page.context().setOffline(true);
    await newFirm(page, centerId, 'Tas Sinyal Putus');
    await ties(page, centerId, 'Tas Sinyal Putus', members.slice(6, 12));
    await page.context().setOffline(false);

    // The second request reaches the server, which applies it, but its answer never arrives.
    let requests = 0;
    await page.route('**/api/field/sync', async (route) => {
      requests += 1;
      if (requests === 2) {
        await route.fetch();
        await route.abort('connectionreset');
      } else await route.continue();
    });
    await page.goto('/lapangan/sinkron');
    await page.getByTestId('field-sync').click();
    await expect
      .poll(() => page.getByTestId('field-sync-message').textContent())
      .toContain('Koneksi terputus');
    expect(await page.getByTestId('field-queue').locator('li').count()).toBe(2);
    await page.unroute('**/api/field/sync');
    await page.getByTestId('field-sync').click();
    await expect.poll(() => page.getByTestId('field-sync-message').textContent()).toContain('2 terkirim');
    expect(await page.getByTestId('field-results').textContent()).toContain('sudah diterima sebelumnya');

    const firms = await e2e.db
      .selectFrom('enterprises')
      .select('id')
      .where('name', '=', 'Tas Sinyal Putus')
      .execute();
    expect(firms).toHaveLength(1);
    const firmId = firms[0]?.id ?? '';
    const tieRows = await e2e.db
      .selectFrom('interactions')
      .select('id')
      .where((w) => w.or([w('from_enterprise_id', '=', firmId), w('to_enterprise_id', '=', firmId)]))
      .execute();
    expect(tieRows).toHaveLength(6);
  });
});

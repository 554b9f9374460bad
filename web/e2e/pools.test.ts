import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.service.ts';
import type { Interaction } from '../../src/interactions/interactions.schema.ts';
import type { Pool } from '../../src/pools/pools.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

const PASSWORD = 'Kedelai-Bersama-2024!';

describe.skipIf(skipBrowser)('joint purchasing pools', () => {
  const e2e = useE2e();

  /** The Cibuntu cooperative, its chair's firm and two plain members still in it, from the demo data. */
  async function cooperative() {
    const institution = await e2e.db
      .selectFrom('institutions')
      .select(['id', 'name'])
      .where('name', '=', 'Koperasi Produsen Tahu Tempe Cibuntu')
      .executeTakeFirstOrThrow();
    const members = await e2e.db
      .selectFrom('institution_memberships as im')
      .innerJoin('enterprises as e', 'e.id', 'im.enterprise_id')
      .select(['e.id', 'e.name', 'im.role'])
      .where('im.institution_id', '=', institution.id)
      .where('im.valid_to', 'is', null)
      .orderBy('e.name')
      .execute();
    const chair = members.find((m) => m.role === 'chair');
    const plain = members.filter((m) => m.role === 'member').slice(0, 2);
    if (!chair || plain.length < 2) throw new Error('the demo cooperative has no chair or too few members');
    return { institution, chair, plain: plain as [(typeof plain)[0], (typeof plain)[0]] };
  }

  async function userFor(email: string, enterpriseId: string) {
    await createUser(e2e.db, {
      email,
      displayName: email,
      role: 'enterprise',
      scopes: { regions: [], centers: [], enterprises: [enterpriseId], projects: [] },
      personalDataAccess: false,
      password: PASSWORD,
    });
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

  async function pledgeAs(email: string, poolId: string, quantity: string): Promise<string> {
    const page = await signInAs(email);
    await page.goto(`/beli-bersama/${poolId}`);
    const form = page.getByTestId('pledge-form');
    await form.getByLabel('Jumlah (kg)').fill(quantity);
    await form.getByRole('button', { name: 'Simpan janji' }).click();
    await expect.poll(() => page.getByTestId('shares-table').textContent()).toContain(`${quantity} kg`);
    const current = (await page.locator('.tier-list li[data-current=true]').textContent()) ?? '';
    await page.context().close();
    return current;
  }

  it(
    'runs a pool from opening to split: two members pledge, the tier changes, the split records ties',
    async () => {
      const { institution, chair, plain } = await cooperative();
      await userFor('ketua.koperasi@uji.example', chair.id);
      await userFor('anggota.satu@uji.example', plain[0].id);
      await userFor('anggota.dua@uji.example', plain[1].id);

      // The chair opens the pool from the list, with three tiers.
      const board = await signInAs('ketua.koperasi@uji.example');
      await board.goto('/beli-bersama');
      await board.getByTestId('pools-table').waitFor();
      await screenshot(board, 'pools-list');
      await board.getByRole('button', { name: 'Buka pembelian bersama' }).click();
      const form = board.getByTestId('pool-form');
      await form.getByLabel('Sentra').selectOption({ label: 'Sentra Tahu Tempe Cibuntu' });
      await expect
        .poll(() => form.getByLabel('Koperasi / paguyuban').locator('option').count())
        .toBeGreaterThan(1);
      await form.getByLabel('Koperasi / paguyuban').selectOption({ label: institution.name });
      await form.getByLabel('Bahan').fill('Kedelai impor uji');
      await form.getByLabel('Pemasok').fill('CV Kedelai Uji');
      await form.getByLabel('Mulai dari jumlah (tingkat 1)').fill('200');
      await form.getByLabel('Harga satuan Rp (tingkat 1)').fill('12000');
      await form.getByRole('button', { name: 'Tambah tingkat' }).click();
      await form.getByLabel('Mulai dari jumlah (tingkat 2)').fill('100');
      await form.getByLabel('Harga satuan Rp (tingkat 2)').fill('11000');
      await form.getByLabel('Jumlah minimum pembelian').fill('300');
      const closing = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      await form.getByLabel('Tanggal tutup').fill(closing);
      await form.getByRole('button', { name: 'Buka', exact: true }).click();
      // Tiers that do not increase: the message names the tier at its field, nothing is written.
      await expect
        .poll(() => form.locator('.field-error').first().textContent())
        .toContain('Tingkat harga 2: jumlah minimum (100) harus lebih besar');
      await screenshot(board, 'pool-form');
      await form.getByLabel('Mulai dari jumlah (tingkat 2)').fill('500');
      await form.getByRole('button', { name: 'Buka', exact: true }).click();
      await board.getByTestId('pool-page').waitFor();
      const poolId = new URL(board.url()).pathname.split('/').at(-1) ?? '';
      expect(await axeCheck(board)).toEqual([]);

      // Two members pledge as themselves; the second pledge moves the pool to the cheaper tier.
      expect(await pledgeAs('anggota.satu@uji.example', poolId, '250')).toContain('≥ 200 kg');
      expect(await pledgeAs('anggota.dua@uji.example', poolId, '300')).toContain('≥ 500 kg');

      // The chair sees the tier bar at the second tier, closes, records the purchase and splits.
      await board.reload();
      await board.getByTestId('tier-bar').waitFor();
      expect(await board.getByTestId('pledged-total').textContent()).toContain('550 kg');
      await screenshot(board, 'pool-detail');
      const actions = board.getByTestId('board-actions');
      await actions.getByRole('button', { name: 'Tutup pembelian bersama' }).click();
      await board.getByTestId('purchase-form').waitFor();
      await board.getByTestId('purchase-form').getByRole('button', { name: 'Simpan pembelian' }).click();
      await board.locator('[data-testid=pool-page][data-status=purchased]').waitFor();
      await board.getByRole('button', { name: 'Bagi ke anggota' }).click();
      await board.locator('[data-testid=pool-page][data-status=split]').waitFor();
      expect(await board.getByTestId('deliveries').textContent()).toContain(plain[0].name);
      expect(await board.getByTestId('pool-ties').textContent()).toContain('1 ikatan');
      expect(await axeCheck(board)).toEqual([]);
      await screenshot(board, 'pool-split');
      await board.context().close();

      // The realised cooperation is a JOINT_PURCHASING tie between the two members, visible through the API.
      const admin = await e2e.signedInPage('admin');
      const pool = await apiGet<Pool>(admin, `/pools/${poolId}`);
      expect(pool.totals.savings).toBe(550 * (12_000 - 11_000));
      const [tieId] = pool.tieIds;
      const tie = await apiGet<Interaction>(admin, `/interactions/${tieId}`);
      expect(tie.type).toBe('JOINT_PURCHASING');
      expect([tie.fromEnterpriseId, tie.toEnterpriseId].sort()).toEqual([plain[0].id, plain[1].id].sort());
      // The same page in English.
      await admin.goto(`/beli-bersama/${poolId}`);
      await admin.getByTestId('lang-en').click();
      await expect
        .poll(() => admin.getByTestId('savings-line').textContent())
        .toBe('Savings against buying alone: Rp 550,000');
      expect(await admin.locator('.pool-status').textContent()).toBe('split');
      expect(await axeCheck(admin)).toEqual([]);
      await admin.context().close();
    },
    SLOW,
  );
});

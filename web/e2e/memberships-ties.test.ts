import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../src/interactions/interactions.schema.ts';
import type { EnterpriseMemberships } from '../../src/memberships/memberships.schema.ts';
import { axeCheck, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

const today = () => new Date().toISOString().slice(0, 10);

describe.skipIf(skipBrowser)('memberships and ties from the centre and enterprise pages', () => {
  const e2e = useE2e();

  it(
    'adds a firm to a centre, refuses an overlapping period with the server’s words, and ends the membership',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const center = (await apiGet<{ items: { id: string; name: string }[] }>(page, '/centers?q=Cibaduyut'))
        .items[0]!;
      const members = await apiGet<{ items: { id: string }[] }>(
        page,
        `/enterprises?center=${center.id}&limit=500`,
      );
      const inScope = await apiGet<{ items: { id: string; name: string }[] }>(page, '/enterprises?limit=500');
      const outsider = inScope.items.find((f) => !members.items.some((m) => m.id === f.id));
      expect(outsider, 'a firm in the officer’s scope outside Cibaduyut').toBeDefined();
      const firm = outsider!;

      await page.goto(`/sentra/${center.id}?tab=ikm`);
      const form = page.getByTestId('add-member');
      await form.locator('summary').click();
      await form.getByLabel('Cari IKM (nama atau pemilik)').fill(firm.name);
      const select = form.getByRole('combobox', { name: /^IKM/ });
      await expect.poll(() => select.locator(`option[value="${firm.id}"]`).count()).toBe(1);
      await select.selectOption(firm.id);
      await form.getByRole('button', { name: 'Tambahkan' }).click();
      await expect.poll(() => page.getByTestId('add-member-outcome').textContent()).toContain(firm.name);
      await page.getByTestId('firm-search').fill(firm.name);
      await expect.poll(() => page.getByTestId('firms-table').textContent()).toContain(firm.name);
      expect(await axeCheck(page)).toEqual([]);

      // The same firm again from today overlaps: the server's message is shown and nothing is added.
      await form.getByLabel('Cari IKM (nama atau pemilik)').fill(firm.name);
      await expect.poll(() => select.locator(`option[value="${firm.id}"]`).count()).toBe(1);
      await select.selectOption(firm.id);
      await form.getByRole('button', { name: 'Tambahkan' }).click();
      // The server names the start date as the problem, so its message sits at that field.
      const refusal = form.locator('.field-error');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('tidak boleh tumpang tindih');
      expect(await form.getByLabel('Anggota sejak').getAttribute('aria-invalid')).toBe('true');
      const periods = await apiGet<EnterpriseMemberships>(page, `/enterprises/${firm.id}/memberships`);
      expect(periods.centers.filter((m) => m.centerId === center.id)).toHaveLength(1);

      // End it from the firm's page: the period gets its last day.
      await page.goto(`/ikm/${firm.id}`);
      const item = page.getByTestId('memberships').locator('li').filter({ hasText: center.name });
      await item.getByRole('button', { name: `Akhiri keanggotaan di ${center.name}` }).click();
      await item.getByLabel('Hari terakhir sebagai anggota').fill(today());
      await item.getByRole('button', { name: 'Simpan tanggal akhir' }).click();
      await expect.poll(() => item.getByRole('button').count()).toBe(0);
      const ended = await apiGet<EnterpriseMemberships>(page, `/enterprises/${firm.id}/memberships`);
      expect(ended.centers.find((m) => m.centerId === center.id)?.validTo).toBe(today());
      expect(await item.textContent()).toMatch(/–/);
      expect(await axeCheck(page)).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'pages a long tie list, ends a tie, archives one, and reloads when someone changed a tie meanwhile',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const center = (await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut')).items[0]!;
      const all = await apiGet<{ items: Interaction[] }>(page, `/interactions?center=${center.id}&limit=500`);
      const counts = new Map<string, number>();
      for (const x of all.items) counts.set(x.fromEnterpriseId, (counts.get(x.fromEnterpriseId) ?? 0) + 1);
      const [firmId] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      const ties = async () =>
        (await apiGet<{ items: Interaction[] }>(page, `/interactions?enterprise=${firmId}&limit=500`)).items;
      const outgoing = (await ties()).filter((x) => x.fromEnterpriseId === firmId);

      await page.goto(`/ikm/${firmId}`);
      const table = page.getByTestId('ties-out');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(Math.min(20, outgoing.length));
      // The busiest firm has more ties than one page shows; the next page holds the rest.
      expect(outgoing.length).toBeGreaterThan(20);
      expect(await page.getByTestId('ties-out-range').textContent()).toBe(`1–20 dari ${outgoing.length}`);
      await page
        .getByTestId('ties-out-range')
        .locator('..')
        .getByRole('button', { name: 'Berikutnya' })
        .click();
      expect(await table.locator('tbody tr').count()).toBe(Math.min(20, outgoing.length - 20));
      await page
        .getByTestId('ties-out-range')
        .locator('..')
        .getByRole('button', { name: 'Sebelumnya' })
        .click();

      // End an ongoing tie today.
      const open = table.locator('tbody tr').filter({ has: page.getByRole('button', { name: 'Akhiri' }) });
      const openId = (await open.first().getAttribute('data-tie'))!;
      const row = table.locator(`tr[data-tie="${openId}"]`);
      await row.getByRole('button', { name: 'Akhiri' }).click();
      await row.getByLabel(/Berakhir pada/).fill(today());
      await row.getByRole('button', { name: 'Simpan' }).click();
      await expect.poll(() => page.getByTestId('ties-notice').textContent()).toBe('Ikatan diperbarui.');
      expect((await ties()).find((x) => x.id === openId)?.endDate).toBe(today());
      await expect.poll(() => row.getByRole('button', { name: 'Akhiri' }).count()).toBe(0);
      expect(await axeCheck(page)).toEqual([]);

      // Archive another: it leaves the list.
      const otherId = (await table.locator('tbody tr').nth(1).getAttribute('data-tie'))!;
      const other = table.locator(`tr[data-tie="${otherId}"]`);
      await other.getByRole('button', { name: 'Arsipkan' }).click();
      await other.getByRole('button', { name: 'Arsipkan' }).click();
      await expect.poll(() => page.getByTestId('ties-notice').textContent()).toBe('Ikatan diarsipkan.');
      await expect.poll(() => other.count()).toBe(0);
      expect((await ties()).some((x) => x.id === otherId)).toBe(false);

      // Someone else saves a tie after the page loaded: the write is refused and the list reloads.
      const thirdId = (await table.locator('tbody tr').nth(2).getAttribute('data-tie'))!;
      const third = table.locator(`tr[data-tie="${thirdId}"]`);
      await third.getByRole('button', { name: 'Perbaiki' }).click();
      await e2e.db
        .updateTable('interactions')
        .set({ version: sql`version + 1` })
        .where('id', '=', thirdId)
        .execute();
      await third.getByLabel('Kekuatan (1–5)').fill('4');
      await third.getByRole('button', { name: 'Simpan' }).click();
      await expect
        .poll(() => page.getByTestId('ties-notice').textContent())
        .toContain('Orang lain telah mengubah');
      await page.context().close();
    },
    SLOW,
  );
});

import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

interface Member {
  enterpriseId: string;
  enterpriseName: string;
  validFrom: string;
  validTo: string | null;
}

describe.skipIf(skipBrowser)('editing and deleting an intervention', () => {
  const e2e = useE2e();

  it(
    'an officer records an intervention for two firms, edits its cost, sees before and after, deletes it',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
      const centerId = found.items[0]?.id as string;
      // Two firms that are members today and were in 2022, not yet in 1980.
      const members = await apiGet<{ items: Member[] }>(
        page,
        `/centers/${centerId}/members?history=true&limit=500`,
      );
      const current = members.items.filter(
        (m) => m.validTo === null && m.validFrom > '1980-12-31' && m.validFrom <= '2022-01-01',
      );
      const [first, second] = current;
      if (!first || !second) throw new Error('The demo centre needs two current members');
      const title = 'Pelatihan pola sepatu 2022';

      await page.goto(`/sentra/${centerId}?tab=indikator`);
      const card = page.getByTestId('interventions');
      await card.getByRole('button', { name: 'Catat intervensi' }).click();
      const form = page.getByTestId('intervention-form');
      await form.getByLabel('Jenis intervensi').selectOption('training');
      await form.getByLabel('Judul').fill(title);
      await form.getByLabel('Tanggal mulai').fill('1980-03-01');
      await form.getByLabel('Tanggal selesai').fill('1980-03-31');
      await form.getByLabel('Biaya (Rp)').fill('400000000');
      await form.getByLabel('Sumber dana').selectOption('apbd');

      // The firms are picked from the centre's list, narrowed by the filter; the count follows.
      const firms = form.getByTestId('beneficiary-enterprises');
      const filter = firms.getByLabel('Saring menurut nama');
      for (const firm of [first, second]) {
        await filter.fill(firm.enterpriseName);
        await firms.getByRole('checkbox', { name: firm.enterpriseName, exact: true }).check();
      }
      await filter.fill('');
      await expect.poll(() => firms.locator('legend').textContent()).toContain('2 dipilih');

      // In 1980 neither firm was a member: the server refuses them, and the refusal shows at the list.
      await form.getByRole('button', { name: 'Simpan' }).click();
      await expect
        .poll(() => firms.textContent())
        .toContain(`"${first.enterpriseName}" bukan anggota sentra ini`);
      expect(await firms.getAttribute('aria-invalid')).toBe('true');
      expect(await firms.textContent()).toContain(`"${second.enterpriseName}" bukan anggota sentra ini`);
      await screenshot(page, 'intervention-beneficiaries-refused');

      await form.getByLabel('Tanggal mulai').fill('2022-03-01');
      await form.getByLabel('Tanggal selesai').fill('2022-09-30');
      await form.getByRole('button', { name: 'Simpan' }).click();
      await page.getByRole('heading', { name: title }).waitFor({ timeout: 30_000 });
      const facts = page.locator('dl.facts');
      await expect.poll(() => facts.textContent()).toContain('400.000.000');
      const shown = (await facts.textContent()) ?? '';
      expect(shown).toContain(first.enterpriseName);
      expect(shown).toContain(second.enterpriseName);
      expect(await axeCheck(page)).toEqual([]);

      // Edit the cost: the form opens with what was recorded, and the page shows the new figure after.
      await page.getByRole('button', { name: 'Ubah intervensi' }).click();
      const edit = page.getByTestId('intervention-form');
      expect(await edit.getByLabel('Biaya (Rp)').inputValue()).toBe('400000000');
      expect(await edit.getByTestId('beneficiary-enterprises').locator('legend').textContent()).toContain(
        '2 dipilih',
      );
      await edit.getByLabel('Biaya (Rp)').fill('450000000');
      await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
      await expect.poll(() => facts.textContent()).toContain('450.000.000');
      expect(await facts.textContent()).not.toContain('400.000.000');
      expect(await facts.textContent()).toContain(second.enterpriseName);
      // Its before/after is shown with the DiD explained.
      await page.getByTestId('intervention-effect').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-glossary="interventionDid"]').count()).toBe(1);
      await screenshot(page, 'intervention-edited');

      // Delete asks first; cancelling keeps it, confirming leads back to the centre without it.
      await page.getByRole('button', { name: 'Hapus intervensi' }).click();
      const confirm = page.getByTestId('confirm-delete');
      await confirm.getByText('Hapus intervensi ini?').waitFor();
      await confirm.getByRole('button', { name: 'Batal' }).click();
      await page.getByRole('button', { name: 'Hapus intervensi' }).click();
      await page.getByTestId('confirm-delete').getByRole('button', { name: 'Ya, hapus' }).click();
      await page.waitForURL(`**/sentra/${centerId}?tab=indikator`);
      const list = page.getByTestId('interventions');
      await list.getByRole('link', { name: /Revitalisasi Sentra Sepatu Cibaduyut/ }).waitFor();
      expect(await list.getByRole('link', { name: title }).count()).toBe(0);
    },
    SLOW,
  );
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

interface Firm {
  id: string;
  name: string;
  address: string | null;
  phone: string | null;
  products: string | null;
  version: number;
}

/** A PATCH through the signed-in page (its session and CSRF token), as another tab of the same user would. */
async function apiPatch(page: Page, path: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ({ url, payload }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const response = await fetch(url, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(payload),
      });
      return response.status;
    },
    { url: `/api${path}`, payload: body },
  );
}

/** A Cibaduyut member firm, as the officer's API answers it. */
async function cibaduyutFirm(page: Page, index: number): Promise<Firm> {
  const centers = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
  const firms = await apiGet<{ items: Firm[] }>(page, `/enterprises?center=${centers.items[0]!.id}&limit=5`);
  return firms.items[index]!;
}

async function openEdit(page: Page, firm: Firm) {
  await page.goto(`/ikm/${firm.id}`);
  await page.locator('summary', { hasText: 'Ubah data IKM' }).click();
}

describe.skipIf(skipBrowser)('editing records', () => {
  const e2e = useE2e();

  it(
    'lets an officer correct an enterprise and shows it saved',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const firm = await cibaduyutFirm(page, 0);
      await openEdit(page, firm);
      const products = page.getByLabel(/^Produk/);
      await expect.poll(() => products.inputValue()).toBe(firm.products ?? '');
      await products.fill('Sepatu kulit dan sandal');
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'edit-form');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByText('Perubahan tersimpan.').waitFor();
      await page.locator('.center-facts').getByText('Sepatu kulit dan sandal').waitFor();
      const stored = await e2e.db
        .selectFrom('enterprises')
        .select(['products', 'version'])
        .where('id', '=', firm.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ products: 'Sepatu kulit dan sandal', version: firm.version + 1 });
      await page.getByTestId('lang-en').click();
      await page.getByText('Changes saved.').waitFor();
      await screenshot(page, 'edit-form-en');
      await page.context().close();
    },
    SLOW,
  );

  it(
    'shows what someone else changed meanwhile and saves the fields the user picks',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const firm = await cibaduyutFirm(page, 1);
      await openEdit(page, firm);
      await page.getByLabel('Nama', { exact: true }).fill('IKM Sepatu Pilihan Saya');
      await page.getByLabel(/^Telepon/).fill('022-5401234');
      // Meanwhile, someone else renames the firm and corrects its address.
      expect(
        await apiPatch(page, `/enterprises/${firm.id}`, {
          name: 'IKM Sepatu Nama Mereka',
          address: 'Jl. Cibaduyut Raya 12',
          version: firm.version,
        }),
      ).toBe(200);
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      const merge = page.getByTestId('merge-view');
      await merge
        .getByText('Data ini diubah orang lain sementara Anda mengedit — berikut perubahannya')
        .waitFor();
      // The name both changed: no preset choice, so saving waits for one.
      await expect
        .poll(() => merge.locator('legend').allTextContents())
        .toEqual(['Nama Diubah oleh Anda dan orang lain', 'Alamat Hanya diubah orang lain']);
      const saveChoices = merge.getByRole('button', { name: 'Simpan pilihan' });
      expect(await saveChoices.isDisabled()).toBe(true);
      expect(await axeCheck(page)).toEqual([]);
      await merge.scrollIntoViewIfNeeded();
      await screenshot(page, 'edit-conflict');
      await page.getByTestId('lang-en').click();
      await merge.getByText('Someone changed this meanwhile — here is what changed').waitFor();
      await screenshot(page, 'edit-conflict-en');
      await page.getByTestId('lang-id').click();
      await merge.getByLabel('Pakai nilai saya: IKM Sepatu Pilihan Saya').check();
      await saveChoices.click();
      await page.getByText('Perubahan tersimpan.').waitFor();
      const stored = await e2e.db
        .selectFrom('enterprises')
        .select(['name', 'address', 'phone', 'version'])
        .where('id', '=', firm.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({
        name: 'IKM Sepatu Pilihan Saya',
        address: 'Jl. Cibaduyut Raya 12',
        phone: '+62225401234', // stored normalised
        version: firm.version + 2,
      });
      await page.context().close();
    },
    SLOW,
  );

  it(
    'archives and restores a centre',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibuntu');
      const id = found.items[0]!.id;
      await page.goto(`/sentra/${id}`);
      await page.locator('summary', { hasText: 'Ubah data sentra' }).click();
      await page.getByRole('button', { name: 'Arsipkan' }).click();
      await page.getByText(/^Sentra ini diarsipkan sejak/).waitFor();
      const archived = await e2e.db
        .selectFrom('centers')
        .select('archived_at')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(archived.archived_at).not.toBeNull();
      await page.getByRole('button', { name: 'Pulihkan dari arsip' }).click();
      await page.getByRole('button', { name: 'Arsipkan' }).waitFor();
      expect(await page.getByText(/^Sentra ini diarsipkan sejak/).count()).toBe(0);
      const restored = await e2e.db
        .selectFrom('centers')
        .select('archived_at')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(restored.archived_at).toBeNull();
      await page.context().close();
    },
    SLOW,
  );

  it(
    'enrols a new firm in the chosen centre, so the centre’s IKM tab lists it',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      await page.goto('/input/ikm');
      await page.getByLabel('Nama', { exact: true }).fill('IKM Rajut Anggota Baru');
      await page.getByLabel('Nama pemilik').fill('Pemilik Baru');
      await page.getByLabel(/^Desa\/kelurahan/).fill('32.73.12.1008');
      const center = page.getByLabel(/^Anggota sentra/);
      // Only centres in the officer's regions (Kota Bandung) are offered.
      await expect
        .poll(() => center.locator('option').allTextContents())
        .toContain('Sentra Rajut Binong Jati');
      expect(await center.locator('option').allTextContents()).not.toContain('Sentra Batik Trusmi');
      await center.selectOption({ label: 'Sentra Rajut Binong Jati' });
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/ikm\/[0-9a-f-]{36}$/);
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Binong');
      await page.goto(`/sentra/${found.items[0]!.id}?tab=ikm`);
      await page.getByLabel('Cari nama IKM atau pemilik').fill('Anggota Baru');
      await page.getByTestId('panel-ikm').getByText('IKM Rajut Anggota Baru').waitFor();
      await page.context().close();
    },
    SLOW,
  );

  it(
    'gives an enterprise user a list of their own firms',
    async () => {
      const page = await e2e.signedInPage('enterprise');
      const me = await apiGet<{ user: { scopes: { enterprises: string[] } } }>(page, '/auth/me');
      const own = await e2e.db
        .selectFrom('enterprises')
        .select(['id', 'name'])
        .where('id', '=', me.user.scopes.enterprises[0]!)
        .executeTakeFirstOrThrow();
      await page.getByRole('link', { name: 'IKM saya' }).click();
      const list = page.getByTestId('my-enterprises');
      await expect.poll(() => list.getByRole('link').allTextContents()).toEqual([own.name]);
      await list.getByRole('link', { name: own.name }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/ikm/${own.id}`);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'edits an institution on its card and shows the server’s refusal for a centre outside the officer’s region',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const cibaduyut = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
      await page.goto(`/sentra/${cibaduyut.items[0]!.id}?tab=lembaga`);
      const card = page.getByTestId('institutions').locator('article').first();
      const name = (await card.locator('h3').textContent())!;
      await card.locator('summary', { hasText: 'Ubah data lembaga' }).click();
      await card.getByLabel(/^Tahun berdiri/).fill('1987');
      await card.getByRole('button', { name: 'Simpan', exact: true }).click();
      await card.getByText('Perubahan tersimpan.').waitFor();
      const stored = await e2e.db
        .selectFrom('institutions')
        .select('founded_year')
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      expect(stored.founded_year).toBe(1987);

      // Trusmi (Cirebon) is outside Kota Bandung: the form is offered by role, the server refuses the record.
      const trusmi = await apiGet<{ items: { id: string; name: string }[] }>(page, '/centers?q=Trusmi');
      await page.goto(`/sentra/${trusmi.items[0]!.id}`);
      await page.locator('summary', { hasText: 'Ubah data sentra' }).click();
      await page.getByLabel('Produk utama').fill('Batik tulis');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page
        .locator('.entry-form [role=alert]')
        .getByText('Data ini di luar wilayah atau sentra tugas Anda.')
        .waitFor();
      const unchanged = await e2e.db
        .selectFrom('centers')
        .select('main_product')
        .where('id', '=', trusmi.items[0]!.id)
        .executeTakeFirstOrThrow();
      expect(unchanged.main_product).not.toBe('Batik tulis');
      await page.context().close();
    },
    SLOW,
  );
  it(
    'edits a centre’s KBLI codes and designation decree, naming a wrong code and a half-filled decree',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Binong');
      const id = found.items[0]!.id;
      const before = await e2e.db
        .selectFrom('centers')
        .select(['kbli', 'designation_sk_number', 'version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      await page.goto(`/sentra/${id}`);
      await page.locator('summary', { hasText: 'Ubah data sentra' }).click();
      const kbli = page.getByTestId('kbli-field');
      await kbli.getByRole('button', { name: '+ Tambah kode KBLI' }).click();
      const rows = kbli.locator('.kbli-row');
      const added = rows.last();
      await added.getByLabel(/^Kode/).fill('14A');
      await added.getByLabel(/^Judul/).fill('Pakaian rajut');
      // The demo centre was designated already: a new decree number with the date cleared is half a decree.
      await page.getByLabel(/^Nomor SK/).fill('050/Kep.12-Diskop/2024');
      await page.getByLabel(/^Tanggal SK/).fill('');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      // Both mistakes are named under their own fields; nothing is stored.
      await added
        .locator('.field-error')
        .getByText('Kode KBLI: kode KBLI terdiri dari 2–5 angka, mis. 15201.')
        .waitFor();
      await page.locator('.field-error', { hasText: /Tanggal SK/ }).waitFor();
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'edit-center-kbli');
      const unchanged = await e2e.db
        .selectFrom('centers')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(unchanged.version).toBe(before.version);

      await added.getByLabel(/^Kode/).fill('14301');
      await page.getByLabel(/^Tanggal SK/).fill('2024-03-01');
      await page.getByLabel(/^Penerbit SK/).fill('Wali Kota Bandung');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByText('Perubahan tersimpan.').waitFor();
      const stored = await e2e.db
        .selectFrom('centers')
        .select(['kbli', 'designation_sk_number', 'designation_issuer'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored.kbli).toEqual([
        ...before.kbli,
        { code: '14301', version: '2020', title: 'Pakaian rajut' },
      ]);
      expect(stored.designation_sk_number).toBe('050/Kep.12-Diskop/2024');
      expect(stored.designation_issuer).toBe('Wali Kota Bandung');
      await page.context().close();
    },
    SLOW,
  );

  it(
    'changes the centres an institution serves, keeping those outside the officer’s region',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const cibaduyut = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
      await page.goto(`/sentra/${cibaduyut.items[0]!.id}?tab=lembaga`);
      const card = page.getByTestId('institutions').locator('article').first();
      const name = (await card.locator('h3').textContent())!;
      await card.locator('summary', { hasText: 'Ubah data lembaga' }).click();
      const served = card.getByRole('group', { name: 'Sentra yang dilayani' });
      // Only centres in Kota Bandung are offered; the served one is ticked.
      await expect.poll(() => served.getByRole('checkbox').count()).toBeGreaterThan(1);
      expect(await served.getByText('Sentra Batik Trusmi').count()).toBe(0);
      expect(await served.getByRole('checkbox', { name: /Cibaduyut/ }).isChecked()).toBe(true);
      await served.getByRole('checkbox', { name: 'Sentra Rajut Binong Jati' }).check();
      await card.getByRole('button', { name: 'Simpan', exact: true }).click();
      await card.getByText('Perubahan tersimpan.').waitFor();
      const links = await e2e.db
        .selectFrom('institution_centers')
        .innerJoin('institutions', 'institutions.id', 'institution_centers.institution_id')
        .innerJoin('centers', 'centers.id', 'institution_centers.center_id')
        .select('centers.name')
        .where('institutions.name', '=', name)
        .execute();
      expect(links.map((l) => l.name)).toContain('Sentra Rajut Binong Jati');
      expect(links.some((l) => l.name.includes('Cibaduyut'))).toBe(true);
      await page.context().close();
    },
    SLOW,
  );
});

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoMotif, INDIGO } from '../../src/demo/design-images.ts';
import type {
  ChainVerification,
  DesignRecord,
  PublicCheck,
} from '../../src/design-ledger/design-ledger.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

const PDFTOPPM = '/usr/bin/pdftoppm';
const PDFTOTEXT = '/usr/bin/pdftotext';

describe.skipIf(skipBrowser)('design ledger', () => {
  const e2e = useE2e();

  it(
    'shows the demo gallery, searches it, and lets anyone check a code without an account',
    async () => {
      const page = await e2e.signedInPage('admin');
      await page
        .getByRole('navigation', { name: 'Navigasi utama' })
        .getByRole('link', { name: 'Kemitraan' })
        .click();
      await page.getByTestId('partnerships').getByRole('link', { name: 'Buku desain' }).click();
      const gallery = page.getByTestId('design-gallery');
      await gallery.waitFor();
      await expect.poll(() => gallery.locator('.ledger-card').count()).toBe(5);
      // Every card shows its image once it has loaded.
      await expect
        .poll(() =>
          gallery
            .locator('.ledger-card img')
            .evaluateAll((imgs) =>
              imgs.every(
                (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
              ),
            ),
        )
        .toBe(true);
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'design-ledger-gallery');
      await page.getByLabel('Cari judul, kategori atau usaha').fill('Mega Mendung');
      await expect.poll(() => gallery.locator('.ledger-card').count()).toBe(2);

      // The Trusmi near-copy is flagged with the original side by side.
      await gallery.getByRole('link', { name: 'Mega Mendung Biru Muda' }).click();
      const pair = page.getByTestId('similar-pair');
      await pair.waitFor();
      expect(await pair.count()).toBe(1);
      expect(Number(await pair.getAttribute('data-distance'))).toBeLessThanOrEqual(6);
      expect(await pair.textContent()).toContain('Mega Mendung Tujuh Gradasi');
      const code = (await page.getByTestId('verification-code').textContent()) ?? '';
      const hash = (await page.getByTestId('record-hash').textContent()) ?? '';
      await page.context().close();

      // No account: from the sign-in page to the public check.
      const guest = await e2e.newPage();
      await guest.goto('/');
      await guest.getByRole('link', { name: 'Cek kode verifikasi desain tanpa masuk' }).click();
      await guest.getByLabel('Kode verifikasi').fill(code.toLowerCase());
      await guest.getByRole('button', { name: 'Cek' }).click();
      const result = guest.getByTestId('check-result');
      await result.waitFor();
      expect(await result.getAttribute('data-intact')).toBe('true');
      expect(await result.textContent()).toContain(hash);
      expect(await axeCheck(guest)).toEqual([]);
      await guest.getByLabel('Kode verifikasi').fill('SL-AAAA-BBBB-CCCC');
      await guest.getByRole('button', { name: 'Cek' }).click();
      await expect
        .poll(() => guest.locator('#check-error').textContent())
        .toContain('tidak ada di buku desain');
      await guest.context().close();
    },
    SLOW,
  );

  it(
    'records a design, refuses a PDF named .jpg at the field, points a repeat to the record, flags a near-copy side by side, gives the evidence sheet, and verify names a record changed in SQL',
    async () => {
      const original = await demoMotif('e2e/craftsman', INDIGO);
      const nearCopy = await demoMotif('e2e/craftsman', INDIGO, 10);
      const craftsman = await e2e.signedInPage('enterprise');
      await craftsman.goto('/desain');
      await craftsman.getByRole('link', { name: 'Catat desain' }).click();
      const form = craftsman.getByTestId('record-design-form');
      await form.waitFor();
      await expect
        .poll(() => form.getByLabel('Usaha pemilik desain').locator('option').count())
        .toBeGreaterThan(1);
      const firmValue = await form.getByLabel('Usaha pemilik desain').inputValue();
      if (!firmValue) {
        const first = await form
          .getByLabel('Usaha pemilik desain')
          .locator('option')
          .nth(1)
          .getAttribute('value');
        await form.getByLabel('Usaha pemilik desain').selectOption(first ?? '');
      }
      await form.getByLabel('Judul desain').fill('Sepatu Pantofel Jahit Tepi');
      await form.getByLabel('Kategori').fill('Bentuk produk');
      await form.getByLabel('Tanggal pertama dipublikasikan').fill('2024-08-17');
      const images = form.getByLabel('Gambar desain (JPEG, PNG atau WebP)');
      await images.setInputFiles({
        name: 'foto-sepatu.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n'),
      });
      await form.getByRole('button', { name: 'Catat desain' }).click();
      await expect
        .poll(() => form.locator('.field-error').allTextContents())
        .toEqual([expect.stringContaining('foto-sepatu.jpg')]);
      expect(await images.getAttribute('aria-invalid')).toBe('true');
      expect(await axeCheck(craftsman)).toEqual([]);
      expect((await form.locator('.field-error').textContent()) ?? '').toContain(
        'bukan gambar JPEG, PNG atau WebP',
      );

      await images.setInputFiles({ name: 'sepatu.png', mimeType: 'image/png', buffer: original });
      await form.getByRole('button', { name: 'Catat desain' }).click();
      const recordPage = craftsman.getByTestId('design-record');
      await recordPage.waitFor();
      const recordId = new URL(craftsman.url()).pathname.split('/').at(-1) ?? '';
      const made = await apiGet<DesignRecord>(craftsman, `/design-ledger/${recordId}`);
      expect(await craftsman.getByTestId('record-hash').textContent()).toBe(made.recordHash);
      expect(await craftsman.getByTestId('chain-position').textContent()).toBe(`#${made.seq}`);
      await craftsman.getByTestId('no-similar').waitFor();

      // The same photo again: nothing stored, the page points to the existing record.
      await craftsman.goto('/desain/baru');
      await form.getByLabel('Judul desain').fill('Pantofel lagi');
      await form.getByLabel('Kategori').fill('Bentuk produk');
      const firm = await form.getByLabel('Usaha pemilik desain').inputValue();
      if (!firm) await form.getByLabel('Usaha pemilik desain').selectOption(made.enterpriseId);
      await images.setInputFiles({ name: 'sepatu-lagi.png', mimeType: 'image/png', buffer: original });
      await form.getByRole('button', { name: 'Catat desain' }).click();
      const already = craftsman.getByTestId('already-recorded');
      await already.waitFor();
      expect(await already.textContent()).toContain(`#${made.seq}`);
      await already.getByRole('link', { name: 'Buka catatan yang sudah ada' }).click();
      await expect.poll(() => new URL(craftsman.url()).pathname).toBe(`/desain/${made.id}`);

      // The evidence sheet: downloaded, rendered to PNG, its text holds the record hash.
      const [download] = await Promise.all([
        craftsman.waitForEvent('download'),
        craftsman.getByTestId('evidence-link').click(),
      ]);
      const dir = mkdtempSync(path.join(tmpdir(), 'simpul-evidence-'));
      const pdfPath = path.join(dir, 'sheet.pdf');
      await download.saveAs(pdfPath);
      expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
      execFileSync(PDFTOPPM, [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdfPath,
        path.join(dir, 'page'),
      ]);
      expect(readFileSync(path.join(dir, 'page.png')).subarray(1, 4).toString()).toBe('PNG');
      if (process.env.SIMPUL_SCREENSHOTS === '1') {
        copyFileSync(path.join(dir, 'page.png'), path.join('docs/screenshots', 'design-ledger-evidence.png'));
      }
      const text = execFileSync(PDFTOTEXT, [pdfPath, '-']).toString();
      expect(text).toContain(made.recordHash);
      expect(text).toContain(made.verificationCode);
      // The sheet's address opens the public check page, which checks the code at once, without an account.
      const printed = /https?:\/\/\S+\/cek-desain\?kode=[A-Z0-9-]+/.exec(text)?.[0];
      if (!printed) throw new Error(`no check address on the sheet:\n${text}`);
      await craftsman.context().close();
      const reader = await e2e.newPage();
      const address = new URL(printed);
      await reader.goto(`${address.pathname}${address.search}`);
      await expect.poll(() => reader.getByTestId('check-result').getAttribute('data-intact')).toBe('true');
      expect(await reader.getByTestId('check-result').textContent()).toContain(made.recordHash);
      await reader.context().close();

      // A second firm's near-copy is flagged, both images side by side with the distance.
      const rival = await e2e.newPage();
      await e2e.signInEmail(rival, 'ikm2@simpul.demo');
      await rival.goto('/desain/baru');
      const rivalForm = rival.getByTestId('record-design-form');
      await rivalForm.waitFor();
      await expect
        .poll(() => rivalForm.getByLabel('Usaha pemilik desain').locator('option').count())
        .toBeGreaterThan(1);
      if (!(await rivalForm.getByLabel('Usaha pemilik desain').inputValue())) {
        const first = await rivalForm
          .getByLabel('Usaha pemilik desain')
          .locator('option')
          .nth(1)
          .getAttribute('value');
        await rivalForm.getByLabel('Usaha pemilik desain').selectOption(first ?? '');
      }
      await rivalForm.getByLabel('Judul desain').fill('Pantofel Tepi Jahit Kembar');
      await rivalForm.getByLabel('Kategori').fill('Bentuk produk');
      await rivalForm
        .getByLabel('Gambar desain (JPEG, PNG atau WebP)')
        .setInputFiles({ name: 'kembar.png', mimeType: 'image/png', buffer: nearCopy });
      await rivalForm.getByRole('button', { name: 'Catat desain' }).click();
      const pair = rival.getByTestId('similar-pair');
      await pair.waitFor();
      expect(await pair.getAttribute('data-record')).toBe(made.id);
      expect(Number(await pair.getAttribute('data-distance'))).toBeLessThanOrEqual(6);
      expect(await pair.textContent()).toMatch(/Jarak Hamming: \d bit dari 64/);
      // Both images are drawn, next to each other.
      const boxes = await pair.locator('img').evaluateAll((imgs) =>
        imgs.map((img) => {
          const box = img.getBoundingClientRect();
          return {
            top: Math.round(box.top),
            left: box.left,
            loaded: (img as HTMLImageElement).naturalWidth > 0,
          };
        }),
      );
      expect(boxes).toHaveLength(2);
      expect(boxes.every((b) => b.loaded)).toBe(true);
      expect(boxes[0]?.top).toBe(boxes[1]?.top);
      expect(boxes[0]?.left ?? 0).toBeLessThan(boxes[1]?.left ?? 0);
      expect(await axeCheck(rival)).toEqual([]);
      await pair.scrollIntoViewIfNeeded();
      await screenshot(rival, 'design-ledger-similar');

      // The same page in English.
      await rival.getByTestId('lang-en').click();
      await expect.poll(() => pair.textContent()).toMatch(/Hamming distance: \d of 64 bits/);
      await expect
        .poll(() => rival.getByTestId('evidence-link').textContent())
        .toBe('Download evidence sheet (PDF)');

      // The chain holds; a record changed in SQL is named by verify.
      expect(await apiGet<ChainVerification>(rival, '/design-ledger/verify')).toMatchObject({ intact: true });
      await e2e.db
        .updateTable('design_records')
        .set({ title: 'Diubah diam-diam' })
        .where('id', '=', made.id)
        .execute();
      const broken = await apiGet<ChainVerification>(rival, '/design-ledger/verify');
      expect(broken.intact).toBe(false);
      expect(broken.brokenAt).toMatchObject({ recordId: made.id, seq: made.seq, reason: 'record_hash' });
      const check = await apiGet<PublicCheck>(rival, `/design-ledger/check/${made.verificationCode}`);
      expect(check.linkIntact).toBe(false);
      await rival.context().close();
    },
    SLOW,
  );
});

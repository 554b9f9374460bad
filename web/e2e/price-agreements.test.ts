import { describe, expect, it } from 'vitest';
import type { PriceAgreement } from '../../src/price-agreements/price-agreements.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

/** Today in Jakarta, a day every current member belongs on. */
const TODAY = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

describe.skipIf(skipBrowser)('price agreements', () => {
  const e2e = useE2e();

  it(
    'shows the flag with its explanation and the not-legal-advice note, records a consent and a violation report',
    async () => {
      const page = await e2e.signedInPage('admin');
      await page.goto('/kemitraan');
      await page.getByRole('link', { name: 'Kesepakatan harga' }).click();
      await page.getByTestId('price-agreements-table').waitFor();
      expect(await page.locator('td[data-flag=flagged]').count()).toBe(1);
      expect(await page.locator('td[data-flag=clear]').count()).toBe(1);
      await screenshot(page, 'price-agreements');

      // The flagged agreement names the firm that is not small, the regime and figure, and says it is no advice.
      await page.getByRole('link', { name: 'Sepatu kulit pria (pantofel)' }).click();
      const flag = page.getByTestId('competition-flag');
      await flag.waitFor();
      expect(await flag.getAttribute('data-flag')).toBe('flagged');
      expect(await flag.textContent()).toContain('Pasal 50 huruf h');
      expect(await flag.locator('li[data-verdict=not_small]').count()).toBe(1);
      expect(await flag.locator('li[data-verdict=not_small]').textContent()).toMatch(
        /menurut (PP 7\/2021|Permenperin|BPS)/,
      );
      expect(await page.getByTestId('not-legal-advice').textContent()).toContain('bukan nasihat hukum');
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'price-agreement-flagged');

      // The clear one: a consent, then a violation report refused for naming one firm twice, then recorded.
      await page.goto('/kesepakatan-harga');
      await page.getByRole('link', { name: 'Batik tulis katun motif mega mendung' }).click();
      await page.getByTestId('competition-flag').waitFor();
      expect(await page.getByTestId('competition-flag').getAttribute('data-flag')).toBe('clear');
      const agreementId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
      const before = await apiGet<PriceAgreement>(page, `/price-agreements/${agreementId}`);
      const signed = new Set(before.consentList.map((c) => c.enterpriseId));
      const newcomer = before.members.find((m) => !signed.has(m.enterpriseId));
      const consenter = before.consentList[0];
      if (!newcomer || !consenter) throw new Error('the demo agreement has no member left to consent');
      const consentForm = page.getByTestId('consent-form');
      await consentForm.getByLabel('Anggota').selectOption(newcomer.enterpriseId);
      await consentForm.getByLabel('Tanggal persetujuan').fill(TODAY);
      await consentForm.getByRole('button', { name: 'Catat persetujuan' }).click();
      await expect
        .poll(() => page.getByTestId('consent-list').textContent())
        .toContain(newcomer.enterpriseName);

      const report = page.getByTestId('violation-form');
      await report.getByLabel('Usaha yang menjual di bawah harga').selectOption(consenter.enterpriseId);
      await report.getByLabel('Usaha yang dirugikan').selectOption(consenter.enterpriseId);
      await report.getByLabel('Tanggal penjualan').fill(TODAY);
      await report.getByLabel('Harga jual (Rp per satuan)').fill('200000');
      await report.getByLabel('Catatan bukti').fill('Nota penjualan ke pedagang Pasar Tanah Abang');
      await report.getByRole('button', { name: 'Kirim laporan' }).click();
      await expect
        .poll(() => report.locator('[role=alert]').textContent())
        .toContain('harus usaha yang berbeda');
      await report.getByLabel('Usaha yang dirugikan').selectOption(newcomer.enterpriseId);
      await report.getByRole('button', { name: 'Kirim laporan' }).click();
      await expect
        .poll(() => page.getByTestId('violation-list').textContent())
        .toContain(consenter.enterpriseName);
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'price-agreement-forms');

      const after = await apiGet<PriceAgreement>(page, `/price-agreements/${agreementId}`);
      const tie = await apiGet<{ type: string; fromEnterpriseId: string }>(
        page,
        `/interactions/${after.violations[0]?.interactionId}`,
      );
      expect(tie).toMatchObject({ type: 'PRICE_UNDERCUTTING', fromEnterpriseId: consenter.enterpriseId });

      // A conflict case from the report, linked beside it.
      await page.getByRole('button', { name: 'Buka kasus konflik' }).click();
      await page.getByRole('link', { name: 'Lihat kasus' }).waitFor();
      const linked = await apiGet<PriceAgreement>(page, `/price-agreements/${agreementId}`);
      expect(linked.violations[0]?.caseId).toEqual(expect.any(String));

      // The same page in English.
      await page.getByTestId('lang-en').click();
      await expect
        .poll(() => page.getByTestId('not-legal-advice').textContent())
        .toContain('not legal advice');
      await page.context().close();
    },
    SLOW,
  );

  it(
    'records an agreement in the browser, shows the server’s refusal at its field, then consents and withdraws',
    async () => {
      const page = await e2e.signedInPage('admin');
      await page.goto('/kesepakatan-harga');
      await page.getByTestId('price-agreements-table').waitFor();
      const existing = await apiGet<{ items: PriceAgreement[] }>(page, '/price-agreements?limit=200');
      const model = existing.items.find((a) => a.product.startsWith('Batik tulis'));
      if (!model) throw new Error('the demo has no batik agreement to copy the institution from');

      await page.getByRole('button', { name: 'Catat kesepakatan harga' }).click();
      const form = page.getByTestId('agreement-create-form');
      await form.getByLabel('Sentra').selectOption(model.centerId);
      await expect
        .poll(() => form.getByLabel('Lembaga').locator(`option[value="${model.institutionId}"]`).count())
        .toBe(1);
      await form.getByLabel('Lembaga').selectOption(model.institutionId);
      await form.getByLabel('Produk').fill('Batik cap katun motif kawung');
      await form.getByLabel('Satuan', { exact: true }).fill('lembar');
      await form.getByLabel('Harga (Rp per satuan)').fill('95000');
      await form.getByLabel('Berlaku mulai').fill(TODAY);
      await form.getByLabel('Berlaku sampai').fill('2020-01-01');
      await form.getByLabel('Catatan').fill('Disepakati dalam rapat anggota paguyuban.');
      await form.getByRole('button', { name: 'Simpan kesepakatan' }).click();
      // The server's refusal sits at the field it names, in the reader's language.
      await expect
        .poll(() => form.locator('.field-error').first().textContent())
        .toContain('tidak boleh sebelum berlaku mulai');
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'price-agreement-create');
      await form.getByLabel('Berlaku sampai').fill('');
      await form.getByRole('button', { name: 'Simpan kesepakatan' }).click();
      await page.getByTestId('price-agreement-page').waitFor();
      expect(await page.locator('h1').textContent()).toBe('Batik cap katun motif kawung');
      expect(await page.getByTestId('competition-flag').getAttribute('data-flag')).toBe('clear');

      const agreementId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
      const created = await apiGet<PriceAgreement>(page, `/price-agreements/${agreementId}`);
      const member = created.members[0];
      if (!member) throw new Error('the institution has no current member');
      const consentForm = page.getByTestId('consent-form');
      await consentForm.getByLabel('Anggota').selectOption(member.enterpriseId);
      await consentForm.getByLabel('Tanggal persetujuan').fill(TODAY);
      await consentForm.getByRole('button', { name: 'Catat persetujuan' }).click();
      await expect
        .poll(() => page.getByTestId('consent-list').textContent())
        .toContain(member.enterpriseName);

      const withdraw = page.getByTestId('withdraw-form');
      await withdraw.getByLabel('Anggota').selectOption(member.enterpriseId);
      await withdraw.getByLabel('Tanggal penarikan').fill(TODAY);
      await withdraw.getByRole('button', { name: 'Tarik persetujuan' }).click();
      await expect.poll(() => page.getByTestId('consent-list').textContent()).toContain('ditarik');
      expect(await page.getByTestId('withdraw-form').count()).toBe(0);

      // The institution's agreements, from the link on the agreement page.
      await page.getByRole('link', { name: created.institutionName }).click();
      await page.getByTestId('institution-filter').waitFor();
      // The filter shows before the institution's agreements arrive: wait for the rows.
      const rows = page.getByTestId('price-agreements-table').locator('tbody tr');
      await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
      expect(await page.getByTestId('price-agreements-table').textContent()).toContain(
        'Batik cap katun motif kawung',
      );
      await page.context().close();
    },
    SLOW,
  );

  it(
    "lets the institution's board withdraw another member's consent, with the reason it must give",
    async () => {
      const page = await e2e.signedInPage('enterprise');
      const me = await apiGet<{ user: { scopes: { enterprises: string[] } } }>(page, '/auth/me');
      const firm = me.user.scopes.enterprises[0];
      if (!firm) throw new Error('the demo firm account acts for no firm');
      // A demo agreement with a standing consent of another firm; the account's firm joins its board.
      const all = await e2e.db
        .selectFrom('price_agreement_consents as c')
        .innerJoin('price_agreements as a', 'a.id', 'c.agreement_id')
        .select([
          'a.id as agreementId',
          'a.institution_id as institutionId',
          'c.enterprise_id as enterpriseId',
        ])
        .where('c.withdrawn_on', 'is', null)
        .where('c.enterprise_id', '<>', firm)
        .orderBy('a.id')
        .execute();
      const target = all[0];
      if (!target) throw new Error('the demo has no standing consent');
      await e2e.db
        .insertInto('institution_memberships')
        .values({
          institution_id: target.institutionId,
          enterprise_id: firm,
          role: 'chair',
          valid_from: '2015-01-01',
        })
        .execute();

      await page.goto(`/kesepakatan-harga/${target.agreementId}`);
      const form = page.getByTestId('board-withdraw-form');
      await form.waitFor();
      await form.getByLabel('Anggota').selectOption(target.enterpriseId);
      await form.getByLabel('Tanggal penarikan').fill(TODAY);
      await form.getByRole('button', { name: 'Tarik persetujuan' }).click();
      // Without a reason nothing is written, and the field says what is missing.
      await expect.poll(() => form.locator('.field-error').first().textContent()).toMatch(/\S/);
      const stillStanding = await e2e.db
        .selectFrom('price_agreement_consents')
        .select('withdrawn_on')
        .where('agreement_id', '=', target.agreementId)
        .where('enterprise_id', '=', target.enterpriseId)
        .executeTakeFirstOrThrow();
      expect(stillStanding.withdrawn_on).toBeNull();
      await form.getByLabel('Alasan penarikan').fill('Anggota menjual di bawah harga bersama tiga kali.');
      await form.getByRole('button', { name: 'Tarik persetujuan' }).click();
      await expect
        .poll(() => page.getByTestId('consent-list').textContent())
        .toContain('alasan: Anggota menjual di bawah harga bersama tiga kali.');
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'price-agreement-board-withdraw');
      await page.context().close();
    },
    SLOW,
  );
});

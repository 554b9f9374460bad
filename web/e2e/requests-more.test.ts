import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inDays } from '../../src/requests/requests.test-helpers.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { SLOW } from './page-helpers.ts';

/**
 * Issue #18's remaining request screens, driven as each party: the poster edits its draft; the maker edits,
 * withdraws and sends again its quote; a failed delivery is reported, answered and recorded as a breach; an
 * invited firm declines with a reason and the poster sees it.
 */
describe.skipIf(skipBrowser)('requests: edit, withdraw, decline, failed delivery', () => {
  const e2e = useE2e();

  /** Opens the request's page and waits until it shows `status`. */
  async function openDetail(page: Page, id: string, status: string) {
    await page.goto(`/permintaan/${id}`);
    await page.locator(`[data-testid=request-detail][data-status=${status}]`).waitFor();
  }

  /** The firm the signed-in enterprise account speaks for. */
  async function ownFirm(page: Page): Promise<string> {
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    return me.user.scopes.enterprises[0] as string;
  }

  /** A write through the signed-in page (its session and CSRF token); returns the status and body. */
  async function send(page: Page, method: string, path: string, body: unknown) {
    return page.evaluate(
      async ({ method, path, body }) => {
        const me = await (await fetch('/api/auth/me')).json();
        const response = await fetch(`/api${path}`, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: await response.json() };
      },
      { method, path, body },
    );
  }

  const cibaduyut = () =>
    e2e.db
      .selectFrom('centers')
      .select(['id', 'name'])
      .where('name', '=', 'Sentra Sepatu Cibaduyut')
      .executeTakeFirstOrThrow();

  it(
    'the poster edits its draft; the maker edits, withdraws and resends its quote; a failed delivery becomes a breach tie',
    async () => {
      const center = await cibaduyut();
      const poster = await e2e.newPage();
      await e2e.signInEmail(poster, 'ikm@simpul.demo');
      const maker = await e2e.newPage();
      await e2e.signInEmail(maker, 'ikm2@simpul.demo');
      const posterId = await ownFirm(poster);
      const makerId = await ownFirm(maker);

      // 1. A draft, saved, then opened again in its form, filled in, and changed.
      await poster.goto('/permintaan/baru');
      await poster.getByTestId('request-form').waitFor();
      await poster.locator(`select[name=poster] option[value="${posterId}"]`).waitFor({ state: 'attached' });
      await poster.locator('select[name=poster]').selectOption(posterId);
      await poster.getByLabel('Produk', { exact: true }).fill('Sepatu pantofel draf');
      await poster.locator('input[name=quantity]').fill('500');
      await poster.locator('input[name=deadline]').fill(inDays(7));
      await poster.locator('input[name=delivery]').fill(inDays(30));
      await poster.locator('select[name=center]').selectOption({ label: center.name });
      await poster.getByRole('button', { name: 'Simpan draf' }).click();
      await poster.locator('[data-testid=request-detail][data-status=draft]').waitFor();
      const id = new URL(poster.url()).pathname.split('/').pop() as string;
      await poster.getByRole('link', { name: 'Ubah', exact: true }).click();
      await poster.locator('[data-testid=request-form][data-mode=edit]').waitFor();
      const product = poster.getByLabel('Produk', { exact: true });
      expect(await product.inputValue()).toBe('Sepatu pantofel draf');
      expect(await poster.locator('input[name=quantity]').inputValue()).toBe('500');
      expect(await poster.locator('input[name=deadline]').inputValue()).toBe(inDays(7));
      // The centre list arrives after the form: the select holds the draft's centre once its option exists.
      await expect.poll(() => poster.locator('select[name=center]').inputValue()).toBe(center.id);
      await product.fill('Sepatu pantofel 600 pasang');
      await poster.locator('input[name=quantity]').fill('600');
      expect(await axeCheck(poster)).toEqual([]);
      await screenshot(poster, 'request-edit-draft');
      await poster.getByRole('button', { name: 'Simpan perubahan' }).click();
      await poster.locator('[data-testid=request-detail][data-status=draft]').waitFor();
      expect(await poster.locator('h1').textContent()).toBe('Sepatu pantofel 600 pasang');
      const saved = await e2e.db
        .selectFrom('partnership_requests')
        .select(['product', 'quantity', 'version', 'delivery_date'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(saved).toMatchObject({ product: 'Sepatu pantofel 600 pasang', version: 2 });
      expect(Number(saved.quantity)).toBe(600);
      await poster.getByRole('button', { name: 'Kirim / buka' }).click();
      await poster.locator('[data-testid=request-detail][data-status=open]').waitFor();

      // 2. The maker answers, edits its quote, withdraws it (in English) and sends it again.
      await openDetail(maker, id, 'open');
      await maker.locator('input[name=quantityOffered]').fill('600');
      await maker.locator('input[name=readyOn]').fill(inDays(25));
      await maker.locator('input[name=unitPrice]').fill('60000');
      await maker.getByRole('button', { name: 'Kirim penawaran' }).click();
      const own = maker.getByTestId('own-answer');
      await own.waitFor();
      await own.getByRole('button', { name: 'Ubah penawaran' }).click();
      const editForm = maker.getByTestId('answer-edit-form');
      expect(await editForm.locator('input[name=unitPrice]').inputValue()).toBe('60000');
      await editForm.locator('input[name=unitPrice]').fill('58000');
      await editForm.locator('input[name=answerNote]').fill('Harga turun bila bahan dari pemesan');
      await screenshot(maker, 'request-quote-edit');
      await editForm.getByRole('button', { name: 'Simpan penawaran' }).click();
      await editForm.waitFor({ state: 'detached' });
      const answer = () =>
        e2e.db
          .selectFrom('request_answers')
          .select(['unit_price', 'note', 'withdrawn_at'])
          .where('request_id', '=', id)
          .where('enterprise_id', '=', makerId)
          .executeTakeFirstOrThrow();
      await expect.poll(async () => Number((await answer()).unit_price)).toBe(58000);
      expect((await answer()).note).toBe('Harga turun bila bahan dari pemesan');
      await maker.getByTestId('lang-en').click();
      await own.getByRole('button', { name: 'Withdraw the answer' }).click();
      await maker.locator('[data-testid=own-answer][data-withdrawn=true]').waitFor();
      expect(await own.textContent()).toContain('This answer is withdrawn');
      expect((await answer()).withdrawn_at).not.toBeNull();
      await openDetail(poster, id, 'open');
      expect(await poster.locator(`[data-answer="${makerId}"]`).textContent()).toContain('(ditarik)');
      await own.getByRole('button', { name: 'Edit and send again' }).click();
      await maker.getByTestId('answer-edit-form').getByRole('button', { name: 'Save the answer' }).click();
      await maker.locator('[data-testid=own-answer][data-withdrawn=false]').waitFor();
      expect((await answer()).withdrawn_at).toBeNull();
      await maker.getByTestId('lang-id').click();

      // 3. Awarded, then reported broken by the poster, answered by the maker, recorded as a breach.
      await openDetail(poster, id, 'open');
      await poster.getByRole('button', { name: 'Tutup penawaran' }).click();
      await poster.getByTestId('award-form').locator('input[type=number]').fill('600');
      await poster.getByRole('button', { name: 'Berikan pesanan' }).click();
      await poster.locator('[data-testid=request-detail][data-status=awarded]').waitFor();
      const posterAward = poster.locator(`[data-award="${makerId}"]`);
      await posterAward.getByRole('button', { name: 'Laporkan pengiriman gagal' }).click();
      // Late is refused before the grace days are over: the server's message, at the field.
      await posterAward.locator('select[name=failureKind]').selectOption('late');
      await posterAward.locator('textarea[name=statement]').fill('Jahitan 200 pasang lepas saat diperiksa.');
      await posterAward.getByRole('button', { name: 'Kirim laporan' }).click();
      await expect
        .poll(() => posterAward.locator('.field-error').first().textContent())
        .toContain('Keterlambatan baru dapat dilaporkan lebih dari 7 hari setelah tanggal kirim');
      expect(await posterAward.getAttribute('data-status')).toBe('awarded');
      await posterAward.locator('select[name=failureKind]').selectOption('broken');
      await posterAward.getByRole('button', { name: 'Kirim laporan' }).click();
      await poster.locator(`[data-award="${makerId}"][data-status=failed]`).waitFor();
      expect(await posterAward.getByTestId('failure-state').textContent()).toBe(
        'Dilaporkan oleh pemesan; pembuat belum menjawab.',
      );
      // Both sides must be heard before a breach can be recorded: no button yet.
      expect(await posterAward.getByRole('button', { name: 'Catat wanprestasi' }).count()).toBe(0);

      await openDetail(maker, id, 'awarded');
      const makerAward = maker.locator(`[data-award="${makerId}"]`);
      expect(await makerAward.getByTestId('failure-state').textContent()).toContain(
        'Dilaporkan oleh pemesan',
      );
      await makerAward.locator('textarea[name=statement]').fill('Bahan lem dari pemesan terlambat datang.');
      await makerAward.getByRole('button', { name: 'Kirim pernyataan' }).click();
      await expect
        .poll(() => makerAward.getByTestId('failure-state').textContent())
        .toBe('Kedua pihak sudah didengar.');
      expect(await makerAward.getByRole('button', { name: 'Catat wanprestasi' }).count()).toBe(0);

      await openDetail(poster, id, 'awarded');
      await posterAward.getByRole('button', { name: 'Catat wanprestasi' }).click();
      await posterAward.getByTestId('breach-recorded').waitFor();
      expect(await posterAward.locator('[data-side=supplier] dd').textContent()).toBe(
        'Bahan lem dari pemesan terlambat datang.',
      );
      expect(await axeCheck(poster)).toEqual([]);
      await posterAward.scrollIntoViewIfNeeded();
      await screenshot(poster, 'request-failure');
      const award = await e2e.db
        .selectFrom('request_awards')
        .select(['status', 'failure_kind', 'breach_interaction_id'])
        .where('request_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(award).toMatchObject({ status: 'failed', failure_kind: 'broken' });
      const tie = await e2e.db
        .selectFrom('interactions')
        .select(['type', 'from_enterprise_id', 'to_enterprise_id'])
        .where('id', '=', award.breach_interaction_id as string)
        .executeTakeFirstOrThrow();
      expect(tie).toEqual({
        type: 'BREACH_OF_CONTRACT',
        from_enterprise_id: makerId,
        to_enterprise_id: posterId,
      });

      await poster.context().close();
      await maker.context().close();
    },
    SLOW,
  );

  it(
    'an invited firm declines with a reason; the poster sees who declined and why',
    async () => {
      const center = await cibaduyut();
      const poster = await e2e.newPage();
      await e2e.signInEmail(poster, 'ikm@simpul.demo');
      const maker = await e2e.newPage();
      await e2e.signInEmail(maker, 'ikm2@simpul.demo');
      const posterId = await ownFirm(poster);
      const makerId = await ownFirm(maker);

      // The request, published to invited firms only, and the maker invited: through the API, as the poster.
      const created = await send(poster, 'POST', '/requests', {
        posterEnterpriseId: posterId,
        product: 'Sandal kulit 300 pasang',
        quantity: 300,
        unit: 'pasang',
        answerDeadline: inDays(7),
        deliveryDate: inDays(30),
        tieType: 'SUBCONTRACT',
        targetCenterIds: [center.id],
        visibility: 'invited',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.id as string;
      expect((await send(poster, 'POST', `/requests/${id}/submit`, { version: 1 })).status).toBe(200);
      const invited = await send(poster, 'POST', `/requests/${id}/invitations`, { enterpriseIds: [makerId] });
      expect(invited.body).toEqual({ invited: [makerId] });

      // The maker reads the invitation, declines it with a reason.
      await openDetail(maker, id, 'open');
      const invitation = maker.getByTestId('invitation');
      expect(await invitation.textContent()).toContain('diundang untuk menawar');
      await invitation.getByRole('button', { name: 'Tolak undangan' }).click();
      await maker.locator('textarea[name=declineReason]').fill('Kapasitas penuh sampai bulan depan.');
      await maker.getByRole('button', { name: 'Ya, tolak undangan' }).click();
      await maker.getByTestId('invitation-declined').waitFor();
      // A firm that declined is not offered the answer form any more.
      expect(await maker.getByTestId('answer-form').count()).toBe(0);
      const row = await e2e.db
        .selectFrom('request_invitations')
        .select('declined_at')
        .where('request_id', '=', id)
        .where('enterprise_id', '=', makerId)
        .executeTakeFirstOrThrow();
      expect(row.declined_at).not.toBeNull();

      // The poster sees who declined, and the reason in the thread; in English too.
      await openDetail(poster, id, 'open');
      const listed = poster.locator(`[data-testid=invitations] li[data-enterprise="${makerId}"]`);
      expect(await listed.getAttribute('data-state')).toBe('declined');
      expect(await listed.textContent()).toContain('menolak');
      await expect
        .poll(() => poster.getByTestId('request-thread').textContent())
        .toContain('Menolak undangan: Kapasitas penuh sampai bulan depan.');
      expect(await poster.getByTestId('non-responders').count()).toBe(0);
      await poster.getByTestId('lang-en').click();
      await expect.poll(() => listed.textContent()).toContain('declined');
      expect(await axeCheck(poster)).toEqual([]);
      await poster.getByTestId('lang-id').click();

      await poster.context().close();
      await maker.context().close();
    },
    SLOW,
  );
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/cases/cases.schema.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

/** A day in Jakarta, `days` from today (the agreement and the session are today, the commitment later). */
const day = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
/** A 1×1 PNG: evidence the server accepts and hashes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const TITLE = 'Motif sandal kulit ditiru pedagang lain';

describe.skipIf(skipBrowser)('conflict cases, from an anonymous report to a closed case', () => {
  const e2e = useE2e();

  it(
    'files an anonymous report, follows it with its code, and a centre manager handles it to the end',
    async () => {
      // Without an account: the sign-in page links to the public report form.
      const anon = await e2e.newPage();
      await anon.goto('/');
      await anon.getByRole('link', { name: 'Laporkan konflik tanpa akun' }).click();
      const form = anon.getByTestId('case-anonymous-form');
      await form.waitFor();
      const found = await apiGet<{ items: { id: string }[] }>(anon, '/centers?q=Cibaduyut');
      const centerId = found.items[0]?.id as string;
      await form.getByLabel('Sentra').selectOption(centerId);
      await form.getByLabel('Jenis konflik').selectOption('DESIGN_COPYING');
      // Bad input first: the message names the field by its label and nothing is written.
      await form.getByRole('button', { name: 'Kirim laporan' }).click();
      await expect.poll(() => form.locator('[role=alert]').textContent()).toMatch(/\S/);
      expect(await form.locator('.field-error').count()).toBeGreaterThan(0);
      const before = await e2e.db
        .selectFrom('conflict_cases')
        .select('id')
        .where('title', '=', TITLE)
        .execute();
      expect(before).toEqual([]);
      await form.getByLabel('Judul singkat').fill(TITLE);
      await form
        .getByLabel('Apa yang terjadi')
        .fill('Motif sandal yang kami pamerkan dijual pedagang lain lebih murah.');
      await form.getByRole('button', { name: 'Kirim laporan' }).click();
      const code = (await anon.getByTestId('follow-up-code').textContent())?.trim() ?? '';
      expect(code.length).toBeGreaterThanOrEqual(8);
      expect(await anon.getByRole('note').textContent()).toContain('CATAT KODE INI SEKARANG');
      expect(await axeCheck(anon)).toEqual([]);
      await screenshot(anon, 'case-report-anonymous');
      // The code is stored only as a hash: it is nowhere in the case row.
      const stored = await e2e.db
        .selectFrom('conflict_cases')
        .selectAll()
        .where('title', '=', TITLE)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(stored)).not.toContain(code);
      expect(stored.status).toBe('reported');

      // Following it up: the code typed, the public status, a note added.
      await anon.getByRole('link', { name: 'Tindak lanjuti laporan dengan kode' }).click();
      await anon.getByLabel('Kode tindak lanjut').fill(code);
      await anon.getByRole('button', { name: 'Lihat status' }).click();
      const status = anon.getByTestId('case-public-status');
      expect(await status.getAttribute('data-status')).toBe('reported');
      await anon.getByLabel('Keterangan tambahan').fill('Penjualnya di kios dekat terminal.');
      await anon.getByRole('button', { name: 'Kirim keterangan' }).click();
      await expect.poll(() => anon.getByTestId('notes-added').textContent()).toContain('1');
      expect(await axeCheck(anon)).toEqual([]);
      await screenshot(anon, 'case-followup');

      // The Cibaduyut manager finds it from the navigation and handles it.
      const page = await e2e.signedInPage('center_manager');
      await page.getByRole('navigation').getByRole('link', { name: 'Kasus konflik' }).click();
      await page.locator('.case-column[data-status=reported]').getByRole('link', { name: TITLE }).click();
      const casePage = page.getByTestId('case-page');
      await casePage.waitFor();
      expect(await casePage.textContent()).toContain('Penjualnya di kios dekat terminal.');
      const reached = async (s: string) =>
        page.locator(`[data-testid=case-page][data-status=${s}]`).waitFor();
      await page.getByRole('button', { name: 'Pindahkan ke "verifikasi"' }).click();
      await reached('verifying');
      await page.getByRole('button', { name: 'Pindahkan ke "mediasi dijadwalkan"' }).click();
      await reached('mediation_scheduled');

      await page.locator('summary', { hasText: 'Catat sesi mediasi' }).click();
      const session = page.getByTestId('case-session-form');
      await session.getByLabel('Tanggal mediasi').fill(day(0));
      await session.getByLabel('Tempat').fill('Balai sentra Cibaduyut');
      await session.getByLabel('Mediator').selectOption('center_manager');
      await session.getByLabel('Yang hadir').fill('Kedua pemilik usaha dan pengelola sentra');
      await session.getByRole('button', { name: 'Simpan sesi' }).click();
      await expect
        .poll(() => page.getByTestId('case-sessions').textContent())
        .toContain('Balai sentra Cibaduyut');

      await page.locator('summary', { hasText: 'Tambah bukti' }).click();
      const evidence = page.getByTestId('case-evidence-form');
      await evidence.getByLabel('Jenis bukti').selectOption('photo');
      await evidence.getByLabel('Keterangan').fill('Foto sandal tiruan di kios');
      await evidence.getByLabel('Tanggal bukti diambil').fill(day(0));
      await evidence
        .locator('input[type=file]')
        .setInputFiles({ name: 'bukti.png', mimeType: 'image/png', buffer: PNG });
      await evidence.getByRole('button', { name: 'Simpan bukti' }).click();
      const hash = createHash('sha256').update(PNG).digest('hex');
      await expect.poll(() => page.getByTestId('evidence-saved').textContent()).toContain(hash);
      await expect.poll(() => page.getByTestId('case-evidence').textContent()).toContain(hash);

      await page.getByRole('button', { name: 'Pindahkan ke "mediasi berlangsung"' }).click();
      await reached('in_mediation');
      const agreement = page.getByTestId('case-agreement-form');
      await agreement.getByLabel('Tanggal kesepakatan').fill(day(0));
      await agreement.getByLabel('Isi kesepakatan').fill('Pedagang berhenti menjual motif tiruan.');
      await agreement.getByRole('button', { name: '+ Tambah janji' }).click();
      expect(await agreement.getByTestId('commitment-row').count()).toBe(2);
      await agreement.getByRole('button', { name: 'Hapus janji 2' }).click();
      expect(await agreement.getByTestId('commitment-row').count()).toBe(1);
      const row = agreement.getByTestId('commitment-row');
      await row.getByLabel('Siapa').fill('Pedagang kios terminal');
      await row.getByLabel('Janji', { exact: true }).fill('Menarik sandal tiruan dari kios');
      await row.getByLabel('Tenggat').fill(day(14));
      await agreement.getByRole('button', { name: 'Simpan kesepakatan' }).click();
      await reached('agreed');
      expect(await page.getByTestId('case-commitments').textContent()).toContain(
        'Menarik sandal tiruan dari kios',
      );
      // The status history lists every move, the last one by the manager who recorded the agreement.
      const history = page.locator('[data-testid=case-history] li');
      expect(await history.count()).toBe(5);
      expect(await history.last().textContent()).toContain('mediasi berlangsung → sepakat oleh');
      expect(await axeCheck(page)).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'case-agreement');
      await page
        .getByRole('button', { name: 'Ditepati: Menarik sandal tiruan dari kios', exact: true })
        .click();
      await page.locator('[data-testid=case-commitments] li[data-state=kept]').waitFor();

      // One pass in English: closing with an outcome.
      await page.getByTestId('lang-en').click();
      await page.getByRole('heading', { name: 'Status timeline' }).waitFor();
      await page.getByLabel('Outcome').fill('The copies were withdrawn.');
      await page.getByRole('button', { name: 'Close with this outcome' }).click();
      await reached('closed');
      expect(await page.getByTestId('case-outcome').textContent()).toBe(
        'Outcome: The copies were withdrawn.',
      );
      expect(await page.getByTestId('case-timeline').textContent()).toContain('closed (current status)');

      // Through the API: the case as the page showed it.
      const kase = await apiGet<Case>(page, `/cases/${stored.id}`);
      expect(kase).toMatchObject({
        status: 'closed',
        outcome: 'The copies were withdrawn.',
        agreedOn: day(0),
      });
      expect(kase.sessions.map((s) => s.place)).toEqual(['Balai sentra Cibaduyut']);
      expect(kase.evidence.map((e) => e.sha256)).toEqual([hash]);
      expect(kase.commitments.map((k) => k.commitmentState)).toEqual(['kept']);
      expect(kase.notes.map((n) => n.fromReporter)).toEqual([true]);

      // The reporter sees the end with the same code, in English.
      await anon.getByTestId('lang-en').click();
      await anon.getByRole('button', { name: 'Show the status' }).click();
      await expect.poll(() => status.getAttribute('data-status')).toBe('closed');
      expect(await status.textContent()).toContain('Status: closed');
    },
    SLOW,
  );

  it(
    'lets the centre manager report a conflict from the board, naming a firm of the centre and its side',
    async () => {
      const page = await e2e.signedInPage('center_manager');
      await page.goto('/kasus');
      await page.getByRole('button', { name: 'Laporkan konflik' }).click();
      const form = page.getByTestId('case-report-form');
      const found = await apiGet<{ items: { id: string }[] }>(page, '/centers?q=Cibaduyut');
      await form.getByLabel('Sentra').selectOption(found.items[0]?.id as string);
      await form.getByLabel('Jenis konflik').selectOption('BUYER_POACHING');
      const firm = form.locator('.case-party-row').first();
      await firm.getByRole('checkbox').check();
      const firmName = ((await firm.locator('label').textContent()) ?? '').trim();
      await firm.getByRole('combobox').selectOption('respondent');
      await form.getByLabel('Judul singkat').fill('Pembeli tetap direbut dengan potongan harga');
      await form
        .getByLabel('Apa yang terjadi')
        .fill('Pembeli dari Jakarta dihubungi langsung dan ditawari harga lebih murah.');
      await form.getByLabel('Kerahasiaan').selectOption('parties');
      expect(await axeCheck(page)).toEqual([]);
      await form.getByRole('button', { name: 'Kirim laporan' }).click();
      await page.locator('[data-testid=case-page][data-status=reported]').waitFor();
      const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
      const kase = await apiGet<Case>(page, `/cases/${id}`);
      expect(kase).toMatchObject({
        caseType: 'BUYER_POACHING',
        confidentiality: 'parties',
        reporterRole: 'board',
      });
      expect(kase.parties.map((p) => [p.name, p.side])).toEqual([[firmName, 'respondent']]);
    },
    SLOW,
  );
});

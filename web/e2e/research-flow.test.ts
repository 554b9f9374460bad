import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadPseudonymKey } from '../../src/auth/pseudonym.ts';
import { createUser } from '../../src/auth/users.service.ts';
import { makeDocx } from '../../src/research/docx.test-helpers.ts';
import { exportProjectQdpx } from '../../src/research/qdpx/qdpx.service.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

// The transcript's first paragraph is what the coders code (the seventh codable code, "Oper order"); its
// words are not the codebook's example, so the export holds them only as the coded selection.
const PARAGRAPHS = [
  'Kalau order lagi banjir, sebagian saya lempar ke Pak Dedi di gang sebelah. Tapi ada juga yang banting harga.',
  'Kami sering pinjam mesin press ke tetangga kalau pesanan lagi banyak.',
];
const EXCERPT_1 = PARAGRAPHS[0]!.slice(0, 44);
const PASSWORD = 'Sepatu-Kulit-Cibaduyut-2024!';
const CODERS = [
  { email: 'pengode.satu@peneliti.example', name: 'Pengode Satu' },
  { email: 'pengode.dua@peneliti.example', name: 'Pengode Dua' },
];

async function toBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe.skipIf(skipBrowser)('a research project from start to withdrawal (issue #21, “Done when”)', () => {
  const e2e = useE2e();

  /** Signs a page in as one of the coder accounts this test makes (the harness knows only the demo ones). */
  async function signInCoder(email: string): Promise<Page> {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.locator('#signin-email').fill(email);
    await page.locator('#signin-password').fill(PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.getByTestId('signed-in-as').waitFor({ state: 'attached' });
    return page;
  }

  /** Selects the transcript's first `n` code points with Shift+→ and presses the code's number key. */
  async function code(page: Page, n: number, key: string): Promise<void> {
    const text = page.getByTestId('coding-text');
    await text.focus();
    for (let i = 0; i < n; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.getByTestId('coding-selection').textContent()).toContain(`0–${n}`);
    await page.keyboard.press(key);
    await expect.poll(() => page.getByTestId('coding-status').textContent()).toContain('Dikode');
  }

  /** The exported package's project.qde (pseudonymised, consent-cleared), as the service streams it. */
  async function exportedXml(projectId: string): Promise<string> {
    const pseudonymKey = await loadPseudonymKey(e2e.db);
    const { stream } = await exportProjectQdpx(e2e.db, projectId, { pseudonymKey });
    const zip = await JSZip.loadAsync(await toBuffer(stream));
    return (await zip.file('project.qde')?.async('string')) ?? '';
  }

  it('creates a project, codes an uploaded DOCX blind, reads κ/α, links a tie, and withdraws an informant', {
    timeout: 600_000,
  }, async () => {
    const db = e2e.db;
    for (const coder of CODERS)
      await createUser(db, {
        email: coder.email,
        displayName: coder.name,
        role: 'researcher',
        password: PASSWORD,
        scopes: { regions: [], centers: [], enterprises: [], projects: [] },
        personalDataAccess: false,
      });
    // Two member firms of a demo centre with no tie between them: the evidence will record one.
    const pair = await sql<{ center_id: string; name: string; a: string; b: string }>`
      SELECT m1.center_id, c.name, m1.enterprise_id AS a, m2.enterprise_id AS b
        FROM center_memberships m1
        JOIN centers c ON c.id = m1.center_id
        JOIN center_memberships m2 ON m2.center_id = m1.center_id AND m2.enterprise_id > m1.enterprise_id
       WHERE m1.valid_to IS NULL AND m2.valid_to IS NULL
         AND NOT EXISTS (SELECT 1 FROM interactions i
                          WHERE i.from_enterprise_id IN (m1.enterprise_id, m2.enterprise_id)
                            AND i.to_enterprise_id IN (m1.enterprise_id, m2.enterprise_id))
       ORDER BY m1.center_id, m1.enterprise_id, m2.enterprise_id LIMIT 1`.execute(db);
    const { center_id: centerId, name: centerName, a, b } = pair.rows[0]!;

    // The lead creates the project from the list page.
    const lead = await e2e.signedInPage('researcher');
    await lead.goto('/penelitian');
    await expect.poll(() => lead.locator('main h1').textContent()).toBe('Proyek penelitian');
    const create = lead.getByTestId('project-create');
    await create.getByRole('button', { name: 'Buat proyek' }).click();
    // Nothing typed: the API names the field by its label, nothing is written.
    await expect.poll(() => create.locator('.field-error').first().textContent()).toContain('Nama');
    await create.getByLabel('Nama', { exact: true }).fill('Kemitraan mikro di sentra uji');
    await create.getByLabel('Deskripsi').fill('Wawancara pemilik IKM tentang oper order dan pinjam alat.');
    await create.getByRole('searchbox').fill(centerName);
    await create.getByRole('checkbox', { name: centerName, exact: true }).check();
    expect(await axeCheck(lead)).toEqual([]);
    await create.getByRole('button', { name: 'Buat proyek' }).click();
    await lead.getByTestId('research-project').waitFor();
    const projectId = lead.url().split('/').pop()!.split('?')[0]!;

    // Two coders join.
    const members = lead.getByTestId('member-form');
    for (const coder of CODERS) {
      await members.getByLabel('Akun').selectOption({ label: `${coder.name} (${coder.email})` });
      await members.getByLabel('Peran', { exact: true }).selectOption('coder');
      await members.getByRole('button', { name: 'Tambah' }).click();
      await expect.poll(() => lead.getByTestId('member-list').textContent()).toContain(coder.name);
    }
    expect(await lead.getByTestId('member-list').locator('tbody tr').count()).toBe(3);

    // Informants with their consent.
    await lead.getByRole('tab', { name: 'Informan' }).click();
    const informants = lead.getByTestId('informant-form');
    for (const [pseudonym, role, scopes] of [
      ['Pak Ahmad', 'pemilik', ['kutipan', 'berbagi data tersamar']],
      ['Bu Rina', 'pekerja', ['berbagi data tersamar']],
    ] as const) {
      await informants.getByLabel('Nama samaran').fill(pseudonym);
      await informants.getByLabel('Peran informan').fill(role);
      await informants.getByLabel('Sentra').selectOption(centerId);
      await informants.getByLabel('Tanggal persetujuan').fill('2024-01-10');
      for (const scope of scopes) await informants.getByRole('checkbox', { name: scope }).check();
      await informants.getByRole('button', { name: 'Tambah informan' }).click();
      await expect.poll(() => lead.getByTestId('informant-list').textContent()).toContain(pseudonym);
    }
    const ahmadRow = lead.locator('[data-informant="Pak Ahmad"]');
    expect(await ahmadRow.textContent()).toContain('kutipan sejak 10 Jan 2024');

    // Documents: a file that is not a DOCX and a Windows-1252 text are refused at the file field.
    await lead.getByRole('tab', { name: 'Dokumen' }).click();
    const documents = lead.getByTestId('document-form');
    const file = documents.locator('input[type=file]');
    const fileError = documents.locator('.field-error').first();
    await file.setInputFiles({
      name: 'palsu.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('bukan docx'),
    });
    await documents.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => fileError.textContent()).toContain('bukan dokumen Word .docx yang sah');
    await file.setInputFiles({
      name: 'lama.txt',
      mimeType: 'text/plain',
      // “kutip” as Windows-1252 writes the curly quotes: bytes 0x93 and 0x94, not UTF-8.
      buffer: Buffer.concat([
        Buffer.from('Kata '),
        Buffer.from([0x93]),
        Buffer.from('kutip'),
        Buffer.from([0x94]),
      ]),
    });
    await documents.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => fileError.textContent()).toContain('Windows-1252');
    await screenshot(lead, 'research-document-upload');
    expect(
      await db.selectFrom('research_documents').select('id').where('project_id', '=', projectId).execute(),
    ).toEqual([]);

    await file.setInputFiles({
      name: 'wawancara-ahmad.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await makeDocx(PARAGRAPHS),
    });
    await documents.getByLabel('Judul').fill('Wawancara Pak Ahmad');
    await documents.getByLabel(/^Tanggal/).fill('2024-02-01');
    await documents.getByLabel('Tempat').fill('Bengkel Pak Ahmad');
    await documents.getByRole('checkbox', { name: 'Pak Ahmad' }).check();
    await documents.getByRole('checkbox', { name: 'Peneliti (demo)' }).check();
    await documents.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(() => lead.getByTestId('document-added').textContent())
      .toContain('Wawancara Pak Ahmad');
    // Bu Rina's words, pasted: they stay in the export when Pak Ahmad withdraws.
    await documents.getByLabel('Tempel teks').check();
    await documents
      .getByLabel('Teks transkrip')
      .fill('Bu Rina: koperasi membantu kami membeli kulit bersama.');
    await documents.getByLabel('Judul').fill('Wawancara Bu Rina');
    await documents.getByRole('checkbox', { name: 'Bu Rina' }).check();
    await documents.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => lead.getByTestId('document-list').textContent()).toContain('Wawancara Bu Rina');
    const docRow = lead.getByTestId('document-list').locator('tr', { hasText: 'Wawancara Pak Ahmad' });
    expect(await docRow.textContent()).toContain('berkas .docx');
    const documentId = (
      await db
        .selectFrom('research_documents')
        .select('id')
        .where('project_id', '=', projectId)
        .where('title', '=', 'Wawancara Pak Ahmad')
        .executeTakeFirstOrThrow()
    ).id;

    // The document page: its facts, the transcript, the way on to coding.
    await docRow.getByRole('link', { name: 'Wawancara Pak Ahmad' }).click();
    await lead.getByTestId('research-document').waitFor();
    expect(await lead.getByTestId('document-facts').textContent()).toContain('Pak Ahmad');
    expect(await lead.getByTestId('transcript-preview').textContent()).toContain(PARAGRAPHS[1]);
    expect(await lead.getByRole('link', { name: 'Kode dokumen ini' }).getAttribute('href')).toBe(
      `/penelitian/dokumen/${documentId}/koding`,
    );
    expect(await axeCheck(lead)).toEqual([]);

    // A blind round with the two coders.
    await lead.goto(`/penelitian/proyek/${projectId}?tab=putaran`);
    const rounds = lead.getByTestId('round-form');
    await rounds.getByLabel('Nama putaran').fill('Putaran 1');
    await rounds.getByRole('checkbox', { name: 'Wawancara Pak Ahmad' }).check();
    for (const coder of CODERS) await rounds.getByRole('checkbox', { name: coder.name }).check();
    expect(await rounds.getByRole('checkbox', { name: /Buta/ }).isChecked()).toBe(true);
    await rounds.getByRole('button', { name: 'Buka putaran' }).click();
    await expect.poll(() => lead.getByTestId('round-list').textContent()).toContain('Putaran 1');
    await lead.getByRole('tab', { name: 'Informan' }).click();
    await lead.getByTestId('informant-list').waitFor();
    await screenshot(lead, 'research-project');
    expect(await axeCheck(lead)).toEqual([]);

    // Each coder codes the transcript; while the round is open neither sees the other's segment.
    const [one, two] = [await signInCoder(CODERS[0]!.email), await signInCoder(CODERS[1]!.email)];
    await one.goto(`/penelitian/dokumen/${documentId}/koding`);
    await code(one, 44, '7');
    await two.goto(`/penelitian/dokumen/${documentId}/koding`);
    await code(two, 30, '7');
    await expect.poll(() => two.getByTestId('my-segments').locator('li').count()).toBe(1);
    expect(await two.getByTestId('other-segments').count()).toBe(0);
    expect(await two.getByTestId('hidden-segments').textContent()).toContain('1 segmen');
    await one.reload();
    await expect.poll(() => one.getByTestId('my-segments').locator('li').count()).toBe(1);
    expect(await one.getByTestId('other-segments').count()).toBe(0);

    // The lead closes the round and reads κ and α per code.
    await lead.getByRole('tab', { name: 'Putaran' }).click();
    await lead.getByTestId('round-list').getByRole('link', { name: 'Putaran 1' }).click();
    await lead.getByRole('button', { name: 'Tutup putaran' }).click();
    const agreement = lead.getByTestId('round-agreement');
    await agreement.waitFor();
    const cells = await agreement.locator('tr', { hasText: 'Oper order' }).locator('td').allTextContents();
    // Percent agreement, Cohen's κ and Krippendorff's α, each a number with three decimals (Indonesian comma).
    expect(cells).toHaveLength(3);
    for (const cell of cells) expect(cell).toMatch(/^-?\d,\d{3}$/);

    // Coder one's segment becomes evidence for a new tie, which the centre's network then shows.
    const segment = await db
      .selectFrom('research_segments')
      .select('id')
      .where('document_id', '=', documentId)
      .where('end_cp', '=', 44)
      .executeTakeFirstOrThrow();
    await lead.goto(`/penelitian/proyek/${projectId}`);
    await lead.getByRole('link', { name: 'Bukti ikatan' }).click();
    const evidence = lead.getByTestId('evidence-form');
    await evidence.getByLabel('Segmen').selectOption(segment.id);
    await evidence.getByLabel('Ikatan', { exact: true }).selectOption('new');
    await evidence.getByLabel('Sentra ikatan baru').selectOption(centerId);
    await evidence.getByLabel('IKM pertama').selectOption(a);
    await evidence.getByLabel('IKM kedua').selectOption(b);
    await evidence.getByLabel('Jenis ikatan baru').selectOption('SUBCONTRACT');
    await evidence.getByLabel('Tanggal mulai').fill('2023-06-01');
    await evidence.getByRole('button', { name: 'Hubungkan' }).click();
    await lead.getByTestId('evidence-done').waitFor();
    const tie = await db
      .selectFrom('research_tie_evidence')
      .select('interaction_id')
      .where('segment_id', '=', segment.id)
      .executeTakeFirstOrThrow();
    await lead.getByRole('link', { name: /Lihat jaringan sentra/ }).click();
    const item = lead.locator(`[data-testid=tie-evidence-item][data-tie="${tie.interaction_id}"]`);
    await expect.poll(() => item.textContent(), { timeout: 60_000 }).toContain('Wawancara Pak Ahmad');
    expect(await item.textContent()).toContain(EXCERPT_1);

    // Before the withdrawal the export carries Pak Ahmad's excerpt.
    expect(await exportedXml(projectId)).toContain(`name="${EXCERPT_1}"`);

    // Pak Ahmad withdraws from the study: the dialog says what will happen.
    await lead.goto(`/penelitian/proyek/${projectId}?tab=informan`);
    await ahmadRow.getByRole('button', { name: 'Mundur dari penelitian…' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Pak Ahmad mundur dari penelitian?' });
    expect(await dialog.textContent()).toContain('bukti ikatannya dilepas');
    await dialog.getByLabel('Tanggal penarikan').fill('2024-06-01');
    await screenshot(lead, 'research-withdrawal');
    expect(await axeCheck(lead)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ya, mundurkan dari penelitian' }).click();
    await expect
      .poll(() => lead.getByTestId('withdrawal-done').textContent())
      .toContain('Pak Ahmad telah mundur');
    expect(await ahmadRow.textContent()).toContain('Mundur dari penelitian 1 Jun 2024');

    // Their excerpts are gone from the coding page, from the code's retrieval and from the export.
    await one.goto(`/penelitian/dokumen/${documentId}/koding`);
    await one.getByTestId('coding-text').waitFor();
    await expect.poll(() => one.getByTestId('my-segments').locator('li').count()).toBe(0);
    expect(await one.getByTestId('other-segments').locator('li').count()).toBe(0);
    await lead.getByRole('tab', { name: 'Buku kode' }).click();
    await lead.getByRole('button', { name: 'Segmen kode Oper order' }).click();
    await expect.poll(() => lead.getByTestId('code-tree').textContent()).toContain('Belum ada segmen');
    const xml = await exportedXml(projectId);
    expect(xml).not.toContain(EXCERPT_1);
    expect(xml).not.toContain('Pak Ahmad');
    expect(xml).toContain('Wawancara Bu Rina');

    // The list, reached from the glossary's research tools, and the project page in English.
    await lead
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Glosarium' })
      .click();
    await lead.getByTestId('research-tools').getByRole('link', { name: 'Proyek penelitian' }).click();
    await expect.poll(() => lead.getByTestId('project-list').textContent()).toContain('Ketua');
    await screenshot(lead, 'research-projects');
    await lead.getByTestId('lang-en').click();
    await expect.poll(() => lead.locator('main h1').textContent()).toBe('Research projects');
    expect(await lead.getByTestId('project-list').textContent()).toContain('Lead');
    await lead.getByRole('link', { name: 'Kemitraan mikro di sentra uji' }).click();
    await lead.getByRole('tab', { name: 'Informants' }).click();
    await expect
      .poll(() => lead.getByTestId('informant-list').textContent())
      .toContain('Withdrew from the study 1 Jun 2024');
    await screenshot(lead, 'research-project-en');
    expect(await axeCheck(lead)).toEqual([]);
  });
});

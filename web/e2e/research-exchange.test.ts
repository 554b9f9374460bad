import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadPseudonymKey } from '../../src/auth/pseudonym.ts';
import { exportProjectQdpx } from '../../src/research/qdpx/qdpx.service.ts';
import { codePointLength } from '../../src/shared/code-points.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

const WORDS = 'Kami maklun sol ke Pak Darto sejak 2019, tiap bulan lima ratus pasang.';
const BROKEN =
  '<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Rusak">\n<CodeBook><Codes>\n</Project>\n';

/** A real PCM WAV of one second of a 440 Hz tone at 8 kHz, 8-bit mono. */
function wav(): Buffer {
  const samples = 8000;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(samples, 40);
  const data = Buffer.alloc(samples);
  for (let i = 0; i < samples; i++) data[i] = 128 + Math.round(50 * Math.sin((2 * Math.PI * 440 * i) / 8000));
  return Buffer.concat([header, data]);
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe.skipIf(skipBrowser)('REFI-QDA exchange and attachments', () => {
  const e2e = useE2e();

  it('imports a QDPX with its report, names the element and line of a broken file, in both languages', async () => {
    const db = e2e.db;
    const researcher = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'peneliti@simpul.demo')
      .executeTakeFirstOrThrow();
    const project = await db
      .insertInto('research_projects')
      .values({ name: 'Pertukaran uji' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('research_project_members')
      .values({ project_id: project.id, user_id: researcher.id, role: 'lead' })
      .execute();
    const code = await db
      .insertInto('research_codes')
      .values({ project_id: project.id, name: 'Maklun', color: '#aa3300' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const informant = await db
      .insertInto('research_informants')
      .values({ project_id: project.id, pseudonym: 'Pak Darto', role: 'owner' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('research_consents')
      .values({ informant_id: informant.id, scope: 'sharing', granted_on: '2024-01-10' })
      .execute();
    const doc = await db
      .insertInto('research_documents')
      .values({
        project_id: project.id,
        kind: 'interview',
        title: 'Wawancara Pak Darto',
        body_code_points: codePointLength(WORDS),
        body_sha256: '0'.repeat(64),
        source_format: 'pasted',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('research_document_texts').values({ document_id: doc.id, body: WORDS }).execute();
    await db
      .insertInto('research_document_informants')
      .values({ document_id: doc.id, informant_id: informant.id })
      .execute();
    const segment = await db
      .insertInto('research_segments')
      .values({
        document_id: doc.id,
        coder_id: researcher.id,
        start_cp: 5,
        end_cp: 17,
        informant_id: informant.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('research_codings').values({ segment_id: segment.id, code_id: code.id }).execute();
    const exported = await exportProjectQdpx(db, project.id, { pseudonymKey: await loadPseudonymKey(db) });
    const qdpx = await bytesOf(exported.stream);

    const page = await e2e.signedInPage('researcher');
    await page.goto(`${e2e.baseUrl}/penelitian/proyek/${project.id}/pertukaran`);
    const form = page.getByTestId('import-form');
    await form.locator('input[type=file]').setInputFiles({
      name: 'sentra-kulit.qdpx',
      mimeType: 'application/zip',
      buffer: qdpx,
    });
    await form.getByLabel('proyek baru').check();
    await form.getByRole('button', { name: 'Impor' }).click();
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.textContent(), { timeout: 30_000 }).toContain('1 dokumen, 1 segmen');
    expect(
      await page.locator('[data-testid=import-losses] tr[data-kind=no-consent]').textContent(),
    ).toContain('Case');
    expect(await axeCheck(page)).toEqual([]);
    await page.getByTestId('import-losses').scrollIntoViewIfNeeded();
    await screenshot(page, 'research-exchange');

    await page.getByTestId('lang-en').click();
    await form.locator('input[type=file]').setInputFiles({
      name: 'broken.qde',
      mimeType: 'application/xml',
      buffer: Buffer.from(BROKEN),
    });
    await form.getByRole('button', { name: 'Import' }).click();
    const refusal = page.getByTestId('refusal');
    await expect.poll(() => refusal.textContent(), { timeout: 30_000 }).toContain('line 4');
    expect(await refusal.textContent()).toContain('<CodeBook>');
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'research-exchange-en');

    // Attachments of the document: upload a recording, play it, delete it.
    await page.getByTestId('lang-id').click();
    await page.goto(`${e2e.baseUrl}/penelitian/dokumen/${doc.id}/lampiran`);
    const attach = page.getByTestId('attach-form');
    await attach.locator('input[type=file]').setInputFiles({
      name: 'wawancara-darto.wav',
      mimeType: 'audio/wav',
      buffer: wav(),
    });
    await attach.getByRole('button', { name: 'Lampirkan' }).click();
    const row = page.locator('[data-testid=attachments] tbody tr');
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    expect(await row.textContent()).toContain('audio/wav');
    const duration = await page.locator('audio').evaluate(
      (audio: HTMLAudioElement) =>
        new Promise<number>((resolve) => {
          if (audio.readyState >= 1) resolve(audio.duration);
          else audio.addEventListener('loadedmetadata', () => resolve(audio.duration), { once: true });
        }),
    );
    expect(duration).toBeCloseTo(1, 1);
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'research-attachments');
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(() => page.getByText('Belum ada lampiran.').count()).toBe(1);
  });
});

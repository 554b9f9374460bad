import { describe, expect, it } from 'vitest';
import { seedCodebook } from '../../src/research/codebook-seed.ts';
import { insertDocument, insertProject } from '../../src/research/research.test-helpers.ts';
import { axeCheck, skipBrowser, useE2e } from './harness.ts';

const TEXT = 'Kalau pesanan numpuk, saya oper ke tetangga yang mesinnya kosong.';

describe.skipIf(skipBrowser)('research memos on a document, a code and a segment', () => {
  const e2e = useE2e();

  it('writes each where it belongs and lists all three on the project, in both languages', async () => {
    const db = e2e.db;
    const coder = (
      await db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'peneliti@simpul.demo')
        .executeTakeFirstOrThrow()
    ).id;
    const projectId = await insertProject(db);
    await db.transaction().execute((trx) => seedCodebook(trx, projectId));
    await db
      .insertInto('research_project_members')
      .values({ project_id: projectId, user_id: coder, role: 'coder' })
      .execute();
    const documentId = await insertDocument(db, projectId, TEXT);
    const code = await db
      .selectFrom('research_codes')
      .select(['id', 'name'])
      .where('project_id', '=', projectId)
      .where('parent_id', 'is not', null)
      .orderBy('name')
      .executeTakeFirstOrThrow();
    const segment = await db
      .insertInto('research_segments')
      .values({ document_id: documentId, coder_id: coder, start_cp: 0, end_cp: 20 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('research_codings').values({ segment_id: segment.id, code_id: code.id }).execute();
    const page = await e2e.signedInPage('researcher');

    // On the document.
    await page.goto(`/penelitian/dokumen/${documentId}`);
    const onDocument = page.getByTestId('document-memos');
    await onDocument.getByLabel('Tambah memo tentang dokumen ini').fill('Informan ragu soal harga.');
    await onDocument.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(() => onDocument.getByTestId('memo-list').textContent())
      .toContain('Informan ragu soal harga.');
    expect(await axeCheck(page)).toEqual([]);

    // On the code and on its segment, from the codebook.
    await page.goto(`/penelitian/proyek/${projectId}?tab=kode`);
    await page.getByRole('button', { name: `Segmen kode ${code.name}` }).click();
    await page.getByTestId('code-segments').waitFor();
    await page.getByLabel('Tambah memo tentang kode ini').fill('Definisi perlu contoh maklun.');
    await page
      .getByLabel('Tambah memo tentang kode ini')
      .locator('xpath=ancestor::form')
      .getByRole('button', { name: 'Simpan' })
      .click();
    await expect.poll(() => page.getByText('Definisi perlu contoh maklun.').count()).toBe(1);
    await page.getByText('Memo segmen').click();
    await page.getByLabel('Tambah memo tentang segmen ini').fill('Oper order, bukan maklun.');
    await page
      .getByLabel('Tambah memo tentang segmen ini')
      .locator('xpath=ancestor::form')
      .getByRole('button', { name: 'Simpan' })
      .click();
    await expect.poll(() => page.getByText('Oper order, bukan maklun.').count()).toBe(1);

    // The project's memo tab lists the three with what each is on.
    await page.goto(`/penelitian/proyek/${projectId}?tab=memo`);
    const list = page.getByTestId('memo-list');
    await expect.poll(() => list.locator('li').count()).toBe(3);
    const text = (await list.textContent()) ?? '';
    for (const on of ['dokumen', 'kode', 'segmen']) expect(text).toContain(on);
    await page.getByTestId('lang-en').click();
    await expect.poll(() => list.textContent()).toContain('document');
    expect(await list.textContent()).toContain('segment');
    await page.getByTestId('lang-id').click();
    const stored = await db
      .selectFrom('research_memos')
      .select(['target_kind', 'target_id'])
      .where('project_id', '=', projectId)
      .execute();
    expect(stored.map((m) => [m.target_kind, m.target_id]).sort()).toEqual(
      [
        ['code', code.id],
        ['document', documentId],
        ['segment', segment.id],
      ].sort(),
    );
    await page.context().close();
  });
});

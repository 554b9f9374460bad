import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.ts';
import { codePointLength } from '../../src/shared/code-points.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

/** A project of the demo researcher in a demo centre: an informant of a member firm quoted naming it. */
async function project(db: Db) {
  const firm = await sql<{ center_id: string; center: string; id: string; name: string }>`
    SELECT m.center_id, c.name AS center, e.id, e.name FROM center_memberships m
      JOIN centers c ON c.id = m.center_id JOIN enterprises e ON e.id = m.enterprise_id
     WHERE m.valid_to IS NULL ORDER BY c.name, e.name LIMIT 1`.execute(db);
  const { center_id: centerId, center, id: enterpriseId, name } = firm.rows[0]!;
  const researcher = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'peneliti@simpul.demo')
    .executeTakeFirstOrThrow();
  const { id: projectId } = await db
    .insertInto('research_projects')
    .values({ name: 'Privasi uji' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('research_project_centers')
    .values({ project_id: projectId, center_id: centerId })
    .execute();
  await db
    .insertInto('research_project_members')
    .values({ project_id: projectId, user_id: researcher.id, role: 'lead' })
    .execute();
  const informant = await db
    .insertInto('research_informants')
    .values({
      project_id: projectId,
      pseudonym: 'Bu Ani',
      role: 'owner',
      center_id: centerId,
      enterprise_id: enterpriseId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('research_consents')
    .values(
      (['interview', 'quotation', 'registry_link'] as const).map((scope) => ({
        informant_id: informant.id,
        scope,
        granted_on: '2024-01-10',
      })),
    )
    .execute();
  const words = `Usaha kami, ${name}, sering oper order ke tetangga kalau pesanan banyak.`;
  const doc = await db
    .insertInto('research_documents')
    .values({
      project_id: projectId,
      kind: 'interview',
      title: 'Wawancara Bu Ani',
      held_on: '2024-02-01',
      body_code_points: codePointLength(words),
      body_sha256: '0'.repeat(64),
      source_format: 'pasted',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('research_document_texts').values({ document_id: doc.id, body: words }).execute();
  await db
    .insertInto('research_document_informants')
    .values({ document_id: doc.id, informant_id: informant.id })
    .execute();
  const code = await db
    .insertInto('research_codes')
    .values({ project_id: projectId, name: 'Oper order' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const segment = await db
    .insertInto('research_segments')
    .values({ document_id: doc.id, coder_id: researcher.id, start_cp: 0, end_cp: codePointLength(words) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('research_codings').values({ segment_id: segment.id, code_id: code.id }).execute();
  return { projectId, centerId, center, codeId: code.id };
}

describe.skipIf(skipBrowser)('research privacy and the code × centre matrix', () => {
  const e2e = useE2e();

  it('lists re-identification warnings in both languages, marks the quotation, and shows the matrix', async () => {
    const w = await project(e2e.db);
    const page = await e2e.signedInPage('researcher');

    await page.goto(`${e2e.baseUrl}/penelitian/proyek/${w.projectId}/privasi`);
    await page.getByRole('heading', { name: 'Risiko identifikasi ulang' }).waitFor();
    const quotation = page.locator('[data-testid=reid-warning][data-kind=quotation]');
    await expect.poll(() => quotation.count()).toBe(1);
    expect(await quotation.textContent()).toContain('Bu Ani');
    expect(await quotation.textContent()).toContain('[nama usaha]');
    expect(await quotation.textContent()).toContain('Samarkan');
    expect(await page.locator('[data-testid=reid-warning][data-kind=attributes]').count()).toBe(1);
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'research-privacy');

    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { name: 'Re-identification risk' }).waitFor();
    expect(await quotation.textContent()).toContain('[business name]');
    expect(await quotation.textContent()).toContain('Mask that part');
    await screenshot(page, 'research-privacy-en');
    await page.getByTestId('lang-id').click();

    await page.goto(`${e2e.baseUrl}/penelitian/proyek/${w.projectId}/bukti`);
    await expect.poll(() => page.getByTestId('reid-badge').count()).toBe(1);
    expect(await page.getByTestId('reid-badge').textContent()).toContain('Risiko identifikasi');

    await page.goto(`${e2e.baseUrl}/penelitian/proyek/${w.projectId}/matriks`);
    await page.getByRole('heading', { name: 'Matriks kode × sentra' }).waitFor();
    const cell = page.locator(
      `[data-testid=matrix-cell][data-code="${w.codeId}"][data-center="${w.centerId}"]`,
    );
    await expect.poll(() => cell.textContent()).toContain('1');
    expect(await cell.getAttribute('style')).toContain('background');
    expect(await page.getByTestId('code-center-matrix').textContent()).toContain(w.center);
    expect(await page.locator('[data-indicator=collaborationDensity] td').count()).toBe(1);
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'research-matrix');

    // The export page says how many warnings stand before a copy leaves Simpul, and links them.
    const warnings = await page.evaluate(async (id) => {
      const r = await fetch(`/api/research/projects/${id}/reidentification`);
      return ((await r.json()) as { warnings: unknown[] }).warnings.length;
    }, w.projectId);
    expect(warnings).toBeGreaterThan(0);
    await page.goto(`${e2e.baseUrl}/penelitian/proyek/${w.projectId}/pertukaran`);
    const notice = page.getByTestId('export-reid-warning');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`${warnings} peringatan`);
    await notice.getByRole('link').click();
    await page.getByRole('heading', { name: 'Risiko identifikasi ulang' }).waitFor();
  });
});

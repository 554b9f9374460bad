import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../src/shared/code-points.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

const WORDS = 'Kami sering pinjam mesin press ke tetangga kalau pesanan lagi banyak.';

describe.skipIf(skipBrowser)('tie evidence', () => {
  const e2e = useE2e();

  it('links a coded segment to a new tie and shows it, with its evidence, in the centre’s network', async () => {
    const db = e2e.db;
    // Two member firms of a demo centre with no equipment-sharing tie between them.
    const pair = await sql<{ center_id: string; a: string; b: string }>`
      SELECT m1.center_id, m1.enterprise_id AS a, m2.enterprise_id AS b
        FROM center_memberships m1
        JOIN center_memberships m2 ON m2.center_id = m1.center_id AND m2.enterprise_id > m1.enterprise_id
       WHERE m1.valid_to IS NULL AND m2.valid_to IS NULL
         AND NOT EXISTS (SELECT 1 FROM interactions i
                          WHERE i.from_enterprise_id IN (m1.enterprise_id, m2.enterprise_id)
                            AND i.to_enterprise_id IN (m1.enterprise_id, m2.enterprise_id))
       ORDER BY m1.center_id, m1.enterprise_id, m2.enterprise_id LIMIT 1`.execute(db);
    const { center_id: centerId, a, b } = pair.rows[0]!;
    const researcher = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'peneliti@simpul.demo')
      .executeTakeFirstOrThrow();
    const project = await db
      .insertInto('research_projects')
      .values({ name: 'Bukti ikatan uji' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('research_project_centers')
      .values({ project_id: project.id, center_id: centerId })
      .execute();
    await db
      .insertInto('research_project_members')
      .values({ project_id: project.id, user_id: researcher.id, role: 'lead' })
      .execute();
    const informant = await db
      .insertInto('research_informants')
      .values({
        project_id: project.id,
        pseudonym: 'Bu Ani',
        role: 'owner',
        center_id: centerId,
        enterprise_id: a,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('research_consents')
      .values(
        (['interview', 'quotation'] as const).map((scope) => ({
          informant_id: informant.id,
          scope,
          granted_on: '2024-01-10',
        })),
      )
      .execute();
    const doc = await db
      .insertInto('research_documents')
      .values({
        project_id: project.id,
        kind: 'interview',
        title: 'Wawancara Bu Ani',
        held_on: '2024-02-01',
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
      .values({ document_id: doc.id, coder_id: researcher.id, start_cp: 0, end_cp: 41 })
      .returning('id')
      .executeTakeFirstOrThrow();

    const page = await e2e.signedInPage('researcher');
    await page.goto(`${e2e.baseUrl}/penelitian/proyek/${project.id}/bukti`);
    const form = page.getByTestId('evidence-form');
    await expect.poll(() => page.getByTestId('evidence-segment').count()).toBe(1);
    await form.getByLabel('Segmen').selectOption(segment.id);
    await form.getByLabel('Ikatan', { exact: true }).selectOption('new');
    await form.getByLabel('Sentra ikatan baru').selectOption(centerId);
    await form.getByLabel('IKM pertama').selectOption(a);
    await form.getByLabel('IKM kedua').selectOption(b);
    await form.getByLabel('Jenis ikatan baru').selectOption('EQUIPMENT_SHARING');
    await form.getByLabel('Tanggal mulai').fill('2023-06-01');
    await form.getByRole('button', { name: 'Hubungkan' }).click();
    await expect.poll(() => page.getByTestId('evidence-done').textContent()).toContain('satu pihak');
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'research-evidence-link');

    const tie = await db
      .selectFrom('research_tie_evidence')
      .select('interaction_id')
      .where('segment_id', '=', segment.id)
      .executeTakeFirstOrThrow();
    await page.getByRole('link', { name: /Lihat jaringan sentra/ }).click();
    const item = page.locator(`[data-testid=tie-evidence-item][data-tie="${tie.interaction_id}"]`);
    await expect.poll(() => item.textContent(), { timeout: 60_000 }).toContain('Wawancara Bu Ani');
    expect(await item.textContent()).toContain(WORDS.slice(0, 41));
    expect(await item.textContent()).toContain('satu pihak');
    expect(await page.getByTestId('corroboration-rate').textContent()).toContain('ikatan berbukti');
    await screenshot(page, 'research-evidence-network');
  });
});

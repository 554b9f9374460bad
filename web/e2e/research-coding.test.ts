import { describe, expect, it } from 'vitest';
import { seedCodebook } from '../../src/research/codebook-seed.ts';
import { insertDocument, insertProject } from '../../src/research/research.test-helpers.ts';
import { axeCheck, skipBrowser, useE2e } from './harness.ts';

const SHORT =
  'Kalau pesanan numpuk, saya oper ke tetangga. Tapi ada juga yang banting harga di bawah modal, pembeli lari semua.';
// About 50,000 words, in paragraphs.
const LONG = Array.from(
  { length: 2500 },
  (_, i) =>
    `Paragraf ${i + 1}: kami beli bahan bersama di pasar, lalu sebagian pesanan dioper ke tetangga yang mesinnya kosong.`,
).join('\n');

describe.skipIf(skipBrowser)('coding transcripts', () => {
  const e2e = useE2e();

  async function setUp() {
    const db = e2e.db;
    const userId = async (email: string) =>
      (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    const lead = await userId('admin@simpul.demo');
    const coder = await userId('peneliti@simpul.demo');
    const projectId = await insertProject(db);
    await db.transaction().execute((trx) => seedCodebook(trx, projectId));
    await db
      .insertInto('research_project_members')
      .values([
        { project_id: projectId, user_id: lead, role: 'lead' },
        { project_id: projectId, user_id: coder, role: 'coder' },
      ])
      .execute();
    const short = await insertDocument(db, projectId, SHORT);
    const long = await insertDocument(db, projectId, LONG);
    const round = await db
      .insertInto('research_rounds')
      .values({ project_id: projectId, name: 'Putaran uji' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('research_round_documents')
      .values({ round_id: round.id, document_id: short })
      .execute();
    await db
      .insertInto('research_round_coders')
      .values([
        { round_id: round.id, user_id: lead },
        { round_id: round.id, user_id: coder },
      ])
      .execute();
    return { short, long, roundId: round.id };
  }

  /** Selects code points [0, n) with Shift+→ and presses `key`; returns the milliseconds until the app says it is coded. */
  async function code(
    page: Awaited<ReturnType<typeof e2e.newPage>>,
    n: number,
    key: string,
  ): Promise<number> {
    const text = page.getByTestId('coding-text');
    await text.focus();
    for (let i = 0; i < n; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.getByTestId('coding-selection').textContent()).toContain(`0–${n}`);
    const began = Date.now();
    await page.keyboard.press(key);
    await expect
      .poll(() => page.getByTestId('coding-status').textContent(), { timeout: 30_000 })
      .toContain('Dikode');
    return Date.now() - began;
  }

  it('two coders code blind, the lead closes the round and sees κ and α per code', {
    timeout: 240_000,
  }, async () => {
    const { short, long, roundId } = await setUp();

    const coderPage = await e2e.signedInPage('researcher');
    await coderPage.goto(`/penelitian/dokumen/${short}/koding`);
    await code(coderPage, 44, '7'); // the seventh codable code: oper order
    await expect.poll(() => coderPage.getByTestId('my-segments').locator('li').count()).toBe(1);
    expect(await axeCheck(coderPage)).toEqual([]);

    const leadPage = await e2e.signedInPage('admin');
    await leadPage.goto(`/penelitian/dokumen/${short}/koding`);
    await code(leadPage, 30, '7');
    // Blind: the lead sees their own segment and only a count of the other coder's.
    await expect.poll(() => leadPage.getByTestId('my-segments').locator('li').count()).toBe(1);
    expect(await leadPage.getByTestId('other-segments').count()).toBe(0);
    expect(await leadPage.getByTestId('hidden-segments').textContent()).toContain('1 segmen');

    await leadPage.goto(`/penelitian/putaran/${roundId}`);
    await leadPage.getByRole('button', { name: 'Tutup putaran' }).click();
    const table = leadPage.getByTestId('round-agreement');
    await table.waitFor();
    const row = await table.locator('tr', { hasText: 'Oper order' }).textContent();
    // 30 of 44 coded characters agree; the rest of the 113 agree on "not coded": 99/113 = 0,876.
    expect(row).toContain('0,876');
    expect(await leadPage.getByTestId('round-state').textContent()).toBe('Ditutup');

    // After closing, the coder sees the lead's segment too.
    await coderPage.goto(`/penelitian/dokumen/${short}/koding`);
    await expect.poll(() => coderPage.getByTestId('other-segments').locator('li').count()).toBe(1);

    // A 50,000-word transcript: coding answers fast.
    await coderPage.goto(`/penelitian/dokumen/${long}/koding`);
    await coderPage.getByTestId('coding-text').waitFor();
    const ms = await code(coderPage, 20, '5');
    console.log(`coding a 50,000-word transcript answered in ${ms} ms`);
    expect(ms).toBeLessThan(3000);
  });
});

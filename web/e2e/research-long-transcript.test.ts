import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedCodebook } from '../../src/research/codebook-seed.ts';
import { insertDocument, insertProject } from '../../src/research/research.test-helpers.ts';
import { codePointLength, sliceCodePoints } from '../../src/shared/code-points.ts';
import { screenshot, skipBrowser, useE2e } from './harness.ts';

// 2,500 paragraphs of 20 words: 50,000 words. Each paragraph holds an emoji with a skin-tone modifier
// (two code points, four UTF-16 units) and an e with a combining acute accent (two code points), so by
// the end the code-point offsets and the UTF-16 indexes are 10,000 apart.
const PARAGRAPHS = 2500;
const paragraph = (i: number) =>
  `Paragraf ${i} 👍🏽 cafe\u0301 kami beli bahan bersama di pasar lalu sebagian pesanan dioper ke tetangga yang mesinnya kosong.`;
const TEXT = Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i + 1)).join('\n');
const SEGMENTS = 3000;
const TARGET = 'Paragraf 2200';

describe.skipIf(skipBrowser)('a 50,000-word transcript', () => {
  const e2e = useE2e();

  async function setUp() {
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
    const codes = await db
      .selectFrom('research_codes')
      .select('id')
      .where('project_id', '=', projectId)
      .where('is_codable', '=', true)
      .execute();
    // Thousands of earlier segments all over the text (none on the target paragraph), each with a code.
    const length = codePointLength(TEXT);
    const avoid = codePointLength(TEXT.slice(0, TEXT.indexOf(`${TARGET} `)));
    const spans = Array.from({ length: SEGMENTS }, (_, i) => {
      const start = Math.floor((i * (length - 200)) / SEGMENTS);
      return { start, end: start + 40 + (i % 60) };
    }).filter((s) => s.end < avoid - 5 || s.start > avoid + 200);
    for (let from = 0; from < spans.length; from += 1000) {
      const rows = await db
        .insertInto('research_segments')
        .values(
          spans.slice(from, from + 1000).map((s) => ({
            document_id: documentId,
            coder_id: coder,
            start_cp: s.start,
            end_cp: s.end,
          })),
        )
        .returning('id')
        .execute();
      await db
        .insertInto('research_codings')
        .values(rows.map((r, i) => ({ segment_id: r.id, code_id: codes[i % codes.length]!.id })))
        .execute();
    }
    return { documentId, segments: spans.length };
  }

  /** Selects the text `phrase` (deep in the transcript) with the mouse, as a coder would. */
  async function dragOver(page: Page, phrase: string) {
    const box = await page.evaluate((wanted) => {
      const root = document.querySelector('[data-testid="coding-text"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(wanted);
        if (at < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const first = document.createRange();
        first.setStart(node, at);
        first.setEnd(node, at + 1);
        const last = document.createRange();
        last.setStart(node, at + wanted.length - 1);
        last.setEnd(node, at + wanted.length);
        const a = first.getBoundingClientRect();
        const b = last.getBoundingClientRect();
        return { x0: a.left + 1, y0: a.top + a.height / 2, x1: b.right - 1, y1: b.top + b.height / 2 };
      }
      return null;
    }, phrase);
    if (!box) throw new Error(`"${phrase}" is not on the page`);
    await page.mouse.move(box.x0, box.y0);
    await page.mouse.down();
    await page.mouse.move(box.x1, box.y1, { steps: 5 });
    await page.mouse.up();
  }

  it('loads with thousands of segments, selects text deep in it, and codes it by keyboard at the exact offsets', {
    timeout: 300_000,
  }, async () => {
    const { documentId, segments } = await setUp();
    const page = await e2e.signedInPage('researcher');
    const began = Date.now();
    await page.goto(`/penelitian/dokumen/${documentId}/koding`);
    await page.getByTestId('coding-text').waitFor();
    await expect
      .poll(() => page.getByTestId('my-segments').locator('li').count(), { timeout: 60_000 })
      .toBe(segments);
    // Time to interactive, printed only: the machine is shared, so no assertion on it.
    console.log(
      `50,000-word transcript with ${segments} segments: interactive ${Date.now() - began} ms after navigation`,
    );
    expect(await page.locator('.coding-chunk').count()).toBeGreaterThan(1000);
    expect(await page.locator('mark.coding-mark-mine').count()).toBeGreaterThan(segments / 2);

    // The mouse selects "Paragraf 2200", Shift+→ four times adds " 👍🏽 " (four code points), 4 codes it.
    await dragOver(page, TARGET);
    const start = codePointLength(TEXT.slice(0, TEXT.indexOf(`${TARGET} `)));
    await expect
      .poll(() => page.getByTestId('coding-selection').textContent())
      .toContain(`${start}–${start + TARGET.length}`);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
    const end = start + TARGET.length + 4;
    await expect.poll(() => page.getByTestId('coding-selection').textContent()).toContain(`${start}–${end}`);
    const codedAt = Date.now();
    await page.keyboard.press('4');
    await expect.poll(() => page.getByTestId('coding-status').textContent()).toContain('Dikode');
    await expect.poll(() => page.getByTestId('my-segments').locator('li').count()).toBe(segments + 1);
    console.log(`coding by keyboard answered in ${Date.now() - codedAt} ms (segment list included)`);

    const saved = await e2e.db
      .selectFrom('research_segments')
      .select(['start_cp', 'end_cp'])
      .where('document_id', '=', documentId)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect({ start: saved.start_cp, end: saved.end_cp }).toEqual({ start, end });
    expect(sliceCodePoints(TEXT, start, end)).toBe(`${TARGET} 👍🏽 `);
    // The new segment is highlighted where it was coded.
    await expect
      .poll(() => page.locator('mark.coding-mark-mine', { hasText: TARGET }).count())
      .toBeGreaterThan(0);
    // axe is left to research-coding.test.ts (the same screen and highlights on a short text): on 3,000
    // segments it takes minutes.
    await screenshot(page, 'research-long-transcript');

    // English: the same screen speaks it.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Coding:');
    await screenshot(page, 'research-long-transcript-en');
  });
});

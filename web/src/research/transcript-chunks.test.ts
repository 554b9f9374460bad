import { describe, expect, it } from 'vitest';
import { codePointLength, sliceCodePoints } from '../../../src/shared/code-points.ts';
import { chunkIndexAt, chunksOf, marksByChunk, piecesOf } from './transcript-chunks.ts';

// Each line: an emoji with a skin-tone modifier (2 code points, 4 UTF-16 units) and an e with a combining
// accent (2 code points); 300 lines of 60-odd code points.
const TEXT = Array.from(
  { length: 300 },
  (_, i) => `Baris ${i} 👍🏽 cafe\u0301 pesanan dioper ke tetangga.`,
).join('\n');

describe('transcript chunks', () => {
  it('cover the text exactly, in code points, cut after a line end', () => {
    const chunks = chunksOf(TEXT);
    expect(chunks.length).toBeGreaterThan(50);
    expect(chunks.map((c) => c.text).join('')).toBe(TEXT);
    let at = 0;
    for (const chunk of chunks) {
      expect(chunk.start).toBe(at);
      expect(chunk.length).toBe(codePointLength(chunk.text));
      expect(sliceCodePoints(TEXT, chunk.start, chunk.start + chunk.length)).toBe(chunk.text);
      at += chunk.length;
    }
    expect(at).toBe(codePointLength(TEXT));
    expect(chunks.slice(0, -1).every((c) => c.text.endsWith('\n'))).toBe(true);
    expect(chunkIndexAt(chunks, 0)).toBe(0);
    expect(chunkIndexAt(chunks, chunks[3]!.start)).toBe(3);
    expect(chunkIndexAt(chunks, chunks[3]!.start - 1)).toBe(2);
  });

  it('cut each chunk at its segments, whose pieces are the segments’ code points', () => {
    const chunks = chunksOf(TEXT);
    const second = chunks[1]!;
    // One mark inside the second chunk starting after an emoji, one of another coder across its end.
    const emoji = codePointLength(second.text.slice(0, second.text.indexOf('👍🏽')));
    const mine = { startCp: second.start + emoji + 1, endCp: second.start + emoji + 9, mine: true };
    const across = {
      startCp: second.start + second.length - 3,
      endCp: second.start + second.length + 5,
      mine: false,
    };
    const per = marksByChunk(chunks, [mine, across]);
    expect(per[1]).toEqual([mine, across]);
    expect(per[2]).toEqual([across]);
    expect(per[0]).toEqual([]);
    const pieces = piecesOf(second, per[1]!);
    expect(pieces.map((p) => p.text).join('')).toBe(second.text);
    const marked = pieces.filter((p) => p.mine);
    expect(marked.map((p) => p.text).join('')).toBe(sliceCodePoints(TEXT, mine.startCp, mine.endCp));
    expect(marked[0]!.text.startsWith('🏽')).toBe(true);
    expect(pieces.at(-1)).toMatchObject({ mine: false, others: true });
    expect(piecesOf(chunks[2]!, per[2]!)[0]).toMatchObject({
      others: true,
      text: sliceCodePoints(TEXT, chunks[2]!.start, across.endCp),
    });
  });
});

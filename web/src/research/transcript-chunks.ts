/**
 * A long transcript on screen: its text cut into paragraph chunks (each its own block, laid out only near
 * the viewport), the coded spans of each chunk, and the exact mapping between DOM points and code-point
 * offsets (the unit of segments; an emoji is one or two code points but two or four UTF-16 units).
 */
import { codePointIndex } from '../../../src/shared/code-points.ts';

/** A run of the transcript rendered as one block; `start` is its first code point, `length` its code points. */
export interface Chunk {
  start: number;
  length: number;
  text: string;
}

/** Splits the text into paragraphs (about 2,000 code points at most each), keeping code-point starts. */
export function chunksOf(text: string): Chunk[] {
  const out: Chunk[] = [];
  let start = 0;
  let from = 0;
  let length = 0;
  let i = 0;
  for (const ch of text) {
    i += ch.length;
    length++;
    if ((ch === '\n' && length > 200) || length >= 2000) {
      out.push({ start, length, text: text.slice(from, i) });
      start += length;
      from = i;
      length = 0;
    }
  }
  if (length > 0) out.push({ start, length, text: text.slice(from) });
  return out;
}

/** A coded span to highlight: half-open code points, and whether it is the viewer's own. */
export interface Mark {
  startCp: number;
  endCp: number;
  mine: boolean;
}

/** A piece of a chunk: its text and which kinds of segment cover it. */
export interface Piece {
  text: string;
  mine: boolean;
  others: boolean;
}

/** The index of the chunk holding code point `cp` (the last chunk starting at or before it). */
export function chunkIndexAt(chunks: readonly Chunk[], cp: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.start <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The marks overlapping each chunk (an array per chunk, in the order of `chunks`). */
export function marksByChunk(chunks: readonly Chunk[], marks: readonly Mark[]): Mark[][] {
  const out = chunks.map((): Mark[] => []);
  if (chunks.length === 0) return out;
  for (const mark of marks) {
    if (mark.endCp <= mark.startCp) continue;
    const last = chunkIndexAt(chunks, mark.endCp - 1);
    for (let c = chunkIndexAt(chunks, mark.startCp); c <= last; c++) out[c]!.push(mark);
  }
  return out;
}

/** A chunk cut at its marks' boundaries, each piece with the kinds of segment covering it. */
export function piecesOf(chunk: Chunk, marks: readonly Mark[]): Piece[] {
  if (marks.length === 0) return [{ text: chunk.text, mine: false, others: false }];
  const end = chunk.start + chunk.length;
  const cuts = new Set([chunk.start, end]);
  for (const m of marks) {
    if (m.startCp > chunk.start && m.startCp < end) cuts.add(m.startCp);
    if (m.endCp > chunk.start && m.endCp < end) cuts.add(m.endCp);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const at = codePointIndex(chunk.text);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    const covering = marks.filter((m) => m.startCp <= from && m.endCp >= to);
    pieces.push({
      text: chunk.text.slice(at(from - chunk.start), at(to - chunk.start)),
      mine: covering.some((m) => m.mine),
      others: covering.some((m) => !m.mine),
    });
  }
  return pieces;
}

/** The chunk element holding a DOM node (the nearest ancestor with `data-cp`), or null outside the transcript. */
function chunkElementOf(node: Node | null): HTMLElement | null {
  let element: Node | null = node;
  while (element && !(element instanceof HTMLElement && element.dataset.cp !== undefined))
    element = element.parentNode;
  return element instanceof HTMLElement ? element : null;
}

/** The code-point offset of a DOM point inside a chunk (through any highlight), or null outside the transcript. */
export function codePointAt(node: Node | null, offset: number): number | null {
  const chunk = chunkElementOf(node);
  if (!chunk || !node) return null;
  const before = document.createRange();
  before.setStart(chunk, 0);
  before.setEnd(node, offset);
  let n = 0;
  for (const _ of before.toString()) n++;
  return Number(chunk.dataset.cp) + n;
}

/** The DOM point of code point `cp`, in the text node of its chunk that holds it. */
export function domPointOf(root: HTMLElement, chunks: readonly Chunk[], cp: number): [Node, number] | null {
  const chunk = chunks[chunkIndexAt(chunks, cp)];
  if (!chunk) return null;
  const element = root.querySelector<HTMLElement>(`[data-cp="${chunk.start}"]`);
  if (!element) return null;
  let left = cp - chunk.start;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  // The end of the text seen so far: the answer when `cp` is the chunk's very end.
  let end: [Node, number] | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let units = 0;
    for (const ch of node.textContent ?? '') {
      if (left === 0) return [node, units];
      units += ch.length;
      left--;
    }
    end = [node, units];
  }
  return left === 0 ? end : null;
}

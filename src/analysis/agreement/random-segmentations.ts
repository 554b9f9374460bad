/**
 * Seeded coded segmentations for the equivalence test and the round-agreement bench: coders who mostly
 * code the same passages with the same code, with boundaries a few characters apart, who sometimes pick
 * another code, skip a passage or add one of their own; segments may overlap, run past the text's end or
 * carry several codes, as real ones do.
 */
import { createRng, randomInt } from '../rng.ts';
import type { CodedSpan, SegmentAgreementInput } from './segment-agreement.ts';

/** What to generate: per document its length in code points; per coder about `segments` spans. */
export interface SegmentationShape {
  documents: readonly number[];
  coders: number;
  codes: number;
  /** Passages per coder, over all documents. */
  segments: number;
  /** Longest passage in code points. */
  maxLength?: number;
}

/** A random comparison of `shape`, the same for the same `seed`. */
export function randomSegmentation(seed: number, shape: SegmentationShape): SegmentAgreementInput {
  const rng = createRng(seed);
  const documents = shape.documents.map((length, i) => ({ id: `doc${i + 1}`, length }));
  const coders = Array.from({ length: shape.coders }, (_, c) => `coder${c + 1}`);
  const codes = Array.from({ length: shape.codes }, (_, k) => `code${k + 1}`);
  const total = documents.reduce((sum, d) => sum + d.length, 0);
  const maxLength = shape.maxLength ?? 300;
  const spans: CodedSpan[] = [];
  const jitter = () => randomInt(rng, 21) - 10;
  const code = () => codes[randomInt(rng, codes.length)] as string;
  for (let p = 0; p < shape.segments && total > 0; p++) {
    const doc = documents[randomInt(rng, documents.length)]!;
    if (doc.length === 0) continue;
    const start = randomInt(rng, doc.length);
    const end = start + 1 + randomInt(rng, maxLength);
    const truth = code();
    for (const coder of coders) {
      const r = rng();
      if (r < 0.1) continue;
      const codesOf = r < 0.2 ? [code()] : r < 0.25 ? [truth, code()] : r < 0.27 ? [] : [truth];
      spans.push({ document: doc.id, coder, start: start + jitter(), end: end + jitter(), codes: codesOf });
      if (rng() < 0.05) {
        const own = randomInt(rng, doc.length);
        spans.push({
          document: doc.id,
          coder,
          start: own,
          end: own + 1 + randomInt(rng, 40),
          codes: [code()],
        });
      }
    }
  }
  return { documents, coders, codes, spans };
}

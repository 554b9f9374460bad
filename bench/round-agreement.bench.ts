/**
 * Agreement of a coding round over a long transcript (issue #21 item 5): a 50,000-word interview (about
 * 330,000 code points), 3 coders with about 2,000 segments each, the 17 codes of the seeded codebook. Ours
 * is `segmentAgreement` (run-length units); the reference, in the same run, is the per-character
 * unitisation it replaced (`bench/per-character-agreement.ts`), which must give the same figures.
 */
import { randomSegmentation } from '../src/analysis/agreement/random-segmentations.ts';
import { type SegmentUnitisation, segmentAgreement } from '../src/analysis/index.ts';
import { perCharacterAgreement } from './per-character-agreement.ts';
import { benchStart, QUICK } from './report.ts';

const report = benchStart();
const WORDS = 50_000;
const LENGTH = Math.round(WORDS * 6.6); // an Indonesian word and its space average about 6.6 code points
const input = randomSegmentation(21, { documents: [LENGTH], coders: 3, codes: 17, segments: 1_900 });
const perCoder = input.coders.map((coder) => input.spans.filter((s) => s.coder === coder).length);
console.log(
  `Transcript: ${WORDS.toLocaleString('en')} words, ${LENGTH.toLocaleString('en')} code points; segments per coder: ${perCoder.join(', ')}`,
);

/** The median milliseconds of `runs` calls of `f` after one warm-up, and its last result. */
function time<T>(runs: number, f: () => T): { ms: number; result: T } {
  let result = f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, result };
}

for (const unitisation of ['all_text', 'coded_text'] as const satisfies SegmentUnitisation[]) {
  const runs = time(QUICK ? 5 : 20, () => segmentAgreement(input, unitisation));
  const characters = time(QUICK ? 1 : 3, () => perCharacterAgreement(input, unitisation));
  // The same figures, or the bench is measuring two different things.
  for (const [k, code] of runs.result.perCode.entries()) {
    const old = characters.result.perCode[k]!;
    const pairs = [
      [code.report?.krippendorffAlpha.value, old.report?.krippendorffAlpha.value],
      [code.report?.fleissKappa?.value, old.report?.fleissKappa?.value],
      [code.report?.percentAgreement.value, old.report?.percentAgreement.value],
    ];
    for (const [a, b] of pairs) {
      if (Math.abs((a ?? 0) - (b ?? 0)) > 1e-9) throw new Error(`${code.code}: ${a} differs from ${b}`);
    }
  }
  const used = runs.result.perCode.filter((p) => p.report !== null).length;
  console.log(
    `${unitisation}: ${runs.result.units.toLocaleString('en')} character units, ${used} codes used; run-length ${runs.ms.toFixed(1)} ms, per-character ${characters.ms.toFixed(0)} ms`,
  );
  report.headline({
    what: `round agreement, 50,000-word transcript, 3 coders × ~2,000 segments, ${unitisation}`,
    ours: `${runs.ms.toFixed(1)} ms`,
    reference: `per-character units ${characters.ms.toFixed(0)} ms`,
    ratio: `${(characters.ms / runs.ms).toFixed(0)}× per-character`,
  });
}
report.end();

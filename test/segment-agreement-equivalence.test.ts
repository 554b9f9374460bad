/**
 * The run-length units of `segmentAgreement` against the per-character unitisation they replaced
 * (`bench/per-character-agreement.ts`, kept as the bench's reference): the same figures on random
 * segmentations and on a long transcript. Here rather than beside the analysis core, which imports
 * nothing from outside src/analysis.
 */
import { describe, expect, it } from 'vitest';
import { perCharacterAgreement } from '../bench/per-character-agreement.ts';
import { randomSegmentation } from '../src/analysis/agreement/random-segmentations.ts';
import { segmentAgreement } from '../src/analysis/index.ts';
import { createRng, randomInt } from '../src/analysis/rng.ts';

/**
 * Every number of `actual` within `tolerance` (relative) of `expected`, everything else (counts, reasons,
 * keys) equal. Counts are sums of integers and come out exact; with three coders a character's percent
 * agreement or Fleiss term is a third, and the per-character path adds one per character, so its sum
 * drifts by about one rounding per ten thousand characters.
 */
function expectSameFigures(actual: unknown, expected: unknown, path = '', tolerance = 1e-12): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const bound = Number.isInteger(expected) ? 0 : tolerance * Math.max(1, Math.abs(expected));
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(bound);
  } else if (expected && typeof expected === 'object') {
    expect(typeof actual, path).toBe('object');
    const keys = Object.keys(expected);
    expect(Object.keys(actual as object).sort(), path).toEqual(keys.sort());
    for (const key of keys)
      expectSameFigures(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
        tolerance,
      );
  } else expect(actual, path).toBe(expected);
}

describe('run-length units', () => {
  it('give the figures of one unit per character on random segmentations', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rng = createRng(seed);
      const random = randomSegmentation(seed, {
        documents: Array.from({ length: 1 + randomInt(rng, 3) }, () => randomInt(rng, 600)),
        coders: 2 + randomInt(rng, 2),
        codes: 1 + randomInt(rng, 4),
        segments: randomInt(rng, 40),
        maxLength: 1 + randomInt(rng, 200),
      });
      // Spans the comparison must ignore: an unknown coder, an unknown code, an unknown document.
      const input = {
        ...random,
        spans: [
          ...random.spans,
          { document: 'doc1', coder: 'stranger', start: 0, end: 50, codes: ['code1'] },
          { document: 'doc1', coder: 'coder1', start: 5, end: 9, codes: ['unlisted'] },
          { document: 'elsewhere', coder: 'coder1', start: 0, end: 9, codes: ['code1'] },
        ],
      };
      for (const unitisation of ['all_text', 'coded_text'] as const) {
        const runs = segmentAgreement(input, unitisation);
        const characters = perCharacterAgreement(input, unitisation);
        expect(runs.units, `seed ${seed} ${unitisation}`).toBe(characters.units);
        expectSameFigures(runs, characters, `seed ${seed} ${unitisation}`);
      }
    }
  });

  it('give the same figures on a long transcript with thousands of segments', () => {
    const input = randomSegmentation(2026, {
      documents: [120_000, 30_000],
      coders: 3,
      codes: 8,
      segments: 1_500,
    });
    for (const unitisation of ['all_text', 'coded_text'] as const) {
      const runs = segmentAgreement(input, unitisation);
      expectSameFigures(runs, perCharacterAgreement(input, unitisation), unitisation, 1e-10);
    }
  });
});

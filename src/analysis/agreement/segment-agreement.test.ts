import { describe, expect, it } from 'vitest';
import { segmentAgreement } from './segment-agreement.ts';

// Coder A codes [0, 4) with X, coder B [2, 6); a document of 10 characters. Worked by hand:
// all text: 6 of 10 characters agree; pA = pB = 0.4, pe = 0.16 + 0.36 = 0.52, κ = (0.6 − 0.52) / 0.48 = 1/6.
// coded text only (characters 0–5): 2 of 6 agree; pA = pB = 2/3, pe = 5/9, κ = (1/3 − 5/9) / (4/9) = −0.5.
const input = {
  documents: [{ id: 'd', length: 10 }],
  coders: ['A', 'B'],
  codes: ['X', 'Y'],
  spans: [
    { document: 'd', coder: 'A', start: 0, end: 4, codes: ['X'] },
    { document: 'd', coder: 'B', start: 2, end: 6, codes: ['X'] },
  ],
};

describe('segmentAgreement', () => {
  it('counts every character as a unit, as NVivo does', () => {
    const result = segmentAgreement(input, 'all_text');
    expect(result.units).toBe(10);
    const x = result.perCode[0]!;
    expect(x.codedCharacters).toEqual([4, 4]);
    expect(x.report?.percentAgreement.value).toBeCloseTo(0.6, 10);
    expect(x.report?.cohenKappa?.value).toBeCloseTo(1 / 6, 10);
    expect(x.report?.percentAgreement.units).toBe(10);
  });

  it('leaves out text neither coder coded in the coded-text variant', () => {
    const result = segmentAgreement(input, 'coded_text');
    expect(result.units).toBe(6);
    expect(result.perCode[0]!.report?.percentAgreement.value).toBeCloseTo(1 / 3, 10);
    expect(result.perCode[0]!.report?.cohenKappa?.value).toBeCloseTo(-0.5, 10);
  });

  it('reports no coefficients for a code nobody used, and names κ undefined (not NaN) for one value', () => {
    const y = segmentAgreement(input, 'all_text').perCode[1]!;
    expect(y).toEqual({ code: 'Y', codedCharacters: [0, 0], report: null });
    const same = segmentAgreement(
      {
        ...input,
        spans: [
          { document: 'd', coder: 'A', start: 0, end: 10, codes: ['X'] },
          { document: 'd', coder: 'B', start: 0, end: 10, codes: ['X'] },
        ],
      },
      'all_text',
    ).perCode[0]!;
    expect(same.report?.cohenKappa).toEqual({ value: null, reason: 'single_value', units: 10 });
  });

  it('gives κ = 1 when both coders code the same span, across documents, and ignores unknown coders', () => {
    const result = segmentAgreement(
      {
        documents: [
          { id: 'd1', length: 5 },
          { id: 'd2', length: 5 },
        ],
        coders: ['A', 'B'],
        codes: ['X'],
        spans: [
          { document: 'd1', coder: 'A', start: 1, end: 3, codes: ['X'] },
          { document: 'd1', coder: 'B', start: 1, end: 3, codes: ['X'] },
          { document: 'd2', coder: 'C', start: 0, end: 5, codes: ['X'] },
        ],
      },
      'all_text',
    );
    expect(result.units).toBe(10);
    expect(result.perCode[0]!.report?.cohenKappa?.value).toBe(1);
    expect(result.perCode[0]!.report?.krippendorffAlpha.value).toBeCloseTo(1, 10);
  });

  it('handles a long transcript (100,000 characters) in seconds', () => {
    const length = 100_000;
    const spans = [];
    for (let s = 0; s < length; s += 1000) {
      spans.push({ document: 'd', coder: 'A', start: s, end: s + 400, codes: ['X'] });
      spans.push({ document: 'd', coder: 'B', start: s + 100, end: s + 500, codes: ['X'] });
    }
    const began = performance.now();
    const result = segmentAgreement(
      { documents: [{ id: 'd', length }], coders: ['A', 'B'], codes: ['X'], spans },
      'all_text',
    );
    expect(performance.now() - began).toBeLessThan(15_000);
    // per 1000 characters: 300 agree coded, 500 agree uncoded → 0.8
    expect(result.perCode[0]!.report?.percentAgreement.value).toBeCloseTo(0.8, 10);
  });
});

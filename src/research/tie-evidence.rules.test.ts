import { describe, expect, it } from 'vitest';
import { confidenceFrom, corroborationOf, corroborationRate, perspectiveOf } from './tie-evidence.rules.ts';

describe('tie evidence rules', () => {
  it('grades corroboration by who confirms or denies', () => {
    expect(corroborationOf([])).toBe('none');
    expect(
      corroborationOf([
        { stance: 'supports', perspective: 'ego' },
        { stance: 'supports', perspective: 'alter' },
      ]),
    ).toBe('both_sides');
    expect(corroborationOf([{ stance: 'supports', perspective: 'alter' }])).toBe('one_side');
    expect(corroborationOf([{ stance: 'supports', perspective: 'third_party' }])).toBe('third_party');
    // An end denying it outweighs everything.
    expect(
      corroborationOf([
        { stance: 'supports', perspective: 'ego' },
        { stance: 'supports', perspective: 'third_party' },
        { stance: 'contradicts', perspective: 'alter' },
      ]),
    ).toBe('contradicted');
    // A third party's denial counts only when not outnumbered.
    expect(
      corroborationOf([
        { stance: 'supports', perspective: 'ego' },
        { stance: 'supports', perspective: 'alter' },
        { stance: 'contradicts', perspective: 'third_party' },
      ]),
    ).toBe('both_sides');
    expect(
      corroborationOf([
        { stance: 'supports', perspective: 'ego' },
        { stance: 'contradicts', perspective: 'third_party' },
      ]),
    ).toBe('contradicted');
  });

  it('derives confidence, keeping a recorded one without evidence', () => {
    const tie = { reportedBy: 'one_party', confidence: 'verified' as const };
    expect(confidenceFrom('both_sides', { ...tie, confidence: 'suspected' })).toBe('verified');
    expect(confidenceFrom('one_side', tie)).toBe('reported');
    expect(confidenceFrom('contradicted', tie)).toBe('suspected');
    expect(confidenceFrom('none', tie)).toBe('verified');
    expect(confidenceFrom('none', { reportedBy: 'researcher', confidence: 'verified' })).toBe('suspected');
  });

  it('places the informant on the tie and rates a centre', () => {
    const tie = { fromEnterpriseId: 'a', toEnterpriseId: 'b' };
    expect(perspectiveOf('a', tie)).toBe('ego');
    expect(perspectiveOf('b', tie)).toBe('alter');
    expect(perspectiveOf('c', tie)).toBe('third_party');
    expect(perspectiveOf(null, tie)).toBe('third_party');
    expect(corroborationRate(['none'])).toBeNull();
    expect(corroborationRate(['both_sides', 'one_side', 'none', 'contradicted', 'both_sides'])).toBe(0.5);
  });
});

import { describe, expect, it } from 'vitest';
import { ACTION_THRESHOLDS, type ActionFacts, recommendActions } from './recommendations.ts';

const calm: ActionFacts = {
  firms: 20,
  conflictTies: 0,
  conflictDensity: 0,
  isolatedFirms: 1,
  institutionalCoverage: 0.8,
  profiles: 10,
  staleProfiles: 1,
  caseResolutionRate: null,
};
const codes = (facts: Partial<ActionFacts>) =>
  recommendActions({ ...calm, ...facts }, 'en').map((a) => a.code);

describe('recommended actions', () => {
  it('suggest nothing for a calm, covered, connected centre', () => {
    expect(recommendActions(calm, 'id')).toEqual([]);
  });

  it('suggest mediation from the conflict-density threshold on, citing the density and the ties', () => {
    const T = ACTION_THRESHOLDS.conflictDensity;
    expect(codes({ conflictDensity: T - 0.001, conflictTies: 5 })).toEqual([]);
    expect(codes({ conflictDensity: T, conflictTies: 1 })).toEqual([]);
    const [action] = recommendActions({ ...calm, conflictDensity: T, conflictTies: 4 }, 'en');
    expect(action).toMatchObject({ code: 'mediation', figure: 'conflict density 2% (4 conflict ties)' });
  });

  it('suggest brokering when a fifth of the firms have no collaboration tie', () => {
    expect(codes({ isolatedFirms: 3 })).toEqual([]);
    const [action] = recommendActions({ ...calm, isolatedFirms: 4 }, 'id');
    expect(action?.code).toBe('brokering');
    expect(action?.figure).toBe('4 dari 20 IKM (20%) tanpa ikatan kerja sama');
  });

  it('suggest confirming profiles, a membership drive and case follow-up at their thresholds, in a fixed order', () => {
    expect(codes({ staleProfiles: 2 })).toEqual([]);
    expect(
      codes({
        staleProfiles: 3,
        institutionalCoverage: 0.49,
        caseResolutionRate: 0.4,
        conflictDensity: 0.1,
        conflictTies: 9,
      }),
    ).toEqual(['mediation', 'confirm_profiles', 'membership_drive', 'case_follow_up']);
    expect(
      codes({ institutionalCoverage: 0.5, caseResolutionRate: 0.5, profiles: 0, staleProfiles: 0 }),
    ).toEqual([]);
    expect(codes({ institutionalCoverage: null })).toEqual([]);
  });
});

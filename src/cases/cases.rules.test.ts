import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from './cases.constants.ts';
import { canMoveCase, commitmentDateProblems, isOpen } from './cases.rules.ts';

/** The legal moves written out once more, by hand, from DOMAIN.md §6.4. */
const LEGAL = new Set([
  'reported>verifying',
  'verifying>mediation_scheduled',
  'verifying>referred',
  'mediation_scheduled>in_mediation',
  'in_mediation>agreed',
  'in_mediation>not_agreed',
  'agreed>closed',
  'not_agreed>closed',
  'not_agreed>referred',
  'referred>closed',
  ...['reported', 'verifying', 'mediation_scheduled', 'in_mediation', 'agreed', 'not_agreed', 'referred'].map(
    (s) => `${s}>cancelled`,
  ),
]);

describe('case status flow', () => {
  const pairs = CASE_STATUSES.flatMap((from) =>
    CASE_STATUSES.map((to) => [from, to] as [CaseStatus, CaseStatus]),
  );

  it.each(pairs)('%s → %s follows DOMAIN.md §6.4', (from, to) => {
    expect(canMoveCase(from, to)).toBe(LEGAL.has(`${from}>${to}`));
  });

  it('allows exactly the listed moves', () => {
    expect(pairs.filter(([f, t]) => canMoveCase(f, t)).length).toBe(LEGAL.size);
  });

  it('treats closed and cancelled as the only final states', () => {
    expect(CASE_STATUSES.filter((s) => !isOpen(s))).toEqual(['closed', 'cancelled']);
  });
});

describe('commitment dates', () => {
  it('names each commitment due before the agreement date', () => {
    const problems = commitmentDateProblems('2026-03-10', [
      { dueOn: '2026-03-10' },
      { dueOn: '2026-03-09' },
      { dueOn: '2026-04-01' },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['commitments.1.dueOn']);
    expect(problems[0]?.message).toContain('2026-03-09');
  });
});

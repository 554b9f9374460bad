import { describe, expect, it } from 'vitest';
import { answerProblems } from './answer-rules.ts';
import { assess, scoreLive } from './assessment.rules.ts';
import type { LiveFacts } from './live-indicators.ts';
import { QUESTIONNAIRE, QUESTIONNAIRE_VERSION } from './questionnaire.ts';
import { tierFor } from './tier-rules.ts';

const STRONG: LiveFacts = {
  members: 30,
  activeMembers: 24,
  challengesOpen: 0,
  challengesResolved: 3,
  memberTieDensity: 0.2,
  boardDegree: 0.4,
  boardBetweenness: 0.2,
  poolsRun: 4,
  casesHandled: 2,
  facilityUtilisation: 0.7,
};
const all = (value: (scale: string) => number) =>
  Object.fromEntries(QUESTIONNAIRE.map((i) => [i.id, value(i.scale)]));
const BEST = all((s) => (s === 'yes_no' ? 1 : 4));
const NONE = all(() => 0);

describe('scoring', () => {
  it('scores every indicator at its best for a strong institution: Emas, nothing left to ask', () => {
    const result = assess(STRONG, QUESTIONNAIRE, BEST);
    expect(result.total).toBe(100);
    expect(result.tier).toBe('emas');
    expect(result.next).toBeNull();
  });

  it('scales a live value linearly between its thresholds and reverses open challenges', () => {
    const live = scoreLive({ ...STRONG, members: 15, challengesOpen: 1, memberTieDensity: null });
    const byId = Object.fromEntries(live.map((i) => [i.id, i.score]));
    expect(byId.members).toBeCloseTo(0.5);
    expect(byId.challenges_open).toBeCloseTo(2 / 3);
    expect(byId.member_tie_density).toBe(0);
  });

  it('scores facility utilisation from the idle threshold up, and leaves it out when there is no facility', () => {
    const at = (facilityUtilisation: number | null) =>
      scoreLive({ ...STRONG, facilityUtilisation }).find((i) => i.id === 'facility_utilisation');
    expect(at(0.1)?.score).toBe(0);
    expect(at(0.4)?.score).toBeCloseTo(0.5);
    expect(at(0.9)?.score).toBe(1);
    expect(at(null)).toMatchObject({ value: null, notApplicable: true });
    const without = assess({ ...STRONG, facilityUtilisation: null }, QUESTIONNAIRE, NONE);
    const idle = assess({ ...STRONG, facilityUtilisation: 0 }, QUESTIONNAIRE, NONE);
    expect(without.indicators.map((i) => i.id)).not.toContain('facility_utilisation');
    const services = (r: typeof idle) => r.areas.find((a) => a.area === 'services')?.score ?? 0;
    expect(services(idle)).toBeLessThan(services(without));
  });

  it('holds a high score below Emas with too few active members and names the missing members', () => {
    const result = assess({ ...STRONG, activeMembers: 12, members: 15 }, QUESTIONNAIRE, BEST);
    expect(result.total).toBeGreaterThanOrEqual(75);
    expect(result.tier).toBe('perak');
    expect(result.next?.tier).toBe('emas');
    expect(result.next?.requirements).toContainEqual({ kind: 'active_members', needed: 15, have: 12 });
  });

  it('lists the rises that would lift an institution with no answers to the next tier', () => {
    const result = assess(STRONG, QUESTIONNAIRE, NONE);
    expect(result.tier).not.toBe('emas');
    const total = result.next?.requirements.find((r) => r.kind === 'total');
    expect(total && 'rises' in total ? total.rises.length : 0).toBeGreaterThan(0);
    const points = total && 'rises' in total ? total.rises.reduce((a, r) => a + r.points, 0) : 0;
    expect(result.total + points).toBeGreaterThanOrEqual(total?.needed ?? 101);
  });

  it('keeps the tiers cumulative: a failed Perunggu is no tier even with a high total', () => {
    const areas = [{ area: 'governance' as const, score: 90 }];
    expect(tierFor(90, 4, areas)).toBe('none');
    expect(tierFor(45, 5, areas)).toBe('perunggu');
  });
});

describe('answers', () => {
  it('accepts a complete set of answers in range', () => {
    expect(answerProblems(QUESTIONNAIRE_VERSION, BEST)).toEqual([]);
  });

  it('names the item by its wording when an answer is out of range or missing', () => {
    const { board_meetings: _left, ...rest } = BEST;
    const problems = answerProblems(QUESTIONNAIRE_VERSION, { ...rest, dues_paid: 5, unknown_item: 1 });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'answers.board_meetings',
      'answers.dues_paid',
      'answers.unknown_item',
    ]);
    expect(problems.find((p) => p.path === 'answers.dues_paid')?.message).toContain('iuran');
  });

  it('refuses another questionnaire version', () => {
    expect(answerProblems(QUESTIONNAIRE_VERSION + 1, BEST)[0]?.path).toBe('questionnaireVersion');
  });
});

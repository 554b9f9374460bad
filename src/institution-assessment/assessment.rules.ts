import { ASSESSMENT_AREAS, type AssessmentArea, type AssessmentTier } from './assessment.constants.ts';
import { LIVE_INDICATORS, type LiveFacts } from './live-indicators.ts';
import { answerScore, type QuestionnaireItem } from './questionnaire.ts';
import { type AreaScore, nextTierRule, type TierRule, tierFor } from './tier-rules.ts';

/** One indicator's value and its score in [0, 1]; `best` is the value that would score 1. */
export interface IndicatorScore {
  id: string;
  area: AssessmentArea;
  kind: 'live' | 'questionnaire';
  value: number | null;
  score: number;
  best: number;
  /** True for a live indicator with no value that does not apply (its `ifMissing` is null): not scored. */
  notApplicable?: boolean;
}

/** One rise that would help reach the next tier: indicator `id` from `from` to `to`, worth `points`. */
export interface Rise {
  id: string;
  from: number | null;
  to: number;
  points: number;
}

/** One unmet condition of the next tier, with the rises that would meet it. */
export type Requirement =
  | { kind: 'total'; needed: number; have: number; rises: Rise[] }
  | { kind: 'active_members'; needed: number; have: number }
  | { kind: 'area'; area: AssessmentArea; needed: number; have: number; rises: Rise[] };

/** A whole scored assessment: what a snapshot stores as its breakdown. */
export interface AssessmentResult {
  total: number;
  tier: AssessmentTier;
  activeMembers: number;
  indicators: IndicatorScore[];
  areas: AreaScore[];
  next: { tier: AssessmentTier; requirements: Requirement[] } | null;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Every live indicator's value and score from `facts`, linear between its thresholds. One that does not
 * apply (no value, `ifMissing` null) is listed with score 0 and `notApplicable`, and `assess` leaves it out.
 */
export function scoreLive(facts: LiveFacts): IndicatorScore[] {
  return LIVE_INDICATORS.map((ind) => {
    const value = ind.value(facts);
    const base = { id: ind.id, area: ind.area, kind: 'live' as const, value, best: ind.full };
    if (value === null && ind.ifMissing === null) return { ...base, score: 0, notApplicable: true };
    const score = value === null ? (ind.ifMissing ?? 0) : clamp01((value - ind.zero) / (ind.full - ind.zero));
    return { ...base, score };
  });
}

/** Every questionnaire item's answer and score (an unanswered item scores 0). */
export function scoreAnswers(
  items: readonly QuestionnaireItem[],
  answers: Readonly<Record<string, number>>,
): IndicatorScore[] {
  return items.map((item) => {
    const value = answers[item.id] ?? null;
    const score = value === null ? 0 : answerScore(item, value);
    return {
      id: item.id,
      area: item.area,
      kind: 'questionnaire',
      value,
      score,
      best: item.scale === 'yes_no' ? 1 : 4,
    };
  });
}

/** Areas as the mean of their indicators ×100; the total as the mean of the areas. */
export function scoreAreas(indicators: readonly IndicatorScore[]): { areas: AreaScore[]; total: number } {
  const areas = ASSESSMENT_AREAS.map((area) => ({
    area,
    score: round(100 * mean(indicators.filter((i) => i.area === area).map((i) => i.score))),
  }));
  return { areas, total: round(mean(areas.map((a) => a.score))) };
}

/** Points (0–100 of the total) that raising `indicator` to its best would add, given its area's size. */
function pointsToBest(indicator: IndicatorScore, areaSize: number): number {
  return (100 * (1 - indicator.score)) / areaSize / ASSESSMENT_AREAS.length;
}

/** The largest rises first, until their points cover `gap`. */
function risesFor(candidates: readonly IndicatorScore[], gap: number, weight: (i: IndicatorScore) => number) {
  const rises: Rise[] = [];
  let covered = 0;
  const ranked = candidates
    .map((i) => ({ i, points: weight(i) }))
    .filter((r) => r.points > 0)
    .sort((a, b) => b.points - a.points || a.i.id.localeCompare(b.i.id));
  for (const { i, points } of ranked) {
    if (covered >= gap) break;
    rises.push({ id: i.id, from: i.value, to: i.best, points: round(points) });
    covered += points;
  }
  return rises;
}

/** What `rule` asks that the result lacks, each with the concrete rises that would meet it. */
export function requirementsFor(
  rule: TierRule,
  result: Pick<AssessmentResult, 'total' | 'activeMembers' | 'indicators' | 'areas'>,
): Requirement[] {
  const size = (area: AssessmentArea) => result.indicators.filter((i) => i.area === area).length;
  const requirements: Requirement[] = [];
  if (result.total < rule.minTotal) {
    const rises = risesFor(result.indicators, rule.minTotal - result.total, (i) =>
      pointsToBest(i, size(i.area)),
    );
    requirements.push({ kind: 'total', needed: rule.minTotal, have: result.total, rises });
  }
  if (result.activeMembers < rule.minActiveMembers) {
    requirements.push({ kind: 'active_members', needed: rule.minActiveMembers, have: result.activeMembers });
  }
  for (const area of result.areas) {
    if (area.score >= rule.minArea) continue;
    const inArea = result.indicators.filter((i) => i.area === area.area);
    // Within an area a rise counts at the area's scale (0–100), not the total's.
    const rises = risesFor(inArea, rule.minArea - area.score, (i) => (100 * (1 - i.score)) / inArea.length);
    requirements.push({ kind: 'area', area: area.area, needed: rule.minArea, have: area.score, rises });
  }
  return requirements;
}

/** The whole assessment: indicator scores, area scores, total, tier, and what the next tier takes. */
export function assess(
  facts: LiveFacts,
  items: readonly QuestionnaireItem[],
  answers: Readonly<Record<string, number>>,
): AssessmentResult {
  const live = scoreLive(facts).filter((i) => !i.notApplicable);
  const indicators = [...live, ...scoreAnswers(items, answers)];
  const { areas, total } = scoreAreas(indicators);
  const tier = tierFor(total, facts.activeMembers, areas);
  const base = { total, tier, activeMembers: facts.activeMembers, indicators, areas };
  const rule = nextTierRule(tier);
  return { ...base, next: rule ? { tier: rule.tier, requirements: requirementsFor(rule, base) } : null };
}

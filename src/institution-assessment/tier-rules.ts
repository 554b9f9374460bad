import type { AssessmentArea, AssessmentTier } from './assessment.constants.ts';

/** What a tier asks: a total score, a number of active members, and no area below a floor (all 0–100). */
export interface TierRule {
  tier: Exclude<AssessmentTier, 'none'>;
  minTotal: number;
  minActiveMembers: number;
  minArea: number;
}

/**
 * The published tier thresholds, lowest first (README, docs/design-choices.md). Like the European
 * cluster label, a tier needs committed members (Emas: at least 15 active firms, the ESCA minimum) and
 * no neglected area, not only a high mean.
 */
export const TIER_RULES: readonly TierRule[] = [
  { tier: 'perunggu', minTotal: 40, minActiveMembers: 5, minArea: 0 },
  { tier: 'perak', minTotal: 60, minActiveMembers: 10, minArea: 30 },
  { tier: 'emas', minTotal: 75, minActiveMembers: 15, minArea: 50 },
];

/** An area's score 0–100. */
export interface AreaScore {
  area: AssessmentArea;
  score: number;
}

/** Whether a result meets `rule`. */
export function meetsTier(
  rule: TierRule,
  total: number,
  activeMembers: number,
  areas: readonly AreaScore[],
): boolean {
  return (
    total >= rule.minTotal &&
    activeMembers >= rule.minActiveMembers &&
    areas.every((a) => a.score >= rule.minArea)
  );
}

/** The highest tier whose rule is met, and every lower one too (tiers are cumulative). */
export function tierFor(total: number, activeMembers: number, areas: readonly AreaScore[]): AssessmentTier {
  let tier: AssessmentTier = 'none';
  for (const rule of TIER_RULES) {
    if (!meetsTier(rule, total, activeMembers, areas)) break;
    tier = rule.tier;
  }
  return tier;
}

/** The rule of the tier above `tier`, or undefined at Emas. */
export function nextTierRule(tier: AssessmentTier): TierRule | undefined {
  if (tier === 'none') return TIER_RULES[0];
  const index = TIER_RULES.findIndex((r) => r.tier === tier);
  return TIER_RULES[index + 1];
}

import { z } from 'zod';
import { STALE_AFTER_DAYS } from '../capabilities/capabilities.constants.ts';

/**
 * The ranking's weights and parameters (docs/design-choices.md, "Matching"). The score is a weighted
 * geometric product, score = Π factorᵢ^wᵢ: a weight of 1 keeps a factor as it is, 0 ignores it, 2 makes it
 * count twice as much. A centre may store its own (table `matching_weights`); anything it leaves out
 * takes the default.
 */
export const MatchingWeightsSchema = z
  .object({
    /** Exponent of the capability fit. */
    capability: z.number().min(0).max(5),
    /** Exponent of the spare-capacity factor. */
    spare: z.number().min(0).max(5),
    /** Exponent of the trust factor. */
    trust: z.number().min(0).max(5),
    /** Exponent of the proximity factor. */
    proximity: z.number().min(0).max(5),
    /** Exponent of the fairness multiplier (used only when fairness is asked for). */
    fairness: z.number().min(0).max(5),
    /** Days after which an unconfirmed spare capacity counts as stale. */
    staleDays: z.number().int().min(1).max(365),
    /** What a stale spare capacity is multiplied by. */
    stalePenalty: z.number().min(0).max(1),
    /** Least spare factor, so a full firm still ranks (it may take part of a split order). */
    spareFloor: z.number().min(0).max(1),
    /** Multiplier of the capability fit per required certification missing. */
    missingCertificationPenalty: z.number().min(0).max(1),
    /** Multiplier of the capability fit when the request is below the firm's minimum order. */
    belowMinOrderPenalty: z.number().min(0).max(1),
    /** Multiplier of trust for each breach of contract the candidate committed. */
    breachPenalty: z.number().min(0).max(1),
    /** Years after which a past job counts half (recency half-life). */
    recencyHalfLifeYears: z.number().min(0.1).max(20),
    /** How much the fairness option lowers the firm with the most volume awarded this quarter. */
    fairnessAwardedShare: z.number().min(0).max(1),
    /** How much the fairness option lowers a firm that is not micro. */
    fairnessNonMicro: z.number().min(0).max(1),
  })
  .strict();
export type MatchingWeights = z.infer<typeof MatchingWeightsSchema>;

/** A centre's stored weights: any subset; the rest take the defaults. */
export const MatchingWeightsPatchSchema = MatchingWeightsSchema.partial();
export type MatchingWeightsPatch = z.infer<typeof MatchingWeightsPatchSchema>;

/** The documented defaults: every factor counts once, as the product says. */
export const DEFAULT_WEIGHTS: MatchingWeights = {
  capability: 1,
  spare: 1,
  trust: 1,
  proximity: 1,
  fairness: 1,
  // The profile's own rule of staleness (the owner's reminder), unless a centre sets another.
  staleDays: STALE_AFTER_DAYS,
  stalePenalty: 0.7,
  spareFloor: 0.1,
  missingCertificationPenalty: 0.5,
  belowMinOrderPenalty: 0.6,
  breachPenalty: 0.3,
  recencyHalfLifeYears: 2,
  fairnessAwardedShare: 0.5,
  fairnessNonMicro: 0.2,
};

/** The defaults with a centre's stored values over them (unknown or invalid keys are ignored). */
export function weightsWith(patch: unknown): MatchingWeights {
  const parsed = MatchingWeightsPatchSchema.safeParse(patch ?? {});
  return { ...DEFAULT_WEIGHTS, ...(parsed.success ? parsed.data : {}) };
}

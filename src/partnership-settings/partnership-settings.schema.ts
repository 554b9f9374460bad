import { z } from 'zod';
import { MatchingWeightsPatchSchema, MatchingWeightsSchema } from '../matching/weights.ts';

/**
 * A centre's partnership settings (issue #18): whether its firms' requests pass an officer's review before
 * they are published, and the weights its candidate ranking uses. `version` is the weights row's (0 while
 * the centre has stored none), so two officers editing at once cannot overwrite each other.
 */
export const PartnershipSettingsSchema = z.object({
  centerId: z.uuid(),
  requestReviewRequired: z.boolean(),
  /** The weights the ranking uses: the stored ones over the defaults. */
  weights: MatchingWeightsSchema,
  /** Only what the centre set itself. */
  storedWeights: MatchingWeightsPatchSchema,
  /** The documented defaults, so a form can show what an empty field means. */
  defaults: MatchingWeightsSchema,
  version: z.number().int(),
});
export type PartnershipSettings = z.infer<typeof PartnershipSettingsSchema>;

/** The settings written as a whole; an empty `weights` object means "the defaults". */
export const PartnershipSettingsPutSchema = z
  .object({
    requestReviewRequired: z.boolean(),
    weights: MatchingWeightsPatchSchema,
    version: z.number().int().min(0),
  })
  .strict();
export type PartnershipSettingsPut = z.infer<typeof PartnershipSettingsPutSchema>;

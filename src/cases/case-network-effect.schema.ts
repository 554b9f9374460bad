import { z } from 'zod';
import { IsoDateSchema } from '../shared/dates.ts';

/** The centre's signed network on one day, as far as a mediated agreement can move it. */
export const NetworkOnDaySchema = z.object({
  /** The day analysed. */
  day: IsoDateSchema,
  /** Frustration index L (ties against the best two-camp split); null without conflict ties. */
  frustration: z.number().int().nullable(),
  /** 1 − 2L/m, comparable across centres; null without conflict ties. */
  normalizedFrustration: z.number().nullable(),
  /** Whether L is exact (false: the best split found within the search's limits). */
  frustrationExact: z.boolean(),
  conflictTies: z.number().int(),
  /** Firms in each of the two camps, the larger first; null without conflict ties. */
  campSizes: z.tuple([z.number().int(), z.number().int()]).nullable(),
});
export type NetworkOnDay = z.infer<typeof NetworkOnDaySchema>;

/**
 * `GET /api/cases/:id/network-effect`: the centre's frustration and camps on the day before the agreement
 * and on its day (a tie ended at the agreement is no longer active that day); both null before an agreement.
 */
export const CaseNetworkEffectSchema = z.object({
  caseId: z.uuid(),
  centerId: z.uuid(),
  agreedOn: IsoDateSchema.nullable(),
  /** The case's conflict ties the agreement ended on its day. */
  endedTies: z.number().int(),
  before: NetworkOnDaySchema.nullable(),
  after: NetworkOnDaySchema.nullable(),
});
export type CaseNetworkEffect = z.infer<typeof CaseNetworkEffectSchema>;

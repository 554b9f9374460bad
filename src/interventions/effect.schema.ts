import { z } from 'zod';
import { EFFECT_INDICATORS } from './did.ts';
import { INTERVENTION_TYPES } from './interventions.constants.ts';

/** One indicator's before, after, change and difference-in-differences. */
export const EffectRowSchema = z.object({
  indicator: z.enum(EFFECT_INDICATORS),
  before: z.number().nullable(),
  after: z.number().nullable(),
  change: z.number().nullable(),
  comparisonChange: z.number().nullable(),
  comparisonCount: z.number().int(),
  did: z.number().nullable(),
});

/** A comparison centre and why it was chosen. */
export const ComparisonCenterSchema = z.object({
  centerId: z.uuid(),
  name: z.string(),
  /** Why it was chosen, in the reader's language. */
  reason: z.string(),
});

/** Another programme in the centre during the window, which may explain part of the change. */
export const OtherProgrammeSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  interventionType: z.enum(INTERVENTION_TYPES),
  startDate: z.string(),
  endDate: z.string().nullable(),
});

/** `GET /api/interventions/:id/effect`: before/after, DiD, the comparison centres and the caveats. */
export const InterventionEffectSchema = z.object({
  interventionId: z.uuid(),
  centerId: z.uuid(),
  beforeYear: z.number().int(),
  afterYear: z.number().int(),
  rows: z.array(EffectRowSchema),
  comparisonCenters: z.array(ComparisonCenterSchema),
  /** False with fewer than two comparison centres: the DiD column is then empty. */
  didShown: z.boolean(),
  /** Why no DiD is shown, when it is not. */
  didNote: z.string().nullable(),
  otherProgrammes: z.array(OtherProgrammeSchema),
  /** Plain-language caveats, in the reader's language. */
  caveats: z.array(z.string()),
});
export type InterventionEffect = z.infer<typeof InterventionEffectSchema>;

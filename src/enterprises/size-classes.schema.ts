import { z } from 'zod';
import { SourceSchema } from '../shared/provenance.ts';

/** The size regimes Simpul derives; each comes from a different regulation and they disagree. */
export const SIZE_REGIMES = ['permenperin_64_2016', 'pp_7_2021', 'bps_workers', 'uu_20_2008'] as const;
export type SizeRegime = (typeof SIZE_REGIMES)[number];

/** IK/IM/IB (industri kecil/menengah/besar) for Permenperin; micro…large for the others. */
export const SIZE_CLASSES = ['IK', 'IM', 'IB', 'micro', 'small', 'medium', 'large'] as const;
export type SizeClassValue = (typeof SIZE_CLASSES)[number];

/** Which figure decided the class; PP 7/2021 and UU 20/2008 fall back from sales to capital. */
export const SIZE_CRITERIA = [
  'workers_and_investment',
  'annual_sales',
  'business_capital',
  'workers',
] as const;
export type SizeCriterion = (typeof SIZE_CRITERIA)[number];

/** One regime's verdict for one year's figures; `class` is null (with `reason`) when data is missing. */
export const SizeClassSchema = z.object({
  regime: z.enum(SIZE_REGIMES),
  class: z.enum(SIZE_CLASSES).nullable(),
  criterion: z.enum(SIZE_CRITERIA).nullable(),
  /** The regulation, e.g. "PP 7/2021 Pasal 35–36". */
  basis: z.string(),
  /** Which threshold applied, in the request's language; null when no class could be given. */
  rule: z.string().nullable(),
  /** Why no class could be given; null when one was. */
  reason: z.string().nullable(),
  /** The figures the verdict used (null where missing). */
  inputs: z.record(z.string(), z.number().nullable()),
});
export type SizeClass = z.infer<typeof SizeClassSchema>;

/** Every applicable regime for one enterprise, year and source. */
export const SizeClassReportSchema = z.object({
  year: z.number().int(),
  source: SourceSchema,
  vintage: z.string(),
  classes: z.array(SizeClassSchema),
});
export type SizeClassReport = z.infer<typeof SizeClassReportSchema>;

import { z } from 'zod';
import { singleLine } from '../shared/text.ts';
import { ECOSYSTEM_ELEMENTS } from './ecosystem.elements.ts';

/** A text in both languages of the app. */
const MessageSchema = z.object({ id: z.string(), en: z.string() });

/** Most centres one ecosystem comparison takes (as the centre comparison: US Cluster Mapping's 10). */
export const MAX_ECOSYSTEM_CENTERS = 10;

/** `GET /centers/:id/ecosystem`: the centre against its province's centres, or against the listed ones. */
export const CenterEcosystemQuerySchema = z
  .object({
    /** Comma-separated ids of the centres to compare with (at most 9 besides the centre itself). */
    compare: singleLine().trim().min(1).max(2000).optional(),
  })
  .strict();
export type CenterEcosystemQuery = z.infer<typeof CenterEcosystemQuerySchema>;

/** `GET /ecosystem`: the listed centres compared with each other. */
export const EcosystemQuerySchema = z
  .object({
    /** Comma-separated centre ids (at most 10). */
    centers: singleLine().trim().min(1).max(2000),
  })
  .strict();
export type EcosystemQuery = z.infer<typeof EcosystemQuerySchema>;

export const EcosystemElementSchema = z.enum(ECOSYSTEM_ELEMENTS);

/** One proxy across the compared set, with its provenance. */
export const EcosystemIndicatorSchema = z.object({
  key: z.string(),
  element: EcosystemElementSchema,
  label: MessageSchema,
  /** How the raw value is written: a share as %, a count as an integer, a rate with two decimals. */
  kind: z.enum(['share', 'count', 'rate']),
  /** Where the data comes from: table or source, and what is counted. */
  source: MessageSchema,
  /** Mean of the raw values over the centres that have one; null when none has. */
  mean: z.number().nullable(),
  /** `used`; `not_recorded` (no centre has a value); `no_variation` (every value is 0: nothing to compare). */
  status: z.enum(['used', 'not_recorded', 'no_variation']),
});

/** One centre's reading of one proxy. */
export const EcosystemReadingSchema = z.object({
  key: z.string(),
  /** The raw value (a share, a count or a rate); null: not recorded for this centre. */
  raw: z.number().nullable(),
  /** The raw value ÷ the set mean; null when the proxy does not enter this centre's index. */
  normalized: z.number().nullable(),
  /** How many records (firms, institutions) the value rests on. */
  n: z.number().int().nullable(),
  /** The year of the data. */
  year: z.number().int().nullable(),
});

/** One centre of the compared set with its element scores and both indices. */
export const EcosystemCenterSchema = z.object({
  centerId: z.uuid(),
  name: z.string(),
  /** Element scores S_e in the ten elements' order; null: the element is missing for this centre. */
  elements: z.array(z.object({ element: EcosystemElementSchema, score: z.number().nullable() })),
  readings: z.array(EcosystemReadingSchema),
  /** How many of the ten elements have a score ("n of 10"). */
  presentElements: z.number().int(),
  /** Σ S_e rescaled to ten elements (the set's average centre: 10); null without any element. */
  additive: z.number().nullable(),
  /** (Π S_e)^(1/n), zeros floored at `geometricFloor` (average: 1); null without any element. */
  geometric: z.number().nullable(),
});

/** An ecosystem comparison: the elements, the proxies with provenance, and each centre's scores. */
export const EcosystemSchema = z.object({
  /** The centre the comparison is about (the `/centers/:id/ecosystem` route); null for a plain comparison. */
  focusCenterId: z.uuid().nullable(),
  /** The day the data is read on. */
  asOf: z.string(),
  elements: z.array(
    z.object({ element: EcosystemElementSchema, label: MessageSchema, meaning: MessageSchema }),
  ),
  indicators: z.array(EcosystemIndicatorSchema),
  centers: z.array(EcosystemCenterSchema),
  /** The smallest element score the geometric index multiplies by. */
  geometricFloor: z.number(),
});
export type Ecosystem = z.infer<typeof EcosystemSchema>;

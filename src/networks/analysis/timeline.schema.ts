import { z } from 'zod';
import { InteractionTypeCodeSchema } from '../../interactions/interactions.schema.ts';
import { IsoDateSchema } from '../../shared/dates.ts';
import { PatternCodeSchema } from './analysis.schema.ts';

/** A text in both languages of the app. */
const MessageSchema = z.object({ id: z.string(), en: z.string() });

/** One tie-type layer of a centre: its firm pairs, density, groups and the share of firms it reaches. */
export const CenterLayerSchema = z.object({
  type: InteractionTypeCodeSchema,
  label: MessageSchema,
  valence: z.enum(['collaboration', 'conflict', 'coopetition']),
  /** Firm pairs linked by a tie of this type (both directions and repeats count once). */
  ties: z.number().int(),
  /** ties / possible firm pairs. */
  density: z.number(),
  /** Connected groups of the firms this layer reaches. */
  components: z.number().int(),
  activeFirms: z.number().int(),
  /** activeFirms / firms; null without firms. */
  activeShare: z.number().nullable(),
});
export type CenterLayer = z.infer<typeof CenterLayerSchema>;

/** `GET /centers/:id/analysis/layers`: every tie type with ties, and their overlap (Jaccard of pair sets). */
export const CenterLayersSchema = z.object({
  centerId: z.uuid(),
  at: IsoDateSchema.nullable(),
  firms: z.number().int(),
  layers: z.array(CenterLayerSchema),
  /** overlap[i][j]: Jaccard index of the firm pairs of layers i and j. */
  overlap: z.array(z.array(z.number().nullable())),
  /** Firm pairs linked in any layer, and in two or more. */
  pairs: z.number().int(),
  multiplexPairs: z.number().int(),
});
export type CenterLayers = z.infer<typeof CenterLayersSchema>;

/** One yearly snapshot of a centre (the network on 31 December, or today in the current year). */
export const CenterYearSchema = z.object({
  year: z.number().int(),
  day: IsoDateSchema,
  firms: z.number().int(),
  collaborationTies: z.number().int(),
  conflictTies: z.number().int(),
  collaborationDensity: z.number().nullable(),
  conflictDensity: z.number().nullable(),
  /** 1 − 2L/m of the exact frustration index; null without conflict ties. */
  normalizedFrustration: z.number().nullable(),
  frustrationExact: z.boolean(),
  pattern: z.object({ code: PatternCodeSchema, label: MessageSchema }),
  /** Share of the pairs tied this year still tied next year; null in the last year or without ties. */
  persistence: z.number().nullable(),
  /** Jaccard index of this year's and next year's tied pairs. */
  jaccard: z.number().nullable(),
});
export type CenterYear = z.infer<typeof CenterYearSchema>;

/** `GET /centers/:id/analysis/timeline`: the centre's indicators year by year. */
export const CenterTimelineSchema = z.object({
  centerId: z.uuid(),
  years: z.array(CenterYearSchema),
});
export type CenterTimeline = z.infer<typeof CenterTimelineSchema>;

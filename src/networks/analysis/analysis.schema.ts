import { z } from 'zod';
import { IsoDateSchema } from '../../shared/dates.ts';
import { NetworkTieSchema } from '../view/network.schema.ts';

/** A text in both languages of the app. */
const MessageSchema = z.object({ id: z.string(), en: z.string() });

/** The centre pattern typology (docs/ANALYSIS.md gives the thresholds). */
export const PATTERN_CODES = [
  'cohesive_collaborative',
  'hub_and_spoke',
  'institution_centred',
  'polarised',
  'fragmented',
  'too_few_ties',
] as const;
export const PatternCodeSchema = z.enum(PATTERN_CODES);
export type PatternCode = z.infer<typeof PatternCodeSchema>;

/** Centre indicators (DOMAIN.md §indicators); a ratio is null where its denominator is zero. */
export const CenterIndicatorsSchema = z.object({
  /** Enterprise nodes (members on the date and firms reached by ties). */
  firms: z.number().int(),
  institutions: z.number().int(),
  collaborationTies: z.number().int(),
  conflictTies: z.number().int(),
  /** Collaboration ties between firms / possible firm pairs. */
  collaborationDensity: z.number().nullable(),
  conflictDensity: z.number().nullable(),
  /** Collaboration ties per conflict tie; null without conflict ties. */
  collaborationConflictRatio: z.number().nullable(),
  /** Share of firms in the largest component of the collaboration layer. */
  largestCollaborativeComponentShare: z.number().nullable(),
  /** In-degree concentration of maklun/subcontract ties on order-givers (documented measure, 0–1). */
  orderGiverDominance: z.number().nullable(),
  /** Share of member firms tied to at least one institution. */
  institutionalCoverage: z.number().nullable(),
  balanceRatio: z.number().nullable(),
  weakBalanceRatio: z.number().nullable(),
  /** Frustration index L; null without conflict ties. */
  frustration: z.number().int().nullable(),
  /** 1 − 2L/m, comparable across centres. */
  normalizedFrustration: z.number().nullable(),
  frustrationExact: z.boolean(),
  modularity: z.number().nullable(),
  communities: z.number().int().nullable(),
  /** Share of directed collaboration ties whose reverse tie exists (NetworkX `reciprocity`); null without. */
  reciprocity: z.number().nullable(),
  /** Mutual / (mutual + one-way) collaborating pairs of the directed view; null without ties. */
  dyadReciprocity: z.number().nullable(),
  /** Freeman degree centralization of the collaboration layer, 0–1; null with fewer than 3 nodes. */
  degreeCentralization: z.number().nullable(),
  /** Freeman in-/out-degree centralization of the directed collaboration view. */
  inDegreeCentralization: z.number().nullable(),
  outDegreeCentralization: z.number().nullable(),
  /** Freeman betweenness and closeness centralization of the collaboration layer (igraph's normalisation). */
  betweennessCentralization: z.number().nullable(),
  closenessCentralization: z.number().nullable(),
});
export type CenterIndicators = z.infer<typeof CenterIndicatorsSchema>;

/** The centre's pattern label with its plain-language explanation. */
export const CenterPatternSchema = z.object({
  code: PatternCodeSchema,
  label: MessageSchema,
  /** Two sentences: what the pattern is in this centre, and what it suggests doing. */
  explanation: MessageSchema,
});
export type CenterPattern = z.infer<typeof CenterPatternSchema>;

/** Gould–Fernandez brokerage role counts for the grouping attribute (community). */
export const BrokerageSchema = z.object({
  coordinator: z.number().int(),
  itinerant: z.number().int(),
  gatekeeper: z.number().int(),
  representative: z.number().int(),
  liaison: z.number().int(),
});

/** One node's measures (null where not defined for it, e.g. an isolate's constraint). */
export const NodeMeasuresSchema = z.object({
  id: z.uuid(),
  degree: z.number().int(),
  inDegree: z.number().int(),
  outDegree: z.number().int(),
  positiveDegree: z.number().int(),
  negativeDegree: z.number().int(),
  betweenness: z.number().nullable(),
  closeness: z.number().nullable(),
  harmonic: z.number().nullable(),
  eigenvector: z.number().nullable(),
  pagerank: z.number().nullable(),
  core: z.number().int().nullable(),
  clustering: z.number().nullable(),
  community: z.number().int().nullable(),
  /** 0 or 1: the node's side in the best two-camp split; null for nodes without signed ties. */
  camp: z.number().int().nullable(),
  constraint: z.number().nullable(),
  effectiveSize: z.number().nullable(),
  pn: z.number().nullable(),
  brokerage: BrokerageSchema.nullable(),
  /** Weighted degree: recorded ties of the winning sign over the node's pairs, of either sign. */
  strength: z.number().int(),
  positiveStrength: z.number().int(),
  negativeStrength: z.number().int(),
  /** Maklun and subcontract ties to other firms the node gives (the pattern label's count) and receives. */
  ordersGiven: z.number().int(),
  ordersReceived: z.number().int(),
});
export type NodeMeasures = z.infer<typeof NodeMeasuresSchema>;

/**
 * A pair whose tie breaks the two-camp split: an intervention target (one per pair, shown by one of its
 * recorded ties of the pair's sign). Listed most useful first (docs/ANALYSIS.md "Intervention targets").
 */
export const FrustratedTieSchema = NetworkTieSchema.pick({
  id: true,
  source: true,
  target: true,
  type: true,
  valence: true,
}).extend({
  /** Conflict inside a camp (mediate it) or collaboration across camps (a bridge to keep). */
  reason: z.enum(['conflict_within_camp', 'collaboration_across_camps']),
  /** Unbalanced triangles (odd number of conflict ties) the pair closes: the strain resolving it eases. */
  unbalancedTriangles: z.number().int(),
  /** Balanced triangles the pair closes (resolving its sign would unbalance these). */
  balancedTriangles: z.number().int(),
  /** Frustrated in every optimal split found (`all`) or only in some. */
  frustratedIn: z.enum(['all', 'some']),
});
export type FrustratedTie = z.infer<typeof FrustratedTieSchema>;

/** `GET /api/centers/:id/analysis`: a stored analysis of a centre's network at a date. */
export const CenterAnalysisSchema = z.object({
  centerId: z.uuid(),
  /** The date analysed; null: every tie ever recorded. */
  at: IsoDateSchema.nullable(),
  computedAt: z.iso.datetime({ offset: true }),
  /** Every parameter the result depends on (seed, Louvain resolution, frustration limits, …). */
  parameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  indicators: CenterIndicatorsSchema,
  pattern: CenterPatternSchema,
  nodes: z.array(NodeMeasuresSchema),
  /** Node ids of the two camps; null when the network has no conflict ties. */
  camps: z.tuple([z.array(z.uuid()), z.array(z.uuid())]).nullable(),
  frustratedTies: z.array(FrustratedTieSchema),
  /** Firms bridging otherwise separate parts, strongest first (at most 10). */
  brokers: z.array(z.object({ id: z.uuid(), betweenness: z.number(), brokerage: z.number().int() })),
  /** Why a value is approximate (e.g. frustration beyond the exact search's size); null when all exact. */
  note: MessageSchema.nullable(),
});
export type CenterAnalysis = z.infer<typeof CenterAnalysisSchema>;

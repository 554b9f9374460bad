import { z } from 'zod';
import { DateSchema, IsoDateSchema } from '../../shared/dates.ts';

/**
 * Groupings a centre's brokerage can be read by: Louvain community, village (desa/kelurahan of the
 * firm's address), product line (commodity), KBLI (first code recorded), size class (BPS, by workers)
 * and institution membership (koperasi, paguyuban, …; firms in none form the group "none").
 */
export const BROKERAGE_GROUPINGS = [
  'community',
  'village',
  'commodity',
  'kbli',
  'size',
  'institution',
] as const;
/** One grouping of `BROKERAGE_GROUPINGS`. */
export const BrokerageGroupingSchema = z.enum(BROKERAGE_GROUPINGS);
export type BrokerageGrouping = z.infer<typeof BrokerageGroupingSchema>;

/**
 * What "chance" means for the expected values: `random-graph` (sna::brokerage, UCINET: groups kept, ties
 * random at the observed density) or `permutation` (ties and the broker kept, the others' labels shuffled).
 */
export const BrokerageModelSchema = z.enum(['random-graph', 'permutation']);
export type BrokerageModel = z.infer<typeof BrokerageModelSchema>;

/** Query of `GET /centers/:id/analysis/brokerage`: grouping (default community), chance model, date. */
export const CenterBrokerageQuerySchema = z
  .object({
    grouping: BrokerageGroupingSchema.optional(),
    model: BrokerageModelSchema.optional(),
    at: DateSchema.optional(),
  })
  .strict();

const roleNumbers = <T extends z.ZodType>(value: T) =>
  z.object({
    coordinator: value,
    itinerant: value,
    gatekeeper: value,
    representative: value,
    liaison: value,
    total: value,
  });

/** One node's observed roles with their expectation, sd and z-score (null: the role cannot occur). */
export const BrokerScoreSchema = z.object({
  id: z.uuid(),
  /** The firm's name, its `IKM-…` pseudonym for readers who must not see names, or the institution's name. */
  label: z.string(),
  kind: z.enum(['enterprise', 'institution']),
  /** Key of the node's group in `groups`. */
  group: z.string(),
  observed: roleNumbers(z.number().int()),
  expected: roleNumbers(z.number()),
  sd: roleNumbers(z.number()),
  z: roleNumbers(z.number().nullable()),
  /** Roles whose z-score reaches the significance threshold (more brokerage than chance). */
  significant: z.array(
    z.enum(['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison', 'total']),
  ),
  /** Pairs this node brokers (on collaboration ties) whose two parties are in conflict with each other. */
  conflicts: z.object({ count: z.number().int(), pairs: z.array(z.tuple([z.uuid(), z.uuid()])) }),
});
export type BrokerScore = z.infer<typeof BrokerScoreSchema>;

/** A centre's brokerage by one grouping (computed on demand, never stored). */
export const CenterBrokerageSchema = z.object({
  centerId: z.uuid(),
  at: IsoDateSchema.nullable(),
  grouping: BrokerageGroupingSchema,
  model: BrokerageModelSchema,
  /** Collaboration arcs ÷ N(N−1), the tie probability of the null model (an undirected tie is two arcs). */
  density: z.number(),
  /** z-score from which a role counts as more than chance (one-sided, about 2.5% under normality). */
  threshold: z.number(),
  /** Groups: key, readable label (in the request's language), size. */
  groups: z.array(z.object({ key: z.string(), label: z.string(), size: z.number().int() })),
  /** Nodes with any brokerage or brokered conflict, most significant first (largest total z). */
  brokers: z.array(BrokerScoreSchema),
  /** Nodes in the analysis (brokers or not). */
  nodes: z.number().int(),
});
export type CenterBrokerage = z.infer<typeof CenterBrokerageSchema>;

import { z } from 'zod';
import { DateSchema, IsoDateSchema } from '../../shared/dates.ts';

/** Seeds are stored with results; any non-negative 32-bit integer. */
const SeedSchema = z.coerce.number().int().min(0).max(2_147_483_647).default(1);

/** `GET /centers/:id/analysis/blockmodel`: the number of positions k (2–6), the date, the seed. */
export const BlockmodelQuerySchema = z
  .object({
    /** At most this many positions (2–6). */
    k: z.coerce.number().int().min(2).max(6).default(2),
    /** The date analysed; absent: every tie ever recorded. */
    at: DateSchema.optional(),
    /** Seed of the local search; the same seed gives the same positions. */
    seed: SeedSchema,
  })
  .strict();

/** Ties of one sign in a block of the image (linked pairs of the analysis view). */
const TallySchema = z.number().int();

/** One block of the image matrix: the ties between positions `from` and `to` (from ≤ to). */
export const BlockCellSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  positive: TallySchema,
  negative: TallySchema,
  /** The sign with more ties, null for an empty block. */
  type: z.enum(['positive', 'negative']).nullable(),
  /** This block's part of the criterion: α·negative inside a position, (1 − α)·positive between. */
  inconsistency: z.number(),
});

/** `GET /api/centers/:id/analysis/blockmodel`: the signed blockmodel (Doreian & Mrvar) of a centre. */
export const CenterBlockmodelSchema = z.object({
  centerId: z.uuid(),
  /** The date analysed; null: every tie ever recorded. */
  at: IsoDateSchema.nullable(),
  /** Positions asked for (at most; fewer when fewer fit better). */
  k: z.number().int(),
  /** Weight of conflict inside positions; collaboration between positions weighs 1 − α. */
  alpha: z.number(),
  seed: z.number().int(),
  /**
   * Position (0-based, numbered by first node) of every node of the network; null for a node without
   * collaboration or conflict ties, which fits any position equally.
   */
  nodes: z.array(z.object({ id: z.uuid(), position: z.number().int().nullable() })),
  /** Non-empty positions. */
  positions: z.number().int(),
  image: z.array(BlockCellSchema),
  /** Conflict pairs inside positions, collaboration pairs between them, and P = α·N + (1 − α)·P. */
  inconsistencies: z.object({
    negativeWithin: z.number().int(),
    positiveBetween: z.number().int(),
    total: z.number().int(),
    weighted: z.number(),
  }),
  /** Nodes with collaboration ties into other positions (go-betweens), most ties first. */
  between: z.array(
    z.object({
      id: z.uuid(),
      position: z.number().int(),
      ties: z.number().int(),
      reaches: z.array(z.number().int()),
    }),
  ),
  /** Whether every partition was searched (`exhaustive`) or the best of a seeded local search with restarts. */
  method: z.enum(['exhaustive', 'local-search']),
  exact: z.boolean(),
  /** Starts of the local search and how many reached the reported criterion. */
  starts: z.number().int(),
  bestHits: z.number().int(),
  /**
   * For k = 2: the frustration index L of the same view beside the blockmodel's inconsistencies, which are
   * never more than L (the search starts from the frustration split); null for k > 2.
   */
  frustration: z.object({ index: z.number().int(), exact: z.boolean() }).nullable(),
});
export type CenterBlockmodel = z.infer<typeof CenterBlockmodelSchema>;

/** Community detection methods a reader may choose; Louvain is the stored analysis's. */
export const COMMUNITY_METHOD_CHOICES = ['louvain', 'leiden'] as const;

/** `GET /centers/:id/analysis/communities`: method, resolution γ, date and seed. */
export const CommunitiesQuerySchema = z
  .object({
    method: z.enum(COMMUNITY_METHOD_CHOICES).default('louvain'),
    /** γ of modularity: below 1 fewer, broader communities; above 1 more, smaller ones. */
    resolution: z.coerce.number().min(0).max(10).default(1),
    at: DateSchema.optional(),
    seed: SeedSchema,
  })
  .strict();

/** `GET /api/centers/:id/analysis/communities`: communities of the collaboration layer by the chosen method. */
export const CenterCommunitiesSchema = z.object({
  centerId: z.uuid(),
  at: IsoDateSchema.nullable(),
  method: z.enum(COMMUNITY_METHOD_CHOICES),
  resolution: z.number(),
  seed: z.number().int(),
  /** Communities (a node without collaboration ties is one on its own). */
  count: z.number().int(),
  /** Modularity at the chosen resolution; null without collaboration ties. */
  modularity: z.number().nullable(),
  /** Communities whose members are not all linked by collaboration inside them (always 0 with Leiden). */
  disconnected: z.number().int(),
  /** Community (0-based, numbered by first node) of every node. */
  nodes: z.array(z.object({ id: z.uuid(), community: z.number().int() })),
});
export type CenterCommunities = z.infer<typeof CenterCommunitiesSchema>;

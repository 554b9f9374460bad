import { z } from 'zod';
import { InteractionTypeCodeSchema } from '../interactions/interactions.schema.ts';
import { DateSchema, IsoDateSchema } from '../shared/dates.ts';

const Words = z.object({ id: z.string(), en: z.string() });
const NodeId = z.uuid();

/**
 * One proposed change to a centre's network. `addTie` takes a tie type (its valence gives the sign);
 * `resolveConflict` removes the conflict ties between the two; `removeFirm` takes a firm and its ties
 * out; `joinInstitution` ties every member firm to the institution (an order-aggregation tie).
 */
export const WhatIfEditSchema = z.discriminatedUnion('action', [
  z
    .object({
      /** Add a tie between two nodes. */
      action: z.literal('addTie'),
      /** One end (a firm or institution of the network). */
      a: NodeId,
      /** The other end. */
      b: NodeId,
      /** The tie's type; collaboration types add a + tie, conflict types a − tie. */
      type: InteractionTypeCodeSchema,
    })
    .strict(),
  z
    .object({
      /** Remove every tie between two nodes. */
      action: z.literal('removeTie'),
      /** One end. */
      a: NodeId,
      /** The other end. */
      b: NodeId,
    })
    .strict(),
  z
    .object({
      /** Mediate the conflict between two nodes: their conflict ties are removed. */
      action: z.literal('resolveConflict'),
      /** One party. */
      a: NodeId,
      /** The other party. */
      b: NodeId,
    })
    .strict(),
  z
    .object({
      /** A firm leaves the centre: it and its ties are removed. */
      action: z.literal('removeFirm'),
      /** The firm that leaves. */
      firm: NodeId,
    })
    .strict(),
  z
    .object({
      /** Every member firm joins an institution of the centre. */
      action: z.literal('joinInstitution'),
      /** The institution they join. */
      institution: NodeId,
    })
    .strict(),
]);
export type WhatIfEditInput = z.infer<typeof WhatIfEditSchema>;

/** The list of edits (at most 200), applied in order. */
export const WhatIfEditsSchema = z.array(WhatIfEditSchema).max(200);

/** Body of `POST /centers/:id/what-if`. */
export const WhatIfRequestSchema = z
  .object({
    /** The changes, applied in order. */
    edits: WhatIfEditsSchema,
    /** The network of this date (default: today). */
    at: DateSchema.optional(),
  })
  .strict();

/** Query of `GET /centers/:id/what-if/suggestions`. */
export const WhatIfSuggestionsQuerySchema = z
  .object({
    /** The network of this date (default: today). */
    at: DateSchema.optional(),
    /** How many suggestions of each kind (default 5). */
    k: z.coerce.number().int().min(1).max(20).optional(),
  })
  .strict();

/** One side (today, or after the edits) of a what-if. */
export const WhatIfSideSchema = z.object({
  firms: z.number().int(),
  collaborationTies: z.number().int(),
  conflictTies: z.number().int(),
  /** Collaboration and conflict pairs over firm pairs (as on the network page). */
  collaborationDensity: z.number().nullable(),
  conflictDensity: z.number().nullable(),
  /** Connected components of the signed view, and of the collaboration layer alone. */
  components: z.number().int(),
  collaborationComponents: z.number().int(),
  largestCollaborativeComponentShare: z.number().nullable(),
  frustration: z.number().int().nullable(),
  normalizedFrustration: z.number().nullable(),
  frustrationExact: z.boolean(),
  /** The two camps' node ids (nodes with a signed tie); null without conflict. */
  camps: z.tuple([z.array(z.string()), z.array(z.string())]).nullable(),
  /** Top brokers by betweenness on the collaboration layer. */
  brokers: z.array(z.object({ id: z.string(), label: z.string(), betweenness: z.number() })),
  pattern: z.object({ code: z.string(), label: Words }),
});
export type WhatIfSide = z.infer<typeof WhatIfSideSchema>;

/** A tie an edit added or removed (ids of nodes; `edit` is the edit's position). */
export const TieChangeSchema = z.object({
  change: z.enum(['added', 'removed']),
  source: z.string(),
  target: z.string(),
  sign: z.union([z.literal(1), z.literal(-1)]),
  type: z.string(),
  edit: z.number().int(),
});

/** What `POST /centers/:id/what-if` answers: today and after, side by side; nothing is saved. */
export const WhatIfResultSchema = z.object({
  centerId: z.uuid(),
  at: IsoDateSchema,
  before: WhatIfSideSchema,
  after: WhatIfSideSchema,
  changes: z.array(TieChangeSchema),
});
export type WhatIfResult = z.infer<typeof WhatIfResultSchema>;

/** One suggestion: the edit to apply, the reason in words and the figures behind it. */
export const WhatIfSuggestionSchema = z.object({
  kind: z.enum(['tie', 'conflict']),
  edit: WhatIfEditSchema,
  /** Labels of the two nodes, as the reader sees them. */
  aLabel: z.string(),
  bLabel: z.string(),
  reason: Words,
  /** Tie: node pairs newly connected by collaboration; conflict: fall of the frustration index. */
  gain: z.number(),
});

/** What `GET /centers/:id/what-if/suggestions` answers, each list ranked best first. */
export const WhatIfSuggestionsSchema = z.object({
  centerId: z.uuid(),
  at: IsoDateSchema,
  ties: z.array(WhatIfSuggestionSchema),
  conflicts: z.array(WhatIfSuggestionSchema),
});
export type WhatIfSuggestions = z.infer<typeof WhatIfSuggestionsSchema>;

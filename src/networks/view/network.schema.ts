import { z } from 'zod';
import { InteractionTypeCodeSchema, ValenceSchema } from '../../interactions/interactions.schema.ts';
import { DateSchema, IsoDateSchema } from '../../shared/dates.ts';

/** A firm or an institution in a centre's network. */
export const NetworkNodeSchema = z.object({
  /** The enterprise or institution id (a pseudonymised reader still gets the real id, never the name). */
  id: z.uuid(),
  kind: z.enum(['enterprise', 'institution']),
  /** Name, or the stable `IKM-…` pseudonym for readers who must not see firms' names. */
  label: z.string(),
  regionCode: z.string().nullable(),
  /** Enterprise: its membership role in the centre (`member`, …); institution: its type (`koperasi`, …). */
  role: z.string().nullable(),
  /** The enterprise is a member of the centre on the network's date (ties may also reach outsiders). */
  member: z.boolean(),
  commodity: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type NetworkNode = z.infer<typeof NetworkNodeSchema>;

/** One tie of the network; `source`/`target` are node ids, in the direction the type gives them. */
export const NetworkTieSchema = z.object({
  id: z.uuid(),
  source: z.uuid(),
  target: z.uuid(),
  type: InteractionTypeCodeSchema,
  valence: ValenceSchema,
  /** Symmetric types (joint purchasing, equipment sharing, …) have no direction. */
  directed: z.boolean(),
  startDate: IsoDateSchema,
  /** Exclusive end; null while ongoing. */
  endDate: IsoDateSchema.nullable(),
  strength: z.number().int().nullable(),
  frequency: z.string().nullable(),
  formality: z.string(),
  confidence: z.string(),
  legalPattern: z.string().nullable(),
  confidential: z.boolean(),
});
export type NetworkTie = z.infer<typeof NetworkTieSchema>;

/** A centre's network as a reader may see it, at a date or over all time. */
export const CenterNetworkSchema = z.object({
  centerId: z.uuid(),
  /** The date the network is taken at (ties and memberships active that day); null: every tie ever recorded. */
  at: IsoDateSchema.nullable(),
  nodes: z.array(NetworkNodeSchema),
  ties: z.array(NetworkTieSchema),
});
export type CenterNetwork = z.infer<typeof CenterNetworkSchema>;

/** What the analysis reads of a tie: its id, ends, type and valence. */
export type TieStructure = Pick<NetworkTie, 'id' | 'source' | 'target' | 'type' | 'valence' | 'directed'>;
/** A centre's network with only the structure of its ties (`loadCenterNetworks` with `structureOnly`). */
export type NetworkStructure = Omit<CenterNetwork, 'ties'> & { ties: TieStructure[] };

/** Query of the network endpoints: `at` a date (default: every tie, ended ones included). */
export const CenterNetworkQuerySchema = z.object({ at: DateSchema.optional() }).strict();

/**
 * Query of `GET /centers/:id/network`: `format=compact` for the wire format the web reads, and with it
 * `tieIds=omit` to leave out the ties' ids (random UUIDs: two thirds of the compressed body), which a
 * drawing does not need.
 */
export const CenterNetworkViewQuerySchema = CenterNetworkQuerySchema.extend({
  format: z.enum(['full', 'compact']).optional(),
  tieIds: z.enum(['include', 'omit']).optional(),
}).strict();

const Codes = z.array(z.number().int().nonnegative());
const NullableCodes = z.array(z.number().int().nonnegative().nullable());

/**
 * The same network as a node table and one array per tie field (`format=compact`, network-wire.ts): ties
 * name their ends by index into `nodes`, and enumerated fields by index into `codes`, so no id, label or
 * type name repeats per tie. `decodeNetwork` turns it back into `CenterNetwork` exactly.
 */
export const CompactNetworkSchema = z.object({
  format: z.literal('compact'),
  centerId: z.uuid(),
  at: IsoDateSchema.nullable(),
  nodes: z.array(NetworkNodeSchema),
  /** Lookup tables of the coded tie fields. */
  codes: z.object({
    type: z.array(InteractionTypeCodeSchema),
    valence: z.array(ValenceSchema),
    frequency: z.array(z.string()),
    formality: z.array(z.string()),
    confidence: z.array(z.string()),
    legalPattern: z.array(z.string()),
  }),
  ties: z.object({
    /** Absent with `tieIds=omit`: decoding then keys the ties by position (`tie-0`, `tie-1`, …). */
    id: z.array(z.uuid()).optional(),
    source: Codes,
    target: Codes,
    type: Codes,
    valence: Codes,
    /** 1 directed, 0 not. */
    directed: Codes,
    startDate: z.array(IsoDateSchema),
    endDate: z.array(IsoDateSchema.nullable()),
    strength: z.array(z.number().int().nullable()),
    frequency: NullableCodes,
    formality: Codes,
    confidence: Codes,
    legalPattern: NullableCodes,
    /** 1 confidential, 0 not. */
    confidential: Codes,
  }),
});
export type CompactNetwork = z.infer<typeof CompactNetworkSchema>;

/** What `GET /centers/:id/network` answers: the full shape by default, the compact one when asked. */
export const CenterNetworkAnswerSchema = z.union([CenterNetworkSchema, CompactNetworkSchema]);

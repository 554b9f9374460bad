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

/** Query of the network endpoints: `at` a date (default: every tie, ended ones included). */
export const CenterNetworkQuerySchema = z.object({ at: DateSchema.optional() }).strict();

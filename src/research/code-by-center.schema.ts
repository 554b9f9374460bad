import { z } from 'zod';

/** A sentence in both languages of the app. */
const MessageSchema = z.object({ id: z.string(), en: z.string() });

/** The network indicators shown beside a centre's column, from its stored analysis and its tie evidence. */
export const CenterColumnSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** False when the reader may not read the centre's network: its indicators are then all null. */
  networkReadable: z.boolean(),
  collaborationDensity: z.number().nullable(),
  conflictDensity: z.number().nullable(),
  largestCollaborativeComponentShare: z.number().nullable(),
  balanceRatio: z.number().nullable(),
  normalizedFrustration: z.number().nullable(),
  /** The pattern label of the centre's stored analysis. */
  pattern: MessageSchema.nullable(),
  /** Ties with still-consented interview evidence, and the share of them both sides confirm. */
  tiesWithEvidence: z.number().int(),
  corroborationRate: z.number().nullable(),
  /** When the stored analysis was computed. */
  computedAt: z.string().nullable(),
});
export type CenterColumn = z.infer<typeof CenterColumnSchema>;

/** One cell: coded segments (and their documents) of a code whose informant belongs to a centre. */
export const CodeCenterCellSchema = z.object({
  codeId: z.uuid(),
  centerId: z.uuid(),
  segments: z.number().int(),
  documents: z.number().int(),
});

/** `GET /api/research/projects/:id/code-by-center`: codable codes × centres, cells only where non-zero. */
export const CodeByCenterSchema = z.object({
  projectId: z.uuid(),
  codes: z.array(
    z.object({ id: z.uuid(), name: z.string(), parentId: z.uuid().nullable(), color: z.string().nullable() }),
  ),
  centers: z.array(CenterColumnSchema),
  cells: z.array(CodeCenterCellSchema),
  /** Coded segments whose informants have no centre (not in any column). */
  withoutCenter: z.number().int(),
});
export type CodeByCenter = z.infer<typeof CodeByCenterSchema>;

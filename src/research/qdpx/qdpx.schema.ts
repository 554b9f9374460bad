import { z } from 'zod';
import { singleLine } from '../../shared/text.ts';

/** Media types a `.qdpx` (ZIP) or `.qde`/`.qdc` (XML) upload may be sent as; the bytes decide, not the type. */
export const QDA_MEDIA_TYPES = [
  'application/zip',
  'application/x-zip-compressed',
  'application/octet-stream',
  'application/xml',
  'text/xml',
] as const;

const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** Query of `GET /api/research/projects/:id/qdpx`. */
export const QdpxExportQuerySchema = z
  .object({
    /** Real firm and coder names instead of pseudonyms (a lead who may see personal data only). */
    identities: flag,
  })
  .strict();

/** Query of the QDPX/QDC uploads: the file's name, and whether any schema deviation refuses the file. */
export const QdaImportQuerySchema = z
  .object({
    /** The uploaded file's name (shown in the report and the project's event log). */
    filename: singleLine().trim().min(1).max(255),
    /** Refuse the file at the first departure from the REFI-QDA schema (422 naming element and line). */
    strict: flag,
  })
  .strict();

/** One kind of thing an import could not carry over. */
export const ImportLossSchema = z.object({
  /** A stable key (`pdf-source`, `evidence-no-tie`, …). */
  kind: z.string(),
  /** The REFI-QDA element concerned, when one is (`PDFSource`, `Link`). */
  element: z.string().nullable(),
  /** How many times it occurred. */
  count: z.number().int(),
  /** The line of its first occurrence in the `.qde`/`.qdc`, when known. */
  line: z.number().int().nullable(),
  /** What was lost, in the request's language. */
  message: z.string(),
});
export type ImportLoss = z.infer<typeof ImportLossSchema>;

/** The answer of an import: where it went, what was carried, what was not. */
export const ImportReportSchema = z.object({
  /** The project written into (new or existing). */
  projectId: z.uuid(),
  /** Whether the import made a new project. */
  created: z.boolean(),
  counts: z.object({
    codes: z.number().int(),
    documents: z.number().int(),
    segments: z.number().int(),
    codings: z.number().int(),
    memos: z.number().int(),
    informants: z.number().int(),
    evidence: z.number().int(),
  }),
  losses: z.array(ImportLossSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

import { z } from 'zod';
import { ErrorBodySchema } from '../../shared/error-body.ts';
import { singleLine } from '../../shared/text.ts';
import { ImportKindSchema, ImportQuerySchema, ImportReportSchema } from '../io.schema.ts';

/** Where a run is: waiting for a worker, importing, or ended with its report or its error. */
export const IMPORT_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

/** An import run as the importing user (or an admin) reads it. */
export const ImportRunSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  kind: ImportKindSchema,
  fileName: z.string(),
  bytes: z.number().int(),
  status: z.enum(IMPORT_RUN_STATUSES),
  /** The import's last stage reached: reading, staged, checked, written. */
  phase: z.string().nullable(),
  /** Data rows read so far. */
  rowsRead: z.number().int(),
  /** Rows inserted or updated, once written. */
  rowsWritten: z.number().int(),
  /** The report of a run that ended (with row problems too, as the synchronous import reports them). */
  result: ImportReportSchema.nullable(),
  /** Why a run failed, as the synchronous import's error body says it, in the importer's language. */
  error: ErrorBodySchema.shape.error.nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type ImportRun = z.infer<typeof ImportRunSchema>;

/** The answer of `POST /api/import-runs/:kind`: the run to follow. */
export const ImportRunCreatedSchema = z.object({ id: z.uuid(), status: z.enum(IMPORT_RUN_STATUSES) });

/** Query of `POST /api/import-runs/:kind`: the import's settings (never a dry run) and the file's name. */
export const ImportRunQuerySchema = ImportQuerySchema.omit({ dryRun: true })
  .extend({ fileName: singleLine().trim().min(1).max(255).optional() })
  .strict();

import { z } from 'zod';
import { RegionCodeSchema } from '../../regions/regions.schema.ts';
import { ErrorBodySchema } from '../../shared/error-body.ts';

/** Where an export is: waiting for a worker, writing, ended with its file or its error, or its file dropped. */
export const REGION_EXPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'expired'] as const;
export type RegionExportStatus = (typeof REGION_EXPORT_STATUSES)[number];

/** The files of a region export, in the order the ZIP holds them (each in its import layout). */
export const REGION_EXPORT_KINDS = [
  'centers',
  'enterprises',
  'institutions',
  'memberships',
  'interactions',
] as const;
export type RegionExportKind = (typeof REGION_EXPORT_KINDS)[number];

/** Body of `POST /api/region-exports`. */
export const RegionExportCreateSchema = z
  .object({
    /** The province, regency/city or district whose data the export holds. */
    regionCode: RegionCodeSchema,
    /** The files' format inside the ZIP. */
    format: z.enum(['xlsx', 'csv']).default('xlsx'),
  })
  .strict();
export type RegionExportCreate = z.infer<typeof RegionExportCreateSchema>;

/** A region export as the user who started it (or an admin) reads it; the file itself is a separate route. */
export const RegionExportSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  regionCode: z.string(),
  /** The region's name, for the list. */
  regionName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  status: z.enum(REGION_EXPORT_STATUSES),
  /** The file being written while running (one of REGION_EXPORT_KINDS). */
  phase: z.string().nullable(),
  /** Data rows written so far, all files together. */
  rowsWritten: z.number().int(),
  /** Rows per file, once done. */
  counts: z.record(z.string(), z.number().int()).nullable(),
  /** The ZIP's name and size, once done. */
  fileName: z.string().nullable(),
  bytes: z.number().int().nullable(),
  /** Why an export failed, in its user's language. */
  error: ErrorBodySchema.shape.error.nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type RegionExport = z.infer<typeof RegionExportSchema>;

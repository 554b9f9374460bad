import { z } from 'zod';
import { CSV_PARTS } from '../../formats/csv/csv-writer.ts';
import { DateSchema } from '../../shared/dates.ts';

/** File formats a centre's network is exported in. */
export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Query of `GET /api/centers/:id/network/export`. */
export const NetworkExportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    /** Ties and memberships active on this day; absent: every tie ever recorded. */
    at: DateSchema.optional(),
    /** CSV only: the edge list (default) or the node list. */
    part: z.enum(CSV_PARTS).default('edges'),
  })
  .strict();
export type NetworkExportQuery = z.infer<typeof NetworkExportQuerySchema>;

import { z } from 'zod';
import { RegionCodeSchema } from '../regions/regions.schema.ts';
import { SourceSchema } from '../shared/provenance.ts';
import { singleLine } from '../shared/text.ts';
import { IMPORT_KINDS } from './import-kinds.ts';
import { FORM_TOOLS } from './kobo/form-tools.ts';
import { TABLE_FORMATS } from './read-table.ts';
import { TEXT_ENCODINGS } from './text-encoding.ts';

export { IMPORT_KINDS } from './import-kinds.ts';

export const ImportKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKindSchema>;

/** How an import runs. */
export const ImportSettingsSchema = z
  .object({
    /** Validate and count only; write nothing. */
    dryRun: z.boolean(),
    /** Regency/city whose villages and districts `keldesa`/`kecamatan` names are looked up in. */
    region: RegionCodeSchema.optional(),
    /** Source of yearly figures when the file has no `sumber` (default `dinas_census`). */
    source: SourceSchema.optional(),
    /** Vintage of yearly figures when the file has no `vintage` (default: the row's `tahun`). */
    vintage: singleLine().trim().min(1).max(100).optional(),
    /** Name-generator surveys only: the research project whose informants the respondents become. */
    researchProjectId: z.uuid().optional(),
    /** The file is a KoboToolbox or ODK Central export of a form Simpul generated (`simpul field xlsform`). */
    tool: z.enum(FORM_TOOLS).optional(),
  })
  .strict();
export type ImportSettings = z.infer<typeof ImportSettingsSchema>;

/** One problem in a file: where the user finds it and what is wrong, in the current language. */
export const ImportErrorSchema = z.object({
  /** Row number as the spreadsheet shows it (header = row 1). */
  row: z.number().int(),
  /** Column header, as in the file's layout. */
  column: z.string(),
  message: z.string(),
  /** Worksheet name, given only when the workbook had several data sheets. */
  sheet: z.string().optional(),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

/** The character encoding a CSV file was read in, and whether it began with a byte-order mark. */
export const TextEncodingSchema = z.object({ name: z.enum(TEXT_ENCODINGS), bom: z.boolean() });

/** What an import did (or, on a dry run or with errors, would have done). */
export const ImportReportSchema = z.object({
  kind: ImportKindSchema,
  dryRun: z.boolean(),
  /** Data rows read (blank rows and the header not counted). */
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** The first 1,000 problems, in file order; when there is any, nothing was written. */
  errors: z.array(ImportErrorSchema),
  /** All problems found, including those beyond the first 1,000. */
  errorCount: z.number().int(),
  /** What linking a name-generator survey to a research project did; absent without a project. */
  research: z
    .object({
      projectId: z.uuid(),
      informantsCreated: z.number().int(),
      informantsLinked: z.number().int(),
      questionnaires: z.number().int(),
      evidence: z.number().int(),
      skippedWithdrawn: z.number().int(),
    })
    .optional(),
  /** How a CSV file's text was decoded (detected from its bytes); absent for XLSX. */
  encoding: TextEncodingSchema.optional(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** Path parameters of `/api/import/:kind` and `/api/export/:kind`. */
export const KindParamsSchema = z.object({ kind: ImportKindSchema }).strict();

/** Query of `POST /api/import/:kind`. */
export const ImportQuerySchema = z
  .object({
    dryRun: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    region: RegionCodeSchema.optional(),
    source: SourceSchema.optional(),
    vintage: singleLine().trim().min(1).max(100).optional(),
    /** Name-generator surveys only: the research project whose informants the respondents become. */
    researchProjectId: z.uuid().optional(),
    /** The file is a KoboToolbox or ODK Central export of a form Simpul generated. */
    tool: z.enum(FORM_TOOLS).optional(),
  })
  .strict();

/** Query of `GET /api/export/:kind`. */
export const ExportQuerySchema = z.object({ format: z.enum(TABLE_FORMATS).default('csv') }).strict();

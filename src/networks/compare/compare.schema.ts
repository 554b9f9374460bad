import { z } from 'zod';
import { CenterCaseKpisSchema } from '../../case-kpis/case-kpis.schema.ts';
import { PartnershipKpisSchema } from '../../partnership-kpis/partnership-kpis.schema.ts';
import { RegionCodeSchema } from '../../regions/regions.schema.ts';
import { DateSchema } from '../../shared/dates.ts';
import { tr } from '../../shared/i18n.ts';
import {
  CASE_KPI_FORMATS,
  type CaseKpiKey,
  PARTNERSHIP_FORMATS,
  type PartnershipKpiKey,
} from '../../shared/measure-format.ts';
import { singleLine } from '../../shared/text.ts';
import {
  type CenterIndicators,
  CenterIndicatorsSchema,
  CenterPatternSchema,
  PatternCodeSchema,
} from '../analysis/analysis.schema.ts';

/** Most centres a `?centers=` comparison takes (US Cluster Mapping compares up to 10 regions). */
export const MAX_COMPARED = 10;

/** Indicator fields a comparison sorts by, in the column order of the workbook. */
export const INDICATOR_FIELDS = Object.keys(CenterIndicatorsSchema.shape) as (keyof CenterIndicators)[];

/** Partnership KPI fields a comparison sorts by too (the table's KPI columns, issue #18). */
export const PARTNERSHIP_SORT_FIELDS = Object.keys(PARTNERSHIP_FORMATS) as PartnershipKpiKey[];

/** Conflict-case KPI fields a comparison sorts by (issue #19); a hidden cell sorts last, like a missing one. */
export const CASE_SORT_FIELDS = Object.keys(CASE_KPI_FORMATS) as CaseKpiKey[];

/** `GET /analysis/compare`: a list of centre ids or a region code, an optional sort and date. */
export const CompareQuerySchema = z
  .object({
    /** Comma-separated centre ids (at most 10). */
    centers: singleLine().trim().min(1).max(2000).optional(),
    /** A Kemendagri province or regency/city code: every centre with a region below it. */
    region: singleLine()
      .regex(/^\d{2}(\.\d{2})?$/, {
        error: () =>
          tr({
            id: 'Wilayah harus kode provinsi (32) atau kabupaten/kota (32.73).',
            en: 'Region must be a province (32) or regency/city code (32.73).',
          }),
      })
      .optional(),
    /** `field:asc` or `field:desc` over the indicators, the partnership or the conflict-case KPIs, or `name`. */
    sort: singleLine()
      .regex(/^\w+:(asc|desc)$/, {
        error: () =>
          tr({
            id: 'Urutan ditulis kolom:asc atau kolom:desc.',
            en: 'Sort order is written field:asc or field:desc.',
          }),
      })
      .refine(
        (s) =>
          ['name', ...INDICATOR_FIELDS, ...PARTNERSHIP_SORT_FIELDS, ...CASE_SORT_FIELDS].includes(
            s.split(':')[0] as string,
          ),
        {
          error: () =>
            // The columns are internal names: point to the table's columns, listed in the API documentation.
            tr({
              id: 'Urutan harus menurut nama atau salah satu kolom angka tabel perbandingan.',
              en: 'Sort order must use the name or one of the figure columns of the comparison table.',
            }),
        },
      )
      .optional(),
    /** Date of the networks; default: every tie ever recorded. */
    at: DateSchema.optional(),
  })
  .strict()
  .refine((q) => (q.centers === undefined) !== (q.region === undefined), {
    path: ['centers'],
    error: () =>
      tr({
        id: 'Isi salah satu: Daftar sentra (id sentra dipisah koma) atau Wilayah (kode wilayah).',
        en: 'Give either Centres (centre ids separated by commas) or Region (a region code).',
      }),
  });
export type CompareQuery = z.infer<typeof CompareQuerySchema>;

/** One row of a regional comparison. */
export const ComparisonRowSchema = z.object({
  centerId: z.uuid(),
  name: z.string(),
  regionCodes: z.array(z.string()),
  computedAt: z.iso.datetime({ offset: true }).nullable(),
  indicators: CenterIndicatorsSchema.nullable(),
  pattern: CenterPatternSchema.nullable(),
  /** Partnership KPIs over the 12 months up to `at` (default today), issue #18 point 6. */
  partnerships: PartnershipKpisSchema,
  /** Conflict-case KPIs over the same 12 months, suppressed under 3 cases (issue #19). */
  cases: CenterCaseKpisSchema,
});

/** `GET /api/analysis/compare?centers=a,b,…` (≤ 10) or `?region=CODE`: stored indicators side by side. */
export const ComparisonSchema = z.object({ items: z.array(ComparisonRowSchema) });
export type Comparison = z.infer<typeof ComparisonSchema>;

/** `GET /api/analysis/patterns`: the region whose centres' pattern labels are wanted (none: the country). */
export const PatternsQuerySchema = z
  .object({ region: RegionCodeSchema.optional().describe('Province, regency/city or district code') })
  .strict();
export type PatternsQuery = z.infer<typeof PatternsQuerySchema>;

/** The pattern label of every readable centre of a region; null where none is stored and current. */
export const CenterPatternsSchema = z.object({
  items: z.array(z.object({ centerId: z.uuid(), pattern: CenterPatternSchema.nullable() })),
});
export type CenterPatterns = z.infer<typeof CenterPatternsSchema>;

/** How many of a set of centres carry one pattern label. */
export const PatternCountSchema = z.object({
  code: PatternCodeSchema,
  label: CenterPatternSchema.shape.label,
  centers: z.number().int(),
});
export type PatternCount = z.infer<typeof PatternCountSchema>;

/**
 * `GET /api/analysis/pattern-counts`: the stored pattern labels of a region's readable centres, counted in
 * the region and per child region (provinces for the whole country), most frequent first. `analysed`
 * counts the centres with a current label, the denominator of a pattern's share.
 */
export const PatternCountsSchema = z.object({
  analysed: z.number().int(),
  counts: z.array(PatternCountSchema),
  children: z.array(
    z.object({ code: z.string(), analysed: z.number().int(), counts: z.array(PatternCountSchema) }),
  ),
});
export type PatternCounts = z.infer<typeof PatternCountsSchema>;

import { z } from 'zod';
import { CaseKpisSchema } from '../case-kpis/case-kpis.schema.ts';
import { CenterStatusSchema } from '../centers/centers.schema.ts';
import { RegionPartnershipTotalsSchema } from '../partnership-kpis/partnership-kpis.schema.ts';
import { RegionCodeSchema, RegionSchema } from '../regions/regions.schema.ts';

/** Query of `GET /api/overview`: the whole country without `region`. */
export const OverviewQuerySchema = z
  .object({ region: RegionCodeSchema.optional().describe('Province, regency/city or district code') })
  .strict();
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;

/** Enterprises per Permenperin 64/2016 class (IK/IM/IB); `unknown` when the figures are missing. */
export const SizeCountsSchema = z.object({
  IK: z.number().int(),
  IM: z.number().int(),
  IB: z.number().int(),
  unknown: z.number().int(),
});
export type SizeCounts = z.infer<typeof SizeCountsSchema>;

/**
 * Totals over active member enterprises, each counted with its latest year of data: `units` members,
 * `workers` male + female, `productionValue` in rupiah.
 */
export const OverviewFiguresSchema = z.object({
  centers: z.number().int(),
  units: z.number().int(),
  workers: z.number().int(),
  productionValue: z.number(),
  sizeClasses: SizeCountsSchema,
});
export type OverviewFigures = z.infer<typeof OverviewFiguresSchema>;

/** One region one level below the chosen one, with the figures of its centres. */
export const OverviewChildSchema = OverviewFiguresSchema.extend({
  code: z.string(),
  name: z.string(),
  level: RegionSchema.shape.level,
});

/** One centre in the chosen region, with its figures and position. */
export const OverviewCenterSchema = OverviewFiguresSchema.omit({ centers: true }).extend({
  id: z.uuid(),
  name: z.string(),
  mainProduct: z.string(),
  status: CenterStatusSchema,
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** The centre's first region code (several when it spans villages). */
  regionCode: z.string().nullable(),
  /** Latest year of enterprise data counted; null when none. */
  year: z.number().int().nullable(),
});
export type OverviewCenter = z.infer<typeof OverviewCenterSchema>;

/**
 * Most centres an overview lists one by one. Above it (the whole country at national scale, ~13,762
 * centres; a large province) the child regions stand for them and a centre is found by name with
 * `GET /centers?q=`: a 4 MB list took longer to send than everything else the screen needs, and no one
 * reads 13,762 rows or dots.
 */
export const OVERVIEW_CENTER_LIST_LIMIT = 500;

/** Body of `GET /api/overview`: the region, its ancestors, totals, child regions and centres. */
export const OverviewSchema = z.object({
  region: RegionSchema.nullable(),
  /** Ancestors from the province down to the region itself, for breadcrumbs. */
  path: z.array(RegionSchema),
  totals: OverviewFiguresSchema,
  children: z.array(OverviewChildSchema),
  /** The region's centres, when it holds at most `OVERVIEW_CENTER_LIST_LIMIT`; empty otherwise. */
  centers: z.array(OverviewCenterSchema),
  /** False when the region holds more centres than are listed (`centers` is then empty). */
  centersListed: z.boolean(),
  /** Partnership totals over the last 12 months; null (or absent) for a reader who may not read every centre's analysis. */
  partnerships: RegionPartnershipTotalsSchema.nullable().optional(),
  /** Conflict-case KPIs of the region's centres over the last 12 months, suppressed; null for the same readers. */
  cases: CaseKpisSchema.nullable().optional(),
});
export type Overview = z.infer<typeof OverviewSchema>;

import { z } from 'zod';
import { RegionCodeSchema } from '../regions/regions.schema.ts';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { KbliEntrySchema } from '../shared/kbli.ts';
import { PageQuerySchema, sortSchema } from '../shared/pagination.ts';
import { KBLI_EXPECTED, patternError } from '../shared/pattern-error.ts';
import { ProvenanceSchema } from '../shared/provenance.ts';
import { multiLine, singleLine } from '../shared/text.ts';

/** Lifecycle of a centre, in order; see `centers.rules.ts` for the allowed moves. */
export const CENTER_STATUSES = [
  'potential',
  'recorded',
  'designated',
  'coached',
  'independent',
  'inactive',
] as const;
export const CenterStatusSchema = z.enum(CENTER_STATUSES);
export type CenterStatus = z.infer<typeof CenterStatusSchema>;

/** Kemenperin commodity groups (pangan, sandang, kimia & bahan bangunan, kerajinan & aneka, furnitur, logam…). */
export const COMMODITY_GROUPS = [
  'food',
  'clothing',
  'chemicals_building_materials',
  'crafts_misc',
  'furniture',
  'metal_machinery_electronics',
] as const;
/** The five groups most Dinas offices use (Sandang, Pangan, Kimia & Bahan Bangunan, Kerajinan, Logam & Elektronik). */
export const DINAS_GROUPS = [
  'clothing',
  'food',
  'chemicals_building_materials',
  'crafts',
  'metal_electronics',
] as const;
export const CENTER_ORIGINS = ['organic', 'government_built'] as const;

/** The Bupati/Walikota decree that designates a centre ("sentra ber-SK"). */
export const DesignationSchema = z
  .object({
    skNumber: singleLine().trim().min(1).max(200),
    date: DateSchema,
    issuer: singleLine().trim().min(1).max(200),
  })
  .strict();

/** BPS Direktori Sentra criteria: similar firms are at least 20% of a village's households. */
export const StatisticalCriteriaSchema = z
  .object({
    villageCode: RegionCodeSchema,
    householdShare: z.number().min(0).max(1),
    year: z.number().int().min(1945).max(2100),
  })
  .strict();
export type StatisticalCriteria = z.infer<typeof StatisticalCriteriaSchema>;

export const CENTER_INDICATORS = [
  'units',
  'workers',
  'households',
  'production_value',
  'investment',
  'export_value',
] as const;

/** A centre-level figure (e.g. 697 units in 2011) with where it comes from. */
export const CenterFigureSchema = z
  .object({
    indicator: z.enum(CENTER_INDICATORS),
    value: z.number().min(0),
    unit: singleLine().max(50).nullish(),
    year: z.number().int().min(1900).max(2100),
  })
  .extend(ProvenanceSchema.shape)
  .strict();
export type CenterFigure = z.infer<typeof CenterFigureSchema>;

const centerFields = {
  /** Identifier from the user's own system; the natural key for imports. */
  externalId: singleLine().trim().min(1).max(100).nullish(),
  name: singleLine().trim().min(1).max(200),
  mainProduct: singleLine().trim().min(1).max(200),
  commodityGroup: z.enum(COMMODITY_GROUPS),
  dinasGroup: z.enum(DINAS_GROUPS).nullish(),
  kbli: z.array(KbliEntrySchema).max(20),
  origin: z.enum(CENTER_ORIGINS),
  status: CenterStatusSchema,
  designation: DesignationSchema.nullish(),
  statisticalCriteria: StatisticalCriteriaSchema.nullish(),
  foundingYear: z.number().int().min(1500).max(2100).nullish(),
  description: multiLine().max(5000).nullish(),
  latitude: z.number().min(-11.5).max(6.5).nullish().describe('WGS84; Indonesia spans about 6°N to 11°S'),
  longitude: z.number().min(94).max(142).nullish(),
  /** Official region codes; a centre may span several villages. */
  regionCodes: z.array(RegionCodeSchema).min(1).max(50),
};

/** Body of `POST /api/centers`. */
export const CenterCreateSchema = z
  .object({
    ...centerFields,
    kbli: centerFields.kbli.default([]),
    status: centerFields.status.default('recorded'),
    figures: z.array(CenterFigureSchema).max(200).default([]),
  })
  .strict();
export type CenterCreate = z.infer<typeof CenterCreateSchema>;

/** Body of `PATCH /api/centers/:id`: any subset of fields plus the version the client last read. */
export const CenterUpdateSchema = z
  .object({ ...centerFields, figures: z.array(CenterFigureSchema).max(200) })
  .partial()
  .extend({ version: z.number().int().positive() })
  .strict();
export type CenterUpdate = z.infer<typeof CenterUpdateSchema>;

/** A centre as the API returns it. */
export const CenterSchema = z.object({
  id: z.uuid(),
  externalId: z.string().nullable(),
  name: z.string(),
  mainProduct: z.string(),
  commodityGroup: z.enum(COMMODITY_GROUPS),
  dinasGroup: z.enum(DINAS_GROUPS).nullable(),
  kbli: z.array(KbliEntrySchema),
  origin: z.enum(CENTER_ORIGINS),
  status: CenterStatusSchema,
  designation: DesignationSchema.nullable(),
  statisticalCriteria: StatisticalCriteriaSchema.nullable(),
  foundingYear: z.number().nullable(),
  description: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  regionCodes: z.array(z.string()),
  activeMemberCount: z.number().int(),
  /** Non-blocking remarks, e.g. fewer than 5 active members (PP 29/2018 asks for at least 5). */
  warnings: z.array(z.string()),
  figures: z.array(CenterFigureSchema),
  version: z.number().int(),
  archivedAt: IsoDateTimeSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Center = z.infer<typeof CenterSchema>;

/** Query of `GET /api/centers`. */
export const CenterListQuerySchema = PageQuerySchema.extend({
  region: RegionCodeSchema.optional().describe(
    'Province, regency/city, district or village code; matches below it',
  ),
  status: CenterStatusSchema.optional(),
  commodityGroup: z.enum(COMMODITY_GROUPS).optional(),
  kbli: singleLine()
    .regex(/^\d{2,5}$/, patternError(KBLI_EXPECTED))
    .optional()
    .describe('KBLI code or prefix'),
  sort: sortSchema(['name', 'status', 'createdAt', 'updatedAt'], 'name'),
  /**
   * Only the centres the signed-in reader may use for a purpose: `members` — whose member list and network
   * they may read (a comparison, a tie's centre); `edit` — whose records they may change (a form's centre).
   * Anonymous readers, and roles without that right, get none.
   */
  usableFor: z.enum(['members', 'edit']).optional(),
}).strict();
export type CenterListQuery = z.infer<typeof CenterListQuerySchema>;

/** Path parameters of `/api/centers/:id`. */
export const CenterIdParamsSchema = z.object({ id: singleLine().max(100) });

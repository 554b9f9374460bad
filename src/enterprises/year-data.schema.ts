import { z } from 'zod';
import { IsoDateTimeSchema } from '../shared/dates.ts';
import { ProvenanceSchema, SourceSchema } from '../shared/provenance.ts';
import { singleLine } from '../shared/text.ts';

/** Whole rupiah, never negative (Dinas sheets in thousands are scaled up on import). */
const rupiah = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const count = z.number().int().min(0).max(1_000_000);
const quantity = z.number().min(0).max(1e15);
const yearNumber = z.coerce.number().int().min(1900).max(2100);

/** The yearly figures of DOMAIN.md §6.1, aligned with the Dinas template and SIINas small-industry items. */
const YearFiguresSchema = z.object({
  /** TKL: male workers. */
  workersMale: count.nullable(),
  /** TKP: female workers. */
  workersFemale: count.nullable(),
  /** Nilai investasi: investment excluding land and buildings (the Permenperin size criterion). */
  investmentExclLandBuilding: rupiah.nullable(),
  investmentLandBuilding: rupiah.nullable(),
  /** Modal usaha excluding land and buildings (PP 7/2021 capital criterion). */
  businessCapital: rupiah.nullable(),
  annualSales: rupiah.nullable(),
  productionQty: quantity.nullable(),
  /** Unit of `productionQty`, e.g. pasang, kodi, lusin, kg. */
  productionUnit: singleLine().trim().min(1).max(50).nullable(),
  productionValue: rupiah.nullable(),
  /** Nilai BBBP: raw and auxiliary material value. */
  rawAuxMaterialValue: rupiah.nullable(),
  /** Yearly production capacity, in `productionUnit`. */
  productionCapacity: quantity.nullable(),
  /** Installed (machine) capacity, in `productionUnit`. */
  installedCapacity: quantity.nullable(),
});

/** Body of `PUT /api/enterprises/:id/years/:year`: the whole row for one source; omitted figures become empty. */
export const EnterpriseYearPutSchema = ProvenanceSchema.extend(YearFiguresSchema.partial().shape).strict();
export type EnterpriseYearPut = z.infer<typeof EnterpriseYearPutSchema>;

/** One enterprise's figures for one year from one source. */
export const EnterpriseYearSchema = z.object({
  year: z.number().int(),
  source: SourceSchema,
  vintage: z.string(),
  definition: z.string().nullable(),
  sourceRef: z.string().nullable(),
  ...YearFiguresSchema.shape,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type EnterpriseYear = z.infer<typeof EnterpriseYearSchema>;

/** Path parameters of `/api/enterprises/:id/years/:year`. */
export const EnterpriseYearParamsSchema = z.object({ id: singleLine().max(100), year: yearNumber });

/** Query of `DELETE /api/enterprises/:id/years/:year`: which source's row to remove. */
export const EnterpriseYearDeleteQuerySchema = z.object({ source: SourceSchema }).strict();

/** Query of `GET /api/enterprises/:id/size-classes`; without `year`, the latest year with data. */
export const SizeClassQuerySchema = z.object({ year: yearNumber.optional() }).strict();

import { z } from 'zod';
import { patternError, REGION_CODE_EXPECTED } from '../shared/pattern-error.ts';
import { singleLine } from '../shared/text.ts';

export const REGION_LEVELS = ['province', 'regency', 'city', 'district', 'village', 'urban_village'] as const;

/** An official administrative area with its Kemendagri code (e.g. `32.73` Kota Bandung). */
export const RegionSchema = z.object({
  code: z.string().describe('Kemendagri code, dotted: 32, 32.73, 32.73.01, 32.73.01.1001'),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
  provinceCode: z.string(),
});
export type Region = z.infer<typeof RegionSchema>;

/** A region code as the API accepts it. */
export const RegionCodeSchema = singleLine().regex(
  /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/,
  patternError(REGION_CODE_EXPECTED),
);

/** Path parameters of `GET /api/regions/:code`. */
export const RegionParamsSchema = z.object({ code: RegionCodeSchema });

export const RegionListQuerySchema = z
  .object({
    parent: RegionCodeSchema.optional().describe('Children of this region'),
    level: z.enum(REGION_LEVELS).optional(),
    q: singleLine().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type RegionListQuery = z.infer<typeof RegionListQuerySchema>;

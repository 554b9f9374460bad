import { z } from 'zod';
import { singleLine } from './text.ts';

/** Query parameters shared by every list endpoint. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  /** Free-text search over names. */
  q: singleLine().trim().min(1).max(200).optional(),
  /** Include archived records. */
  includeArchived: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** The envelope of every list response. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A sort parameter: `name` or `-name` for descending, restricted to the given fields. */
export function sortSchema<const F extends readonly [string, ...string[]]>(fields: F, fallback: F[number]) {
  const values = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z
    .enum(values)
    .default(fallback)
    .transform((v) => ({
      field: (v.startsWith('-') ? v.slice(1) : v) as F[number],
      direction: v.startsWith('-') ? ('desc' as const) : ('asc' as const),
    }));
}

/** Optional body of archive/restore: the version the client last read (absent body allowed). */
export const VersionBodySchema = z
  .object({ version: z.number().int().positive().optional() })
  .strict()
  .nullish();

/** Path parameters of `/:id` routes. */
export const IdParamsSchema = z.object({ id: singleLine().max(100) });

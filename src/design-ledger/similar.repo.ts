import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { bandProbes } from './perceptual-hash.ts';

/** Where a similar image may lie: a centre, a regency/city prefix, or anywhere. */
export type SimilarArea = { center: string | null } | { regionPrefix: string | null } | 'national';

/**
 * Images within Hamming distance `maxDistance` (≤ 7) of `hash`, outside record `excludeRecordId`, in
 * `area`. The candidates are the rows whose band k is band k of `hash` or one bit from it, for any of the
 * four bands (each band's index holds the hash too, so the probes read no table rows); the exact distance
 * is then counted on those few rows only.
 */
export async function similarImages(
  db: Db,
  hash: bigint,
  bands: readonly number[],
  maxDistance: number,
  excludeRecordId: string | null,
  area: SimilarArea,
) {
  const bandMatch = sql.join(
    bands.map((value, band) => sql`i.${sql.raw(`band${band}`)} = ANY(${bandProbes(value)}::int[])`),
    sql` OR `,
  );
  const distance = sql<number>`bit_count(int8send(i.phash # ${hash.toString()}::int8))::int`;
  let query = db
    .selectFrom('design_images as i')
    .innerJoin('design_records as r', 'r.id', 'i.record_id')
    .select([
      'i.id as image_id',
      'r.id as record_id',
      sql<number>`r.seq::int`.as('seq'),
      'r.title',
      'r.category',
      'r.recorded_at',
      distance.as('distance'),
    ])
    .where(sql<boolean>`(${bandMatch})`)
    .where(distance, '<=', maxDistance);
  if (excludeRecordId) query = query.where('r.id', '!=', excludeRecordId);
  if (area !== 'national') {
    if ('center' in area)
      query = query.where('r.center_id', '=', area.center ?? '00000000-0000-0000-0000-000000000000');
    else query = query.where('r.region_code', 'like', `${area.regionPrefix ?? '-'}%`);
  }
  return query.orderBy('distance').orderBy('r.seq').limit(50).execute();
}

/** The same search as a linear scan over every image (the benchmark's reference; no index helps it). */
export async function similarImagesLinear(db: Db, hash: bigint, maxDistance: number) {
  return db
    .selectFrom('design_images as i')
    .select([
      'i.id as image_id',
      sql<number>`bit_count(int8send(i.phash # ${hash.toString()}::int8))::int`.as('distance'),
    ])
    .where(sql<number>`bit_count(int8send(i.phash # ${hash.toString()}::int8))`, '<=', maxDistance)
    .execute();
}

/** The thumbnails of images `ids`. */
export async function thumbnailsOf(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('design_image_files')
    .select(['image_id', 'thumbnail'])
    .where('image_id', 'in', ids)
    .execute();
}

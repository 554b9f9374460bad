import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { StoredLink } from './ledger-chain.ts';
import { hashToHex } from './perceptual-hash.ts';

/** The chain as verify reads it: a batch of links after position `afterSeq`, images' bytes rehashed in SQL. */
export async function chainBatch(db: Db, afterSeq: number, limit: number): Promise<StoredLink[]> {
  const records = await db
    .selectFrom('design_records')
    .select([
      'id',
      sql<number>`seq::int`.as('seq'),
      'enterprise_id',
      'title',
      'description',
      'category',
      'first_published_on',
      'recorded_at',
      'previous_hash',
      'record_hash',
    ])
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  if (records.length === 0) return [];
  const images = await db
    .selectFrom('design_images as i')
    .leftJoin('design_image_files as f', 'f.image_id', 'i.id')
    .select([
      'i.record_id',
      'i.position',
      'i.sha256',
      'i.original_sha256',
      sql<string>`i.phash::text`.as('phash'),
      // The bytes are hashed where they are: only a boolean travels.
      sql<boolean>`coalesce(encode(sha256(f.content), 'hex') = i.sha256, false)`.as('intact'),
    ])
    .where(
      'i.record_id',
      'in',
      records.map((r) => r.id),
    )
    .execute();
  return records.map((record) => {
    const own = images.filter((image) => image.record_id === record.id);
    return {
      id: record.id,
      storedHash: record.record_hash,
      imagesIntact: own.every((image) => image.intact),
      content: {
        seq: record.seq,
        enterpriseId: record.enterprise_id,
        title: record.title,
        description: record.description,
        category: record.category,
        firstPublishedOn: record.first_published_on,
        recordedAt: record.recorded_at.toISOString(),
        previousHash: record.previous_hash,
        images: own.map((image) => ({
          position: image.position,
          sha256: image.sha256,
          originalSha256: image.original_sha256,
          perceptualHash: hashToHex(BigInt(image.phash)),
        })),
      },
    };
  });
}

/** The hash of the link at position `seq` (the genesis hash's stand-in is the caller's). */
export async function hashAt(db: Db, seq: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('design_records')
    .select('record_hash')
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row?.record_hash;
}

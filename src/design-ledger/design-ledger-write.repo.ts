import type { Db } from '../db/database.ts';
import type { NormalisedImage } from './image-intake.ts';

/** The writes of a new ledger record: the record row, its image rows and their bytes. */

/** The record row as the service computed it. */
export interface NewRecordRow {
  seq: number;
  enterprise_id: string;
  center_id: string | null;
  region_code: string | null;
  title: string;
  description: string | null;
  category: string;
  first_published_on: string | null;
  recorded_at: Date;
  recorded_by: string | null;
  previous_hash: string;
  record_hash: string;
  verification_code: string;
}

/** Inserts the record, its images and their bytes; returns the record's id. */
export async function insertDesignRecord(
  trx: Db,
  record: NewRecordRow,
  images: readonly NormalisedImage[],
): Promise<string> {
  const { id } = await trx
    .insertInto('design_records')
    .values(record)
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, image] of images.entries()) {
    const bands = Object.fromEntries(image.bands.map((value, band) => [`band${band}`, value]));
    const row = await trx
      .insertInto('design_images')
      .values({
        record_id: id,
        position,
        sha256: image.sha256,
        original_sha256: image.originalSha256,
        phash: image.perceptualHash.toString(),
        ...(bands as Record<`band${0 | 1 | 2 | 3}`, number>),
        width: image.width,
        height: image.height,
        media_type: 'image/jpeg',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('design_image_files')
      .values({ image_id: row.id, content: image.content, thumbnail: image.thumbnail })
      .execute();
  }
  return id;
}

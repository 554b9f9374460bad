import type { Selectable } from 'kysely';
import type { DesignRecord } from './design-ledger.schema.ts';
import type { DesignImagesTable, DesignRecordsTable } from './design-ledger.table.ts';
import { hashToHex } from './perceptual-hash.ts';

type RecordRow = Selectable<DesignRecordsTable> & { position: number; enterprise_name: string };
type ImageRow = Selectable<DesignImagesTable>;

/** A record row and its image rows as the API shape (never a row). */
export function rowToDesignRecord(row: RecordRow, images: readonly ImageRow[]): DesignRecord {
  return {
    id: row.id,
    seq: row.position,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    centerId: row.center_id,
    title: row.title,
    description: row.description,
    category: row.category,
    firstPublishedOn: row.first_published_on,
    recordedAt: row.recorded_at.toISOString(),
    previousHash: row.previous_hash,
    recordHash: row.record_hash,
    verificationCode: row.verification_code,
    images: images.map((image) => ({
      id: image.id,
      position: image.position,
      sha256: image.sha256,
      originalSha256: image.original_sha256,
      perceptualHash: hashToHex(BigInt(image.phash)),
      width: image.width,
      height: image.height,
    })),
    alreadyRecorded: false,
    duplicateImages: [],
  };
}

/** A thumbnail's bytes as a `data:` URL the web can show without another request. */
export const thumbnailUrl = (bytes: Buffer): string => `data:image/jpeg;base64,${bytes.toString('base64')}`;

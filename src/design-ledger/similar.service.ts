import type { Db } from '../db/database.ts';
import { thumbnailUrl } from './design-ledger.mapper.ts';
import { recordRow } from './design-ledger.repo.ts';
import type { SimilarDesigns, SimilarQuery } from './design-ledger.schema.ts';
import { getDesignRecord } from './design-ledger.service.ts';
import { bandsOf } from './perceptual-hash.ts';
import { type SimilarArea, similarImages, thumbnailsOf } from './similar.repo.ts';

/** The regency/city part of a Kemendagri code (`32.73.17.1003` → `32.73`), what "same region" means here. */
export const regencyOf = (code: string | null): string | null =>
  code ? code.split('.').slice(0, 2).join('.') : null;

/**
 * The images of other records within `maxDistance` of each image of record `id`, in the record's centre,
 * its regency/city, or nationally, closest first, each with both thumbnails for a side-by-side look.
 */
export async function similarDesigns(db: Db, id: string, query: SimilarQuery): Promise<SimilarDesigns> {
  const record = await getDesignRecord(db, id);
  const row = await recordRow(db, id);
  const area: SimilarArea =
    query.within === 'national'
      ? 'national'
      : query.within === 'center'
        ? { center: row?.center_id ?? null }
        : { regionPrefix: regencyOf(row?.region_code ?? null) };
  const found = [];
  for (const image of record.images) {
    const hash = BigInt.asIntN(64, BigInt(`0x${image.perceptualHash}`));
    const rows = await similarImages(db, hash, bandsOf(hash), query.maxDistance, id, area);
    found.push(...rows.map((match) => ({ imageId: image.id, match })));
  }
  const thumbnails = new Map(
    (await thumbnailsOf(db, [...new Set(found.flatMap((f) => [f.imageId, f.match.image_id]))])).map((t) => [
      t.image_id,
      thumbnailUrl(t.thumbnail),
    ]),
  );
  const matches = found
    .map(({ imageId, match }) => ({
      imageId,
      thumbnail: thumbnails.get(imageId) ?? '',
      matchImageId: match.image_id,
      matchThumbnail: thumbnails.get(match.image_id) ?? '',
      recordId: match.record_id,
      seq: match.seq,
      title: match.title,
      category: match.category,
      recordedAt: match.recorded_at.toISOString(),
      distance: match.distance,
    }))
    .sort((a, b) => a.distance - b.distance || a.seq - b.seq);
  return { within: query.within, maxDistance: query.maxDistance, matches };
}

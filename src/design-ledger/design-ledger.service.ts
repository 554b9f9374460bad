import { randomInt } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError, errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import type { Page } from '../shared/pagination.ts';
import { todayWib } from '../shared/periods.ts';
import { rowToDesignRecord } from './design-ledger.mapper.ts';
import { LEDGER_MESSAGES as M } from './design-ledger.messages.ts';
import {
  enterpriseContext,
  imageFile,
  imagesOf,
  imagesWithHashes,
  lastLink,
  listRecordRows,
  lockChain,
  recordRow,
} from './design-ledger.repo.ts';
import type {
  DesignRecord,
  DesignRecordCreate,
  DesignRecordListQuery,
  DesignRecordSummary,
} from './design-ledger.schema.ts';
import { insertDesignRecord } from './design-ledger-write.repo.ts';
import { type ImageUpload, normaliseImages } from './image-intake.ts';
import { GENESIS_HASH, recordHash } from './ledger-chain.ts';
import { hashToHex } from './perceptual-hash.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/**
 * Records a design: the images are checked and normalised first (outside any transaction, the slow
 * part), then, under the chain's advisory lock, the record takes the next position and the last link's
 * hash. An image already in the ledger (same normalised or original bytes) stores nothing and answers
 * the existing record with `alreadyRecorded` (the route sends 200 instead of 201).
 */
export async function recordDesign(db: Db, actor: Actor, input: DesignRecordCreate): Promise<DesignRecord> {
  const images = await normaliseImages(decodeUploads(input.images));
  // inTransaction: the demo loader records its designs inside its own transaction.
  const result = await inTransaction(db, async (trx) => {
    await lockChain(trx);
    const known = await imagesWithHashes(
      trx,
      images.flatMap((image) => [image.sha256, image.originalSha256]),
    );
    if (known.length > 0) {
      const duplicateImages = images.flatMap((image, index) =>
        known.some((k) => k.sha256 === image.sha256 || k.original_sha256 === image.originalSha256)
          ? [index]
          : [],
      );
      return { id: known[0]?.record_id as string, duplicateImages };
    }
    const context = await enterpriseContext(trx, input.enterpriseId, todayWib());
    if (!context) {
      throw errors.unprocessable(tr(M.enterpriseMissing, { id: input.enterpriseId }), [
        { path: 'enterpriseId', message: tr(M.enterpriseMissing, { id: input.enterpriseId }) },
      ]);
    }
    const last = await lastLink(trx);
    const seq = (last?.seq ?? 0) + 1;
    const previousHash = last?.recordHash ?? GENESIS_HASH;
    const recordedAt = new Date();
    const fields = {
      enterpriseId: input.enterpriseId,
      title: input.title,
      description: input.description ?? null,
      category: input.category,
      firstPublishedOn: input.firstPublishedOn ?? null,
    };
    const hashInput = {
      seq,
      ...fields,
      recordedAt: recordedAt.toISOString(),
      previousHash,
      images: images.map((image, position) => ({
        position,
        sha256: image.sha256,
        originalSha256: image.originalSha256,
        perceptualHash: hashToHex(image.perceptualHash),
      })),
    };
    const hash = recordHash(hashInput);
    const id = await insertDesignRecord(
      trx,
      {
        seq,
        enterprise_id: fields.enterpriseId,
        center_id: context.center_id ?? null,
        region_code: context.region_code,
        title: fields.title,
        description: fields.description,
        category: fields.category,
        first_published_on: fields.firstPublishedOn,
        recorded_at: recordedAt,
        recorded_by: actor.kind === 'user' ? actor.userId : null,
        previous_hash: previousHash,
        record_hash: hash,
        verification_code: verificationCode(),
      },
      images,
    );
    return { id, duplicateImages: [] as number[] };
  });
  const record = await getDesignRecord(db, result.id);
  return {
    ...record,
    alreadyRecorded: result.duplicateImages.length > 0,
    duplicateImages: result.duplicateImages,
  };
}

/** Record `id` with its images; 404 when missing. */
export async function getDesignRecord(db: Db, id: string): Promise<DesignRecord> {
  const row = isUuid(id) ? await recordRow(db, id) : undefined;
  if (!row) throw new AppError('not_found', tr(M.notFound, { id }));
  return rowToDesignRecord(row, await imagesOf(db, [id]));
}

/** One page of the ledger within `scope`, newest first. */
export async function listDesignRecords(
  db: Db,
  query: DesignRecordListQuery,
  scope: ScopePredicate,
): Promise<Page<DesignRecordSummary>> {
  const { rows, total } = await listRecordRows(db, query, scope);
  const images = await imagesOf(
    db,
    rows.map((row) => row.id),
  );
  const items = rows.map((row) => ({
    id: row.id,
    seq: row.position,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    title: row.title,
    category: row.category,
    firstPublishedOn: row.first_published_on,
    recordedAt: row.recorded_at.toISOString(),
    verificationCode: row.verification_code,
    imageIds: images.filter((image) => image.record_id === row.id).map((image) => image.id),
  }));
  return { items, total, limit: query.limit, offset: query.offset };
}

/** The uploads' bytes, or a 422 naming each image that is not base64. */
function decodeUploads(uploads: DesignRecordCreate['images']): ImageUpload[] {
  const problems: { path: string; message: string }[] = [];
  const decoded = uploads.map((upload, index) => {
    const data = upload.data.replace(/^data:[\w/+.-]+;base64,/, '');
    if (!BASE64.test(data) || data.length % 4 === 1) {
      problems.push({
        path: `images.${index}.data`,
        message: tr(M.notBase64, { n: index + 1, file: upload.fileName }),
      });
    }
    return { fileName: upload.fileName, bytes: Buffer.from(data, 'base64') };
  });
  if (problems.length > 0) throw errors.unprocessable(tr(M.badImages), problems);
  return decoded;
}

/** A fresh verification code, `SL-XXXX-XXXX-XXXX` (30 letters and digits that cannot be misread; ~59 bits). */
function verificationCode(): string {
  const part = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `SL-${part()}-${part()}-${part()}`;
}

/** The stored (normalised JPEG) bytes of image `id`; 404 when missing. */
export async function readDesignImage(db: Db, id: string): Promise<Buffer> {
  const file = isUuid(id) ? await imageFile(db, id) : undefined;
  if (!file) throw new AppError('not_found', tr(M.imageNotFound, { id }));
  return file.content;
}

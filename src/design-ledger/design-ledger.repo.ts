import { sql } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { memberOn } from '../shared/periods.ts';
import type { DesignRecordListQuery } from './design-ledger.schema.ts';

/** Every query of the design ledger's records and images (the chain walk is in ledger-chain.repo.ts). */

/** An arbitrary constant naming the ledger's advisory lock: one writer extends the chain at a time. */
const CHAIN_LOCK = 1_9_0_2_2_4;

/** Takes the chain's transaction-scoped advisory lock, so two recordings cannot both follow the same link. */
export async function lockChain(trx: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
}

/** The chain's last link (position and hash), if any. */
export async function lastLink(db: Db): Promise<{ seq: number; recordHash: string } | undefined> {
  const row = await db
    .selectFrom('design_records')
    .select([sql<number>`seq::int`.as('seq'), 'record_hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && { seq: row.seq, recordHash: row.record_hash };
}

/** The stored images whose normalised or original SHA-256 is one of `hashes`, with their record. */
export async function imagesWithHashes(db: Db, hashes: readonly string[]) {
  if (hashes.length === 0) return [];
  return db
    .selectFrom('design_images')
    .select(['record_id', 'sha256', 'original_sha256'])
    .where((eb) => eb.or([eb('sha256', 'in', hashes), eb('original_sha256', 'in', hashes)]))
    .execute();
}

/** The enterprise's name, region and the centre it is a member of on `day` (the first, if several). */
export async function enterpriseContext(db: Db, enterpriseId: string, day: string) {
  return db
    .selectFrom('enterprises as e')
    .select((eb) => [
      'e.name',
      'e.region_code',
      eb
        .selectFrom('center_memberships as cm')
        .select('cm.center_id')
        .whereRef('cm.enterprise_id', '=', 'e.id')
        .where(memberOn(day, 'cm'))
        .orderBy('cm.valid_from')
        .limit(1)
        .as('center_id'),
    ])
    .where('e.id', '=', enterpriseId)
    .executeTakeFirst();
}

/** A record with its enterprise's name. */
export async function recordRow(db: Db, id: string) {
  return db
    .selectFrom('design_records as r')
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
    .selectAll('r')
    .select([sql<number>`r.seq::int`.as('position'), 'e.name as enterprise_name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** The record carrying `code`, if any. */
export async function recordIdByCode(db: Db, code: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('design_records')
    .select('id')
    .where('verification_code', '=', code)
    .executeTakeFirst();
  return row?.id;
}

/** The images of the records `ids`, by record and position. */
export async function imagesOf(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('design_images')
    .selectAll()
    .select(sql<string>`phash::text`.as('phash'))
    .where('record_id', 'in', ids)
    .orderBy('record_id')
    .orderBy('position')
    .execute();
}

/** The bytes of image `id` and the record it belongs to. */
export async function imageFile(db: Db, id: string) {
  return db
    .selectFrom('design_images as i')
    .innerJoin('design_image_files as f', 'f.image_id', 'i.id')
    .select(['i.record_id', 'i.position', 'f.content', 'f.thumbnail'])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** The record image `id` belongs to, if the image exists. */
export async function imageRecordId(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('design_images')
    .select('record_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.record_id;
}

/** Whether record `id` exists and lies in `scope` (built for the enterprise column `r.enterprise_id`). */
export async function recordInScope(db: Db, id: string, scope: ScopePredicate) {
  return db
    .selectFrom('design_records as r')
    .select(scope ? sql<boolean>`${scope}`.as('visible') : sql<boolean>`true`.as('visible'))
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** One page of the ledger within `scope`, newest first. */
export async function listRecordRows(db: Db, query: DesignRecordListQuery, scope: ScopePredicate) {
  let base = db.selectFrom('design_records as r').innerJoin('enterprises as e', 'e.id', 'r.enterprise_id');
  if (scope) base = base.where(scope);
  if (query.enterpriseId) base = base.where('r.enterprise_id', '=', query.enterpriseId);
  if (query.centerId) base = base.where('r.center_id', '=', query.centerId);
  if (query.q) base = base.where('r.title', 'ilike', `%${query.q.replace(/[\\%_]/g, '\\$&')}%`);
  const [rows, count] = await Promise.all([
    base
      .selectAll('r')
      .select([sql<number>`r.seq::int`.as('position'), 'e.name as enterprise_name'])
      .orderBy('r.seq', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

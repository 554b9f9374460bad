import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/database.ts';

/**
 * Runs `query` through a server-side cursor in a read-only, repeatable-read transaction and hands its
 * rows to `onBatch` a batch at a time, so an export never holds the whole result in memory and sees
 * one consistent snapshot.
 */
export async function forEachBatch<R>(
  db: Db,
  query: RawBuilder<R>,
  batchSize: number,
  onBatch: (rows: R[]) => Promise<void>,
): Promise<void> {
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await sql`DECLARE io_export NO SCROLL CURSOR FOR ${query}`.execute(trx);
      for (;;) {
        const { rows } = await sql<R>`FETCH ${sql.raw(String(Math.trunc(batchSize)))} FROM io_export`.execute(
          trx,
        );
        if (rows.length === 0) break;
        await onBatch(rows);
      }
    });
}

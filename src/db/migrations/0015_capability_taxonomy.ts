import { type Kysely, sql } from 'kysely';
import { TAXONOMY_SEED } from '../../capabilities/taxonomy-seed.ts';

/**
 * Capability profiles, second step (issue #18 point 1): the process taxonomy's first sectors and processes
 * as rows (a Dinas adds more as data), and the day a stale profile's owner was last told, so the daily
 * check reminds once per staleness period rather than every day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [sectorOrder, sector] of TAXONOMY_SEED.entries()) {
    await sql`
      INSERT INTO process_sectors (code, label_id, label_en, sort_order)
      VALUES (${sector.code}, ${sector.id}, ${sector.en}, ${(sectorOrder + 1) * 10})
      ON CONFLICT (code) DO NOTHING`.execute(db);
    for (const [order, [code, id, en]] of sector.processes.entries()) {
      await sql`
        INSERT INTO processes (code, sector_code, label_id, label_en, sort_order)
        VALUES (${`${sector.code}.${code}`}, ${sector.code}, ${id}, ${en}, ${(order + 1) * 10})
        ON CONFLICT (code) DO NOTHING`.execute(db);
    }
  }
  await sql`ALTER TABLE capability_profiles ADD COLUMN stale_notified_on date`.execute(db);
}

/** Removes the column and the seeded rows no profile uses. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE capability_profiles DROP COLUMN IF EXISTS stale_notified_on`.execute(db);
  await sql`DELETE FROM processes p WHERE NOT EXISTS (
    SELECT 1 FROM capability_processes c WHERE c.process_code = p.code)`.execute(db);
  await sql`DELETE FROM process_sectors s WHERE NOT EXISTS (
    SELECT 1 FROM processes p WHERE p.sector_code = s.code)`.execute(db);
}

import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { DEMO_TABLES, type DemoRows, type DemoTable } from './dataset.ts';

// PostgreSQL takes at most 65,535 parameters per statement; stay well below.
const MAX_PARAMETERS = 30_000;

/**
 * Empties every registry table (all but `regions`). CASCADE also empties tables added later that point
 * at them, such as interactions.
 */
export async function clearRegistry(db: Db): Promise<void> {
  await sql`TRUNCATE TABLE ${sql.join(DEMO_TABLES.map((t) => sql.table(t)))} CASCADE`.execute(db);
}

/** Inserts the rows in foreign-key order, skipping rows already there; returns how many were new. */
export async function insertRows(db: Db, rows: DemoRows): Promise<number> {
  let inserted = 0;
  for (const table of DEMO_TABLES) {
    const poster = table === 'partnership_requests' ? rows.partnership_requests[0]?.posted_by : undefined;
    if (poster) await ensureDemoPoster(db, poster);
    inserted +=
      table === 'person_affiliations'
        ? await insertAffiliations(db, rows.person_affiliations)
        : await insertTable(db, table, rows[table]);
  }
  return inserted;
}

async function insertTable<T extends Exclude<DemoTable, 'person_affiliations'>>(
  db: Db,
  table: T,
  rows: DemoRows[T],
): Promise<number> {
  let inserted = 0;
  for (const chunk of chunks(rows)) {
    // Every demo row has a primary key derived from the seed, so a conflict means "already loaded".
    const result = await db
      .insertInto(table)
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}

/** Affiliations have no key, so rows already present are filtered out instead of skipped on conflict. */
async function insertAffiliations(db: Db, rows: DemoRows['person_affiliations']): Promise<number> {
  const keyOf = (r: {
    person_id: string;
    enterprise_id?: string | null;
    institution_id?: string | null;
    role: string;
  }) => `${r.person_id}|${r.enterprise_id ?? ''}|${r.institution_id ?? ''}|${r.role}`;
  const present = new Set<string>();
  const personIds = [...new Set(rows.map((r) => r.person_id))];
  for (const ids of chunks(personIds)) {
    const existing = await db
      .selectFrom('person_affiliations')
      .select(['person_id', 'enterprise_id', 'institution_id', 'role'])
      .where('person_id', 'in', ids)
      .execute();
    for (const row of existing) present.add(keyOf(row));
  }
  const fresh = rows.filter((r) => !present.has(keyOf(r)));
  for (const chunk of chunks(fresh)) await db.insertInto('person_affiliations').values(chunk).execute();
  return fresh.length;
}

function chunks<T>(rows: readonly T[]): T[][] {
  const first = rows[0];
  const columns = first && typeof first === 'object' ? Object.keys(first).length : 1;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * The account the demo requests are posted by (`posted_by` references users): inactive and without a
 * password, so nobody signs in as it; created once, kept by a reset (users are not registry data).
 */
async function ensureDemoPoster(db: Db, id: string): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id,
      email: 'permintaan.demo@simpul.demo',
      display_name: 'Permintaan demo',
      role: 'regional_officer',
      password_hash: null,
      active: false,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

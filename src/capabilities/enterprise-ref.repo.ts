import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** Enterprises a person names on the command line: by id, Dinas/external id or exact name (at most 20). */
export async function findEnterprisesByRef(db: Db, ref: string): Promise<{ id: string; name: string }[]> {
  const clean = ref.trim();
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(clean);
  return db
    .selectFrom('enterprises')
    .select(['id', 'name'])
    .where((eb) =>
      isId
        ? eb('id', '=', clean)
        : eb.or([eb('external_id', '=', clean), eb(sql`lower(name)`, '=', clean.toLowerCase())]),
    )
    .orderBy('name')
    .limit(20)
    .execute();
}

import { createHmac } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Actor } from './actor.ts';
import { randomSecret } from './secrets.ts';

/** Reads the installation's pseudonym key, creating it on first use (concurrent first uses agree). */
export async function loadPseudonymKey(db: Db): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name: 'pseudonym_key', value: randomSecret() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secrets')
    .select('value')
    .where('name', '=', 'pseudonym_key')
    .executeTakeFirstOrThrow();
  return row.value;
}

/**
 * A stable pseudonym such as `IKM-3f9a1c2b`: the same record always gets the same one (so a researcher can
 * follow it across tables and exports), but it cannot be turned back into the id or name without the key.
 */
export function pseudonym(key: string, prefix: string, id: string): string {
  return `${prefix}-${createHmac('sha256', key).update(id).digest('hex').slice(0, 8)}`;
}

/** True when the actor must see pseudonyms instead of personal data (researchers not granted more). */
export function seesPseudonyms(actor: Actor): boolean {
  return actor.kind === 'user' && actor.role === 'researcher' && !actor.personalDataAccess;
}

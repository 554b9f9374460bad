import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Channel } from './notifications.constants.ts';

/** A user's stored choices (undefined fields: the defaults). */
export interface PreferenceRow {
  language: 'id' | 'en' | null;
  channels: Partial<Record<string, Channel>> | null;
}

/** Who may be notified among `userIds` (active accounts), with their address and choices. */
export async function recipientRows(
  db: Db,
  userIds: readonly string[],
): Promise<({ id: string; email: string } & PreferenceRow)[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('users as u')
    .leftJoin('notification_preferences as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.email', 'p.language', 'p.channels'])
    .where('u.id', 'in', [...userIds])
    .where('u.active', '=', true)
    .execute();
}

/** One user's stored choices, or undefined when they never chose. */
export async function preferenceRow(db: Db, userId: string): Promise<PreferenceRow | undefined> {
  return db
    .selectFrom('notification_preferences')
    .select(['language', 'channels'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Stores a user's choices, replacing the previous ones. */
export async function upsertPreferenceRow(
  db: Db,
  userId: string,
  language: 'id' | 'en',
  channels: Record<string, Channel>,
): Promise<void> {
  const json = JSON.stringify(channels);
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, language, channels: json })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ language, channels: json, updated_at: sql`now()` }),
    )
    .execute();
}

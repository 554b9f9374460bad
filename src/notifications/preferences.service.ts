import type { Actor } from '../auth/actor.ts';
import { requireUser } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { NOTIFICATION_KINDS } from './notifications.constants.ts';
import type { NotificationPreferences } from './notifications.schema.ts';
import { DEFAULT_CHANNEL, DEFAULT_LANGUAGE } from './notify.ts';
import { preferenceRow, upsertPreferenceRow } from './preferences.repo.ts';

/** The actor's own choices, the defaults filled in for every kind they never chose for. */
export async function getPreferences(db: Db, actor: Actor): Promise<NotificationPreferences> {
  const row = await preferenceRow(db, requireUser(actor).userId);
  const channels = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, row?.channels?.[kind] ?? DEFAULT_CHANNEL]),
  ) as NotificationPreferences['channels'];
  return { language: row?.language ?? DEFAULT_LANGUAGE, channels };
}

/** Replaces the actor's choices; later notifications follow them (messages already queued keep theirs). */
export async function setPreferences(
  db: Db,
  actor: Actor,
  input: NotificationPreferences,
): Promise<NotificationPreferences> {
  await upsertPreferenceRow(db, requireUser(actor).userId, input.language, input.channels);
  return getPreferences(db, actor);
}

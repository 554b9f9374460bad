import type { Db } from '../db/database.ts';
import type { Role, Scopes } from './actor.ts';
import { forgetIdentities } from './identity-cache.ts';
import { randomSecret, sha256 } from './secrets.ts';
import { scopeRowsColumn, scopesFromRows } from './users.repo.ts';

/** How long sessions live; from the configuration. */
export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export interface NewSession {
  /** The secret for the cookie; only its digest is stored. */
  secret: string;
  id: string;
  csrfToken: string;
}

/** Opens a session for a user who just proved their password. */
export async function openSession(
  db: Db,
  userId: string,
  policy: SessionPolicy,
  client: { ip?: string; userAgent?: string },
): Promise<NewSession> {
  const secret = randomSecret();
  const id = sha256(secret);
  const csrfToken = randomSecret(24);
  await db
    .insertInto('sessions')
    .values({
      id,
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + policy.maxHours * 3_600_000),
      ip: client.ip ?? null,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { secret, id, csrfToken };
}

export interface LiveSession {
  id: string;
  userId: string;
  csrfToken: string;
}

/** Who is behind a live session or token, read in the same query (an active user only). */
export interface Holder {
  userId: string;
  email: string;
  role: Role;
  scopes: Scopes;
  personalDataAccess: boolean;
}

/**
 * The session behind a cookie secret if it is neither revoked, past its absolute expiry, nor idle too long.
 * Touches `last_seen_at` at most once a minute, so reads do not turn into a write per request.
 */
export async function resolveSession(
  db: Db,
  secret: string,
  policy: SessionPolicy,
): Promise<(LiveSession & { holder: Holder; endsAt: number }) | undefined> {
  const id = sha256(secret);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.email',
      'users.role',
      'users.personal_data_access',
    ])
    .select(scopeRowsColumn())
    .where('sessions.id', '=', id)
    .where('sessions.revoked_at', 'is', null)
    .where('users.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  const now = Date.now();
  if (row.expires_at.getTime() <= now) return undefined;
  if (row.last_seen_at.getTime() + policy.idleMinutes * 60_000 <= now) return undefined;
  let lastSeen = row.last_seen_at.getTime();
  if (now - lastSeen > 60_000) {
    lastSeen = now;
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now) })
      .where('id', '=', id)
      .execute();
  }
  return {
    id: row.id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    holder: holderOf(row),
    // Whichever comes first: the absolute end or the idle end counted from the last recorded use.
    endsAt: Math.min(row.expires_at.getTime(), lastSeen + policy.idleMinutes * 60_000),
  };
}

/** The holder from a row that joined `users` and selected `scopeRowsColumn`. */
export function holderOf(row: {
  user_id: string;
  email: string;
  role: string;
  personal_data_access: boolean;
  scope_rows: Parameters<typeof scopesFromRows>[0];
}): Holder {
  return {
    userId: row.user_id,
    email: row.email,
    role: row.role as Role,
    scopes: scopesFromRows(row.scope_rows),
    personalDataAccess: row.personal_data_access,
  };
}

/** Ends a session (logout). */
export async function revokeSession(db: Db, id: string): Promise<void> {
  forgetIdentities();
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', id).execute();
}

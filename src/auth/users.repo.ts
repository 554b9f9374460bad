import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
import type { Scopes } from './actor.ts';
import type { UserScopesTable, UsersTable } from './auth.table.ts';
import { forgetIdentities } from './identity-cache.ts';

export type UserRow = Selectable<UsersTable>;

const EMPTY: Scopes = { regions: [], centers: [], enterprises: [], projects: [] };
const KIND_TO_FIELD = {
  region: 'regions',
  center: 'centers',
  enterprise: 'enterprises',
  project: 'projects',
} as const;

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function listUserRows(
  db: Db,
  limit: number,
  offset: number,
): Promise<{ rows: UserRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    db.selectFrom('users').selectAll().orderBy('email').limit(limit).offset(offset).execute(),
    db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

/** Scopes of several users at once, keyed by user id. */
export async function scopesOf(db: Db, userIds: readonly string[]): Promise<Map<string, Scopes>> {
  const result = new Map<string, Scopes>(userIds.map((id) => [id, structuredClone(EMPTY)]));
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom('user_scopes')
    .selectAll()
    .where('user_id', 'in', userIds)
    .orderBy('kind')
    .orderBy('ref')
    .execute();
  for (const row of rows) result.get(row.user_id)?.[KIND_TO_FIELD[row.kind]].push(row.ref);
  return result;
}

/** A scope row as the scopes column below returns it. */
type ScopeRow = { kind: keyof typeof KIND_TO_FIELD; ref: string };

/**
 * The user's scopes as one JSON column of a query that has `users` in its FROM: every signed-in request
 * needs them with the session or token, and a query of their own per request was a measurable share of a
 * stored network answer's time (issue #16).
 */
export const scopeRowsColumn = () =>
  sql<ScopeRow[]>`COALESCE((
    SELECT json_agg(json_build_object('kind', s.kind, 'ref', s.ref) ORDER BY s.kind, s.ref)
      FROM user_scopes s WHERE s.user_id = users.id), '[]'::json)`.as('scope_rows');

/** Scopes from the rows of `scopeRowsColumn`. */
export function scopesFromRows(rows: readonly ScopeRow[]): Scopes {
  const scopes = structuredClone(EMPTY);
  for (const row of rows) scopes[KIND_TO_FIELD[row.kind]].push(row.ref);
  return scopes;
}

/** A user with their scopes in one round trip. */
export async function findUserWithScopes(
  db: Db,
  id: string,
): Promise<{ user: UserRow; scopes: Scopes } | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll('users')
    .select(scopeRowsColumn())
    .where('users.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { scope_rows: scopeRows, ...user } = row;
  return { user, scopes: scopesFromRows(scopeRows) };
}

export async function insertUser(db: Db, values: Insertable<UsersTable>): Promise<string> {
  return (await db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateUserRow(db: Db, id: string, values: Updateable<UsersTable>): Promise<void> {
  forgetIdentities();
  await db
    .updateTable('users')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** Sign-in bookkeeping (failed attempts, lockout, last login) without bumping the record version. */
export async function recordLoginOutcome(
  db: Db,
  id: string,
  values: Pick<Updateable<UsersTable>, 'failed_logins' | 'locked_until' | 'last_login_at'>,
): Promise<void> {
  await db.updateTable('users').set(values).where('id', '=', id).execute();
}

export async function replaceScopes(db: Db, userId: string, scopes: Scopes): Promise<void> {
  forgetIdentities();
  await db.deleteFrom('user_scopes').where('user_id', '=', userId).execute();
  const rows: UserScopesTable[] = [
    ...scopes.regions.map((ref) => ({ user_id: userId, kind: 'region' as const, ref })),
    ...scopes.centers.map((ref) => ({ user_id: userId, kind: 'center' as const, ref })),
    ...scopes.enterprises.map((ref) => ({ user_id: userId, kind: 'enterprise' as const, ref })),
    ...scopes.projects.map((ref) => ({ user_id: userId, kind: 'project' as const, ref })),
  ];
  if (rows.length > 0)
    await db
      .insertInto('user_scopes')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/** Ends every open session of user `userId`, except `keepSessionId` (the one changing its own password). */
export async function revokeUserSessions(db: Db, userId: string, keepSessionId?: string): Promise<void> {
  forgetIdentities();
  let sessions = db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keepSessionId) sessions = sessions.where('id', '<>', keepSessionId);
  await sessions.execute();
}

import { type Db, inTransaction } from '../db/database.ts';
import { existingIds } from '../db/records.ts';
import { isUuid, lockVersioned } from '../db/versioned.ts';
import { existingRegionCodes } from '../regions/regions.repo.ts';
import { toIso, toIsoOrNull } from '../shared/dates.ts';
import { AppError, type ErrorDetail, errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import type { Role, Scopes } from './actor.ts';
import { authMessages as m } from './auth.messages.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { assertStrongPassword, type PasswordField } from './password-strength.ts';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  listUserRows,
  replaceScopes,
  revokeUserSessions,
  scopesOf,
  type UserRow,
  updateUserRow,
} from './users.repo.ts';
import type { User, UserCreate, UserUpdate } from './users.schema.ts';

/** Which scope list each role must fill (a regional officer without a region would see nothing). */
const REQUIRED_SCOPE: Partial<Record<Role, keyof Scopes>> = {
  regional_officer: 'regions',
  center_manager: 'centers',
  enterprise: 'enterprises',
};

export function userRowToUser(row: UserRow, scopes: Scopes): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    scopes,
    personalDataAccess: row.personal_data_access,
    active: row.active,
    hasPassword: row.password_hash !== null,
    lockedUntil: toIsoOrNull(row.locked_until),
    lastLoginAt: toIsoOrNull(row.last_login_at),
    version: row.version,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

export async function getUser(db: Db, id: string): Promise<User> {
  const row = isUuid(id) ? await findUserById(db, id) : undefined;
  if (!row) throw errors.notFound('user', id);
  return userRowToUser(row, (await scopesOf(db, [row.id])).get(row.id)!);
}

export async function listUsers(db: Db, limit: number, offset: number): Promise<Page<User>> {
  const { rows, total } = await listUserRows(db, limit, offset);
  const scopes = await scopesOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => userRowToUser(r, scopes.get(r.id)!)), total, limit, offset };
}

/** Creates an account; without a password the user cannot sign in until an admin sets one. */
export async function createUser(db: Db, input: UserCreate): Promise<User> {
  if (input.password) await assertStrongPassword(input.password, input);
  const id = await inTransaction(db, async (trx) => {
    await assertScopes(trx, input.role, input.scopes);
    if (await findUserByEmail(trx, input.email)) throw errors.duplicate('user', 'email', input.email);
    const id = await insertUser(trx, {
      email: input.email,
      display_name: input.displayName,
      role: input.role,
      password_hash: input.password ? await hashPassword(input.password) : null,
      password_changed_at: input.password ? new Date() : null,
      personal_data_access: input.personalDataAccess,
    });
    await replaceScopes(trx, id, input.scopes);
    return id;
  });
  return getUser(db, id);
}

export async function updateUser(db: Db, id: string, input: UserUpdate): Promise<User> {
  if (!isUuid(id)) throw errors.notFound('user', id);
  await db.transaction().execute(async (trx) => {
    await lockVersioned(trx, 'users', id, input.version, 'user');
    const current = await getUser(trx, id);
    const role = input.role ?? current.role;
    const scopes = input.scopes ?? current.scopes;
    await assertScopes(trx, role, scopes);
    await updateUserRow(trx, id, {
      ...(input.displayName !== undefined && { display_name: input.displayName }),
      ...(input.role !== undefined && { role: input.role }),
      ...(input.personalDataAccess !== undefined && { personal_data_access: input.personalDataAccess }),
      ...(input.active !== undefined && { active: input.active }),
    });
    if (input.scopes) await replaceScopes(trx, id, input.scopes);
    // Disabling an account or changing its rights ends its sessions: they were granted for the old rights.
    if (input.active === false || input.role !== undefined || input.scopes !== undefined) {
      await revokeUserSessions(trx, id);
    }
  });
  return getUser(db, id);
}

/**
 * Sets a new password (admin reset or the user's own change) once it is strong enough for this user (400 at
 * `field` otherwise), clears the lockout, ends other sessions.
 */
/**
 * A signed-in user's change of their own password: the current one must be right (else 422 at
 * `currentPassword`); the new one is checked and set as by `setPassword`, keeping this session.
 */
export async function changeOwnPassword(
  db: Db,
  userId: string,
  currentPassword: string,
  newPassword: string,
  keepSessionId: string | undefined,
): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, currentPassword))) {
    throw new AppError('unprocessable', tr(m.wrongPassword), [
      { path: 'currentPassword', message: tr(m.wrongPassword) },
    ]);
  }
  await setPassword(db, userId, newPassword, { keepSessionId });
}

export async function setPassword(
  db: Db,
  id: string,
  password: string,
  options: { keepSessionId?: string; field?: PasswordField } = {},
): Promise<void> {
  const { keepSessionId, field = 'newPassword' } = options;
  const owner = isUuid(id) ? await findUserById(db, id) : undefined;
  if (!owner) throw errors.notFound('user', id);
  await assertStrongPassword(password, { email: owner.email, displayName: owner.display_name }, field);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await lockVersioned(trx, 'users', id, undefined, 'user');
    await updateUserRow(trx, id, {
      password_hash: passwordHash,
      password_changed_at: new Date(),
      failed_logins: 0,
      locked_until: null,
    });
    await revokeUserSessions(trx, id, keepSessionId);
  });
}

async function assertScopes(db: Db, role: Role, scopes: Scopes): Promise<void> {
  const details: ErrorDetail[] = [];
  const required = REQUIRED_SCOPE[role];
  if (required && scopes[required].length === 0) {
    details.push({ path: `scopes.${required}`, message: tr(m.scopeRequired, { role, kind: required }) });
  }
  const regions = await existingRegionCodes(db, scopes.regions);
  scopes.regions.forEach((ref, i) => {
    if (!regions.has(ref))
      details.push({ path: `scopes.regions.${i}`, message: tr(m.unknownScope, { kind: 'region', ref }) });
  });
  for (const [field, table] of [
    ['centers', 'centers'],
    ['enterprises', 'enterprises'],
  ] as const) {
    const ids = scopes[field];
    if (ids.length === 0) continue;
    const found = await existingIds(db, table, ids);
    ids.forEach((ref, i) => {
      if (!found.has(ref))
        details.push({ path: `scopes.${field}.${i}`, message: tr(m.unknownScope, { kind: field, ref }) });
    });
  }
  if (details.length > 0) throw new AppError('unprocessable', details[0]!.message, details);
}

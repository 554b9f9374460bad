import type { Db } from '../db/database.ts';
import { AppError, errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { authMessages as m } from './auth.messages.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { findUserByEmail, recordLoginOutcome, type UserRow } from './users.repo.ts';

/** Failed attempts allowed before the account locks. */
export const FREE_ATTEMPTS = 5;
const MAX_LOCK_MINUTES = 60;

/** Lock length after `failures` failed attempts: 1, 2, 4 … minutes, at most an hour. */
export function lockMinutes(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_MINUTES);
}

/**
 * Checks email and password. Unknown emails cost the same argon2 work as known ones. After five failures
 * the account locks with a growing back-off; a lock answers 429 without even checking the password.
 */
export async function authenticate(db: Db, email: string, password: string): Promise<UserRow> {
  const user = await findUserByEmail(db, email);
  if (!user?.password_hash) {
    await verifyPassword(await dummyPasswordHash(), password);
    throw new AppError('unauthorized', tr(m.badCredentials));
  }
  const now = Date.now();
  if (user.locked_until && user.locked_until.getTime() > now) {
    const waitMs = user.locked_until.getTime() - now;
    throw errors.rateLimited(tr(m.locked, { minutes: Math.ceil(waitMs / 60_000) }), waitMs);
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_logins + 1;
    const minutes = lockMinutes(failures);
    await recordLoginOutcome(db, user.id, {
      failed_logins: failures,
      locked_until: minutes > 0 ? new Date(now + minutes * 60_000) : null,
    });
    if (minutes > 0) throw errors.rateLimited(tr(m.locked, { minutes }), minutes * 60_000);
    throw new AppError('unauthorized', tr(m.badCredentials));
  }
  if (!user.active) throw new AppError('forbidden', tr(m.inactive));
  await recordLoginOutcome(db, user.id, {
    failed_logins: 0,
    locked_until: null,
    last_login_at: new Date(now),
  });
  return user;
}

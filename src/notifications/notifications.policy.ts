import type { Actor } from '../auth/actor.ts';
import { assertInScope, requireUser, SIGNED_IN } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { errors } from '../shared/errors.ts';
import { notificationOwner } from './notifications.repo.ts';

/**
 * Everyone signed in has an inbox and choices of their own, and only their own: no role, not even an
 * admin, reads or marks another user's notifications (the audit trail is where an admin looks).
 */
export const notificationPolicy = {
  read: SIGNED_IN,
  write: { kind: 'signedIn', write: true },
} as const;

/** 404 for an unknown notification, 403 for someone else's. */
export async function assertOwnNotification(db: Db, actor: Actor, id: string): Promise<void> {
  const user = requireUser(actor);
  const owner = isUuid(id) ? await notificationOwner(db, id) : undefined;
  if (!owner) throw errors.notFound('notification', id);
  assertInScope(owner === user.userId);
}

import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Actor, Role, UserActor } from './actor.ts';
import { authMessages as m } from './auth.messages.ts';

/**
 * What a route requires before its handler runs. Resource-level rules (scope: "this centre is in your
 * regency") are checked by the domain's policy file once the resource is loaded.
 */
export type Access =
  /** Anyone, signed in or not: aggregate, non-personal data. */
  | { kind: 'public' }
  /** Signed in, with one of `roles` (all roles when omitted); `write` refuses read-only tokens. */
  | { kind: 'signedIn'; roles?: readonly Role[]; write?: boolean };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signedIn' };

/** Shorthands for route declarations. */
export const readBy = (...roles: Role[]): Access => ({ kind: 'signedIn', roles });
export const writeBy = (...roles: Role[]): Access => ({ kind: 'signedIn', roles, write: true });

/** Checks the route-level rule: 401 for anonymous where sign-in is needed, 403 for a role or token not allowed. */
export function checkAccess(actor: Actor, access: Access, sessionExpired = false): void {
  if (access.kind === 'public' || actor.kind === 'system') return;
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthorized', tr(sessionExpired ? m.sessionExpired : m.signInRequired));
  }
  if (access.roles && !access.roles.includes(actor.role)) throw new AppError('forbidden', tr(m.forbidden));
  if (access.write && actor.readOnly) throw new AppError('forbidden', tr(m.readOnlyToken));
}

/** True when the route rule `access` lets a user of `role` in (read-only: a read-only API token). */
export function roleAllows(role: Role, readOnly: boolean, access: Access): boolean {
  if (access.kind === 'public') return true;
  if (access.roles && !access.roles.includes(role)) return false;
  return !(access.write && readOnly);
}

/**
 * True when the route rule `access` lets `actor` read: the system always, a user by role (and not a
 * read-only token where the rule writes), an anonymous reader only public data. For what a page or report
 * shows of another domain's records (its scope is checked by the caller).
 */
export function mayRead(actor: Actor, access: Access): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return access.kind === 'public';
  return roleAllows(actor.role, actor.readOnly, access);
}

/** Throws 403 "outside your scope" unless `allowed`. */
export function assertInScope(allowed: boolean): void {
  if (!allowed) throw new AppError('forbidden', tr(m.outOfScope));
}

/** True when `code` equals one of the actor's region scopes or lies below one. */
export function regionInScope(actor: UserActor, code: string | null | undefined): boolean {
  if (!code) return false;
  return actor.scopes.regions.some((scope) => code === scope || code.startsWith(`${scope}.`));
}

/** Roles that see every record in the country. */
export function isNational(actor: Actor): boolean {
  return (
    actor.kind === 'system' ||
    (actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'ministry'))
  );
}

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin');
}

/** The user actor, or a 401 for anyone else (used where a route is already `signedIn`). */
export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw new AppError('unauthorized', tr(m.signInRequired));
  return actor;
}

import { AsyncLocalStorage } from 'node:async_hooks';

import type { Role } from './roles.ts';

export { ROLES, type Role } from './roles.ts';

/** What a user's rights are limited to: region codes (and below), centres, enterprises, research projects. */
export interface Scopes {
  regions: string[];
  centers: string[];
  enterprises: string[];
  projects: string[];
}

/** A signed-in user (by session cookie or API token) or the CLI acting as a named user. */
export interface UserActor {
  kind: 'user';
  userId: string;
  email: string;
  role: Role;
  scopes: Scopes;
  /** Researchers see pseudonyms unless granted personal data. */
  personalDataAccess: boolean;
  via: 'session' | 'token' | 'cli';
  sessionId?: string;
  tokenId?: string;
  /** A read-only API token may not write, whatever the user's role. */
  readOnly: boolean;
}

/** Someone not signed in: sees only aggregate, non-personal data. */
export interface AnonymousActor {
  kind: 'anonymous';
}

/** The machine itself (migrations, demo loading, the operator's CLI on the server). */
export interface SystemActor {
  kind: 'system';
  label: string;
}

export type Actor = UserActor | AnonymousActor | SystemActor;

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

interface ActorContext {
  actor: Actor;
  requestId?: string;
}

const current = new AsyncLocalStorage<ActorContext>();

/** Runs `work` on behalf of `actor`; database writes inside are attributed to it in the audit trail. */
export function withActor<T>(actor: Actor, work: () => T, requestId?: string): T {
  return current.run({ actor, requestId }, work);
}

/** The actor of the work in progress; outside any request or command, the system. */
export function currentActor(): Actor {
  return current.getStore()?.actor ?? { kind: 'system', label: 'system' };
}

/** The id of the request being served (it travels into the jobs the request enqueues), if any. */
export function currentRequestId(): string | undefined {
  return current.getStore()?.requestId;
}

/** The JSON the audit triggers read from the `simpul.actor` setting of the connection. */
export function auditIdentity(): string {
  const context = current.getStore();
  const actor = context?.actor ?? { kind: 'system', label: 'system' };
  const base = { requestId: context?.requestId };
  if (actor.kind === 'user') {
    return JSON.stringify({
      ...base,
      userId: actor.userId,
      label: actor.email,
      via: actor.via,
      sessionId: actor.sessionId,
      tokenId: actor.tokenId,
    });
  }
  if (actor.kind === 'anonymous') return JSON.stringify({ ...base, label: 'anonymous', via: 'anonymous' });
  return JSON.stringify({ ...base, label: actor.label, via: 'system' });
}

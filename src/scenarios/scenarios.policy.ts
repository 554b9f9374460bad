import type { Actor } from '../auth/actor.ts';
import { writeBy } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../networks/access/network.policy.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { WHAT_IF_MESSAGES as m } from './scenarios.messages.ts';
import { scenarioOwner } from './scenarios.repo.ts';

// The roles of the network rule, as a write rule (a read-only token may simulate but not save).
const NETWORK_READERS = centerNetworkAccess.kind === 'signedIn' ? (centerNetworkAccess.roles ?? []) : [];

/**
 * What-ifs and scenarios follow the centre's network: whoever may read it may simulate on it, save a
 * scenario and read the centre's saved ones (they show only the edits; the figures are simulated again
 * in the reader's own view). Only the author, a manager of that centre or an admin deletes one.
 */
export const scenarioPolicy = {
  simulate: centerNetworkAccess,
  read: centerNetworkAccess,
  save: writeBy(...NETWORK_READERS),
  delete: writeBy(...NETWORK_READERS),
};

/** 404 for an unknown centre, 403 unless the actor may read its network. */
export async function assertMaySimulate(db: Db, actor: Actor, centerId: string): Promise<void> {
  await assertMayReadCenterNetwork(db, actor, centerId);
}

/** 403 unless the actor may read the centre of scenario `id` (a missing one passes, for the 404). */
export async function assertScenarioReadable(db: Db, actor: Actor, id: string): Promise<void> {
  const owner = isUuid(id) ? await scenarioOwner(db, id) : undefined;
  if (owner) await assertMayReadCenterNetwork(db, actor, owner.center_id);
}

/** True when `actor` may delete a scenario of `centerId` written by `authorId`. */
export function mayDeleteScenario(actor: Actor, centerId: string, authorId: string | null): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user' || actor.readOnly) return false;
  if (actor.role === 'admin' || actor.userId === authorId) return true;
  return actor.role === 'center_manager' && actor.scopes.centers.includes(centerId);
}

/** 403 unless the actor may read scenario `id` and delete it. */
export async function assertMayDeleteScenario(db: Db, actor: Actor, id: string): Promise<void> {
  const owner = isUuid(id) ? await scenarioOwner(db, id) : undefined;
  if (!owner) return;
  await assertMayReadCenterNetwork(db, actor, owner.center_id);
  if (!mayDeleteScenario(actor, owner.center_id, owner.created_by)) {
    throw new AppError('forbidden', tr(m.mayNotDelete));
  }
}

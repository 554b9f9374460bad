import type { Actor } from '../auth/actor.ts';
import { assertInScope, PUBLIC, readBy, writeBy } from '../auth/policy.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { enterpriseScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { imageRecordId, recordInScope } from './design-ledger.repo.ts';

/**
 * The design ledger: an enterprise user records and reads its own firms' designs; centre managers and
 * regional officers do so for the enterprises in their scope (a manager records on a member's behalf);
 * the ministry reads everything, the admin does everything. Researchers and viewers get no records (they
 * name firms). Anyone signed in may walk the chain (it tells only positions), and anyone at all may check
 * a verification code printed on an evidence sheet (rate-limited; it names no firm). The similar-design
 * lookup of a readable record shows other records' titles and thumbnails, not their firms: the point of
 * the ledger is that prior designs can be seen.
 */
export const designLedgerPolicy = {
  read: readBy('admin', 'ministry', 'regional_officer', 'center_manager', 'enterprise'),
  record: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise'),
  verify: readBy(
    'admin',
    'ministry',
    'regional_officer',
    'center_manager',
    'enterprise',
    'researcher',
    'viewer',
  ),
  check: PUBLIC,
  /** Public verification-code checks per minute and client. */
  checkRateLimitPerMinute: 20,

  /** Records (alias `r`) the actor may read; undefined means all. */
  scope(actor: Actor): ScopePredicate {
    return enterpriseScope(actor, 'r.enterprise_id');
  },
};

/** 403 unless the actor may record a design for enterprise `enterpriseId` (a missing one passes, for the 422). */
export async function assertMayRecordFor(db: Db, actor: Actor, enterpriseId: string): Promise<void> {
  await assertRecordInScope(db, 'enterprises', enterpriseId, (column) => enterpriseScope(actor, column));
}

/** 403 unless record `id` is in the actor's scope (a missing record passes, for the service's 404). */
export async function assertDesignRecordReadable(db: Db, actor: Actor, id: string): Promise<void> {
  const found = isUuid(id) ? await recordInScope(db, id, designLedgerPolicy.scope(actor)) : undefined;
  if (found) assertInScope(found.visible);
}

/** 403 unless image `id` belongs to a record in the actor's scope. */
export async function assertDesignImageReadable(db: Db, actor: Actor, id: string): Promise<void> {
  const recordId = isUuid(id) ? await imageRecordId(db, id) : undefined;
  if (recordId) await assertDesignRecordReadable(db, actor, recordId);
}

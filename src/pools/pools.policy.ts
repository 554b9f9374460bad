import type { Actor } from '../auth/actor.ts';
import {
  type Access,
  assertInScope,
  isAdmin,
  isNational,
  readBy,
  roleAllows as roleMay,
  writeBy,
} from '../auth/policy.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { centerScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError } from '../shared/errors.ts';
import { todayWib } from '../shared/periods.ts';
import { isInstitutionBoard, memberPoolPredicate } from './pool-parties.repo.ts';
import { poolInScope } from './pools.repo.ts';

/**
 * Joint purchasing pools belong to a koperasi or paguyuban and a centre. Officers and centre managers see
 * and run the pools of the centres in their scope; an enterprise user sees the pools of institutions its
 * firm belongs to, pledges for its own firm, and runs a pool (open, edit, close, cancel, buy, split) when
 * its firm sits on the institution's board (board, chair, secretary, treasurer). Researchers will see
 * aggregates only (the pool-savings KPI), viewers nothing.
 */
export const poolPolicy = {
  read: readBy('admin', 'ministry', 'regional_officer', 'center_manager', 'enterprise'),
  manage: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise'),
  pledge: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise'),

  /** Pools (alias `p`) the actor may read; undefined means all. */
  scope(actor: Actor): ScopePredicate {
    if (isNational(actor)) return undefined;
    if (actor.kind === 'user' && actor.role === 'enterprise') {
      return memberPoolPredicate(actor.scopes.enterprises, todayWib());
    }
    return centerScope(actor, 'p.center_id');
  },
};

/**
 * The firms the actor may pledge for, as a filter: all members (null) for admins, officers and centre
 * managers, the user's own firms for an enterprise user, none for anyone else.
 */
export function pledgeableEnterprises(actor: Actor): readonly string[] | null {
  if (actor.kind !== 'user') return isAdmin(actor) ? null : [];
  if (actor.role === 'enterprise') return actor.scopes.enterprises;
  return ['admin', 'regional_officer', 'center_manager'].includes(actor.role) ? null : [];
}

/** 403 unless the actor may read pool `id` (a missing pool passes, for the service's 404). */
export async function assertPoolReadable(db: Db, actor: Actor, id: string): Promise<void> {
  const found = isUuid(id) ? await poolInScope(db, id, poolPolicy.scope(actor)) : undefined;
  if (found) assertInScope(found.visible);
}

/** 403 unless the actor may run pool `id`: its centre in scope, or the board of its institution. */
export async function assertMayManagePool(db: Db, actor: Actor, id: string): Promise<void> {
  const found = isUuid(id) ? await poolInScope(db, id, undefined) : undefined;
  if (found) await assertMayManageFor(db, actor, found);
}

/** 403 unless the actor may open a pool for this institution and centre. */
export async function assertMayManageFor(
  db: Db,
  actor: Actor,
  pool: { centerId: string; institutionId: string },
): Promise<void> {
  if (isAdmin(actor)) return;
  if (actor.kind === 'user' && actor.role === 'enterprise') {
    assertInScope(await isInstitutionBoard(db, pool.institutionId, actor.scopes.enterprises, todayWib()));
    return;
  }
  await assertRecordInScope(db, 'centers', pool.centerId, (column) => centerScope(actor, column));
}

/** Whether the actor may run pool `id` (what the web offers; the routes check again). */
export async function mayManagePool(db: Db, actor: Actor, id: string): Promise<boolean> {
  if (!roleAllows(actor, poolPolicy.manage)) return false;
  try {
    await assertMayManagePool(db, actor, id);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return false;
    throw error;
  }
}

/**
 * 403 unless the actor may pledge for `enterpriseId` in pool `id`: an enterprise user for its own firm,
 * an officer or centre manager for pools of centres in scope (pledges taken by phone or at a meeting).
 * Whether the firm is a member of the institution is the service's rule (422), for every caller.
 */
export async function assertMayPledge(db: Db, actor: Actor, id: string, enterpriseId: string): Promise<void> {
  if (isAdmin(actor)) return;
  const found = isUuid(id) ? await poolInScope(db, id, undefined) : undefined;
  if (!found) return;
  if (actor.kind === 'user' && actor.role === 'enterprise') {
    assertInScope(actor.scopes.enterprises.includes(enterpriseId));
    return;
  }
  await assertRecordInScope(db, 'centers', found.centerId, (column) => centerScope(actor, column));
}

function roleAllows(actor: Actor, access: Access): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'user' && roleMay(actor.role, actor.readOnly, access);
}

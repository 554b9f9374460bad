import type { Actor } from '../auth/actor.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { enterpriseScope } from '../auth/scope-sql.ts';
import { findCenterRegionCodes } from '../centers/centers.repo.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { enterprisePolicy } from '../enterprises/enterprises.policy.ts';
import { membershipPolicy as policy } from './memberships.policy.ts';
import { findEnterpriseRegion, findMembershipRow } from './memberships.repo.ts';
import type { MembershipKind } from './memberships.rules.ts';

const OWNER_TABLE = { center: 'centers', institution: 'institutions' } as const;

/** 403 unless the actor may read the member list of this centre or institution (missing ones pass, for a 404). */
export async function assertMayReadMembers(
  db: Db,
  actor: Actor,
  kind: MembershipKind,
  ownerId: string,
): Promise<void> {
  await assertRecordInScope(db, OWNER_TABLE[kind], ownerId, policy.readScope(actor, kind));
}

/**
 * 403 unless the actor may read the enterprise itself (a missing one passes, for a 404); its list then
 * shows only the centres and institutions whose member lists the actor may read.
 */
export async function assertMayReadEnterpriseMemberships(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<void> {
  await assertRecordInScope(db, 'enterprises', enterpriseId, enterprisePolicy.readScope(actor));
}

async function assertOwnerInScope(db: Db, actor: Actor, kind: MembershipKind, ownerId: string) {
  await assertRecordInScope(db, OWNER_TABLE[kind], ownerId, policy.ownerScope(actor, kind));
}

async function assertEnterpriseInScope(db: Db, actor: Actor, enterpriseId: string) {
  await assertRecordInScope(db, 'enterprises', enterpriseId, (column) => enterpriseScope(actor, column));
}

/** True when a centre manager enrols, in their own centre, an enterprise located in one of its regions. */
async function enrolsByLocation(db: Db, actor: Actor, centerId: string, enterpriseId: string) {
  if (actor.kind !== 'user' || actor.role !== 'center_manager') return false;
  if (!isUuid(centerId) || !isUuid(enterpriseId)) return false;
  const [regionCodes, enterprise] = await Promise.all([
    findCenterRegionCodes(db, centerId),
    findEnterpriseRegion(db, enterpriseId),
  ]);
  if (!regionCodes || !enterprise) return false;
  return policy.mayEnrolByLocation(actor, { id: centerId, regionCodes }, enterprise.regionCode);
}

/**
 * A new membership needs the centre or institution in the actor's scope and the enterprise in it too,
 * except that a centre manager may enrol a firm located in their centre's regions.
 */
export async function assertMayEnrol(
  db: Db,
  actor: Actor,
  kind: MembershipKind,
  ownerId: string,
  enterpriseId: string,
): Promise<void> {
  await assertOwnerInScope(db, actor, kind, ownerId);
  if (kind === 'center' && (await enrolsByLocation(db, actor, ownerId, enterpriseId))) return;
  await assertEnterpriseInScope(db, actor, enterpriseId);
}

/** Changing or deleting a membership needs both its ends in scope (a missing membership passes, for a 404). */
export async function assertMayChange(db: Db, actor: Actor, kind: MembershipKind, id: string): Promise<void> {
  const row = isUuid(id) ? await findMembershipRow(db, kind, id) : undefined;
  if (!row) return;
  await assertOwnerInScope(db, actor, kind, row.owner_id);
  await assertEnterpriseInScope(db, actor, row.enterprise_id);
}

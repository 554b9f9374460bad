import type { Actor, Role } from '../auth/actor.ts';
import { readBy, writeBy } from '../auth/policy.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { centerScope, enterpriseScope, institutionScope, type ScopePredicate } from '../auth/scope-sql.ts';
import { findCenterRegionCodes } from '../centers/centers.repo.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { enterprisePolicy } from '../enterprises/enterprises.policy.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import { findEnterpriseRegion, findMembershipRow } from './memberships.repo.ts';
import type { MembershipKind } from './memberships.rules.ts';
import type { Membership } from './memberships.service.ts';

const READERS: Role[] = ['admin', 'ministry', 'regional_officer', 'center_manager', 'researcher'];

/**
 * Member lists name enterprises (often the owner's own name), so they are for signed-in officers,
 * managers and (pseudonymised) researchers. Admins, regional officers and the centre's managers keep the
 * list; the scope check is on the centre or institution, and on the enterprise joining.
 */
export const membershipPolicy = {
  read: readBy(...READERS),
  edit: writeBy('admin', 'regional_officer', 'center_manager'),

  /** Centres or institutions whose member lists the actor may read (researchers: all of them). */
  readScope(actor: Actor, kind: MembershipKind): (idColumn: string) => ScopePredicate {
    if (actor.kind === 'user' && actor.role === 'researcher') return () => undefined;
    return membershipPolicy.ownerScope(actor, kind);
  },

  /** Centres or institutions whose member lists the actor may change. */
  ownerScope(actor: Actor, kind: MembershipKind): (idColumn: string) => ScopePredicate {
    return (idColumn) =>
      kind === 'center' ? centerScope(actor, idColumn) : institutionScope(actor, idColumn);
  },

  /**
   * A centre manager may enrol in their own centre an enterprise located in one of the centre's regions
   * (a village code, or below one): a firm that is not yet a member is not yet in their scope.
   */
  mayEnrolByLocation(
    actor: Actor,
    center: { id: string; regionCodes: readonly string[] },
    enterpriseRegion: string | null,
  ): boolean {
    if (actor.kind !== 'user' || actor.role !== 'center_manager') return false;
    if (!actor.scopes.centers.includes(center.id) || !enterpriseRegion) return false;
    return center.regionCodes.some(
      (code) => enterpriseRegion === code || enterpriseRegion.startsWith(`${code}.`),
    );
  },
};

const OWNER_TABLE = { center: 'centers', institution: 'institutions' } as const;

/** 403 unless the actor may read the member list of this centre or institution (missing ones pass, for a 404). */
export async function assertMayReadMembers(
  db: Db,
  actor: Actor,
  kind: MembershipKind,
  ownerId: string,
): Promise<void> {
  await assertRecordInScope(db, OWNER_TABLE[kind], ownerId, membershipPolicy.readScope(actor, kind));
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
  await assertRecordInScope(db, OWNER_TABLE[kind], ownerId, membershipPolicy.ownerScope(actor, kind));
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
  return membershipPolicy.mayEnrolByLocation(actor, { id: centerId, regionCodes }, enterprise.regionCode);
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

/**
 * Member lists as a reader may see them. Researchers without personal data access get `IKM-…`
 * pseudonyms (the same ones the enterprise API gives them) instead of firm names, which are often the
 * owner's own name.
 */
export function memberListView(actor: Actor, pseudonymKey: string) {
  const hidden = seesPseudonyms(actor);
  const presentAll = <M extends Membership>(items: M[]): M[] =>
    hidden
      ? items.map((m) => ({ ...m, enterpriseName: pseudonym(pseudonymKey, 'IKM', m.enterpriseId) }))
      : items;
  return {
    /** Names are hidden from this reader: the list must be ordered without them. */
    namesHidden: hidden,

    /** 403 for a name search by a reader who sees pseudonyms: its hits would reveal the real names. */
    assertSearchAllowed(q: string | undefined): void {
      if (hidden && q) {
        throw new AppError(
          'forbidden',
          tr({
            id: 'Pencarian menurut nama IKM tidak tersedia untuk data yang disamarkan.',
            en: 'Searching by enterprise name is not available on pseudonymised data.',
          }),
        );
      }
    },

    /** The page with enterprise names replaced by pseudonyms where the reader must not see them. */
    present(page: Page<Membership>): Page<Membership> {
      return hidden ? { ...page, items: presentAll(page.items) } : page;
    },

    /** Memberships with enterprise names replaced by pseudonyms where the reader must not see them. */
    presentAll,
  };
}

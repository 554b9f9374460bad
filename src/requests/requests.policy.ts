import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { assertInScope, isAdmin, isNational, readBy, writeBy } from '../auth/policy.ts';
import { centerScope, enterpriseScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { memberOn, todayWib } from '../shared/periods.ts';
import {
  centersInPredicate,
  engagedRequestIds,
  enterpriseInPredicate,
  requestAccessFlags,
} from './requests.repo.ts';
import type { PartnershipRequest } from './requests.schema.ts';

const NOTHING = sql<boolean>`false`;
const ALL = sql<boolean>`true`;
const POSTERS = writeBy('admin', 'regional_officer', 'center_manager', 'enterprise');

/** The user's own id, or nobody's. */
const me = (actor: Actor) => (actor.kind === 'user' ? actor.userId : '00000000-0000-0000-0000-000000000000');
const ownFirms = (actor: Actor) => (actor.kind === 'user' ? actor.scopes.enterprises : []);

/** Requests (alias `r`) an officer's scope reaches: a target centre in scope, or a poster firm in scope. */
function officerReach(actor: Actor): ScopePredicate {
  const centers = centerScope(actor, 'rc.center_id') ?? ALL;
  const poster = enterpriseScope(actor, 'r.poster_enterprise_id') ?? ALL;
  return sql<boolean>`(EXISTS (SELECT 1 FROM partnership_request_centers rc WHERE rc.request_id = r.id AND ${centers})
    OR (r.poster_enterprise_id IS NOT NULL AND ${poster}) OR r.posted_by = ${me(actor)}::uuid)`;
}

/** The request is posted by the actor or one of its firms. */
function ownRequest(actor: Actor): ScopePredicate {
  return sql<boolean>`(r.posted_by = ${me(actor)}::uuid OR r.poster_enterprise_id = ANY(${ownFirms(actor)}::uuid[]))`;
}

/** A published request the actor's firms were invited to, answered, or may answer as members of a target centre. */
function openToOwnFirms(actor: Actor): ScopePredicate {
  const firms = ownFirms(actor);
  return sql<boolean>`(r.status NOT IN ('draft', 'in_review') AND (
    EXISTS (SELECT 1 FROM request_invitations ri WHERE ri.request_id = r.id AND ri.enterprise_id = ANY(${firms}::uuid[]))
    OR EXISTS (SELECT 1 FROM request_answers ra WHERE ra.request_id = r.id AND ra.enterprise_id = ANY(${firms}::uuid[]))
    OR (r.visibility = 'targeted' AND EXISTS (
      SELECT 1 FROM partnership_request_centers rc JOIN center_memberships cm ON cm.center_id = rc.center_id
      WHERE rc.request_id = r.id AND cm.enterprise_id = ANY(${firms}::uuid[]) AND ${memberOn(todayWib(), 'cm')}))))`;
}

/**
 * Who may do what with requests for quotation / order sharing (issue #18). Enterprises read their own
 * requests and the published ones open to them (invited, answered, or targeted at a centre they belong to);
 * centre managers and regional officers read and run the requests aimed at their scope (a target centre, or
 * a poster firm, in it); admins and the ministry read all, admins run all. Researchers and viewers see none:
 * quotes and firm names are business secrets. A firm never sees another firm's quote (the service filters
 * answers by `isPosterSide`).
 */
export const requestPolicy = {
  read: readBy('admin', 'ministry', 'regional_officer', 'center_manager', 'enterprise'),
  /** Post, edit, publish, close, cancel, invite and award: the poster's side. */
  post: POSTERS,
  /** Approve or return a request waiting for review: an officer of a target centre. */
  review: writeBy('admin', 'regional_officer', 'center_manager'),
  /**
   * Answer, ask, confirm, report and rate: a firm, or an officer entering it for a firm in scope — the same
   * roles as posting (the web's one `requests.post` ability); the record checks differ.
   */
  take: POSTERS,

  /** Requests (alias `r`) the actor may read; undefined = all. */
  readScope(actor: Actor): ScopePredicate {
    if (isNational(actor)) return undefined;
    if (actor.kind !== 'user') return NOTHING;
    switch (actor.role) {
      case 'regional_officer':
      case 'center_manager':
        return officerReach(actor);
      case 'enterprise':
        return sql<boolean>`(${ownRequest(actor)} OR ${openToOwnFirms(actor)})`;
      default:
        return NOTHING;
    }
  },

  /** Requests (alias `r`) the actor runs as the poster's side; undefined = all. */
  manageScope(actor: Actor): ScopePredicate {
    if (isAdmin(actor)) return undefined;
    if (actor.kind !== 'user') return NOTHING;
    switch (actor.role) {
      case 'regional_officer':
      case 'center_manager':
        return officerReach(actor);
      case 'enterprise':
        return ownRequest(actor);
      default:
        return NOTHING;
    }
  },

  /** Requests (alias `r`) whose review the actor may decide: a target centre in an officer's scope. */
  reviewScope(actor: Actor): ScopePredicate {
    if (isAdmin(actor)) return undefined;
    if (actor.kind !== 'user' || !['regional_officer', 'center_manager'].includes(actor.role)) return NOTHING;
    const centers = centerScope(actor, 'rc.center_id') ?? ALL;
    return sql<boolean>`EXISTS (SELECT 1 FROM partnership_request_centers rc WHERE rc.request_id = r.id AND ${centers})`;
  },

  /** Requests (alias `r`) the list's `open_for_me` view shows: published and open to the actor's own firms. */
  openForMe(actor: Actor): ScopePredicate {
    return sql<boolean>`(r.status = 'open' AND ${openToOwnFirms(actor)})`;
  },

  /** Requests (alias `r`) the list's `mine` view shows. */
  mine(actor: Actor): ScopePredicate {
    return ownRequest(actor);
  },

  /** Enterprises (id column) the actor may speak for: its own firms, an officer's firms in scope, any for an admin. */
  firmScope(actor: Actor, idColumn: string): ScopePredicate {
    if (isAdmin(actor)) return undefined;
    if (actor.kind === 'user' && actor.role === 'ministry') return NOTHING;
    return enterpriseScope(actor, idColumn);
  },
};

/** What the actor may do with one request: read it, run it as the poster's side. */
export interface RequestAccess {
  read: boolean;
  manage: boolean;
}

/** 404-or-403 for a request the actor may not read; returns what else the actor may do with it. */
export async function assertMayReadRequest(db: Db, actor: Actor, id: string): Promise<RequestAccess> {
  const flags = await accessOf(db, actor, id);
  if (flags) assertInScope(flags.read);
  return flags ?? { read: false, manage: false };
}

/** 403 unless the actor runs the request as the poster's side (a missing request passes: the service 404s). */
export async function assertMayManageRequest(db: Db, actor: Actor, id: string): Promise<void> {
  const flags = await accessOf(db, actor, id);
  if (flags) assertInScope(flags.manage);
}

/** 403 unless the actor may decide the request's review. */
export async function assertMayReviewRequest(db: Db, actor: Actor, id: string): Promise<void> {
  if (!isUuid(id)) return;
  const flags = await requestAccessFlags(db, id, {
    read: requestPolicy.reviewScope(actor),
    manage: requestPolicy.reviewScope(actor),
  });
  if (flags) assertInScope(flags.read);
}

/** 403 unless the actor may speak for enterprise `id` (answer, confirm or rate as that firm). */
export async function assertMaySpeakFor(db: Db, actor: Actor, enterpriseId: string): Promise<void> {
  const predicate = requestPolicy.firmScope(actor, 't.id');
  if (predicate === undefined) return;
  assertInScope(await enterpriseInPredicate(db, enterpriseId, predicate));
}

async function accessOf(db: Db, actor: Actor, id: string): Promise<RequestAccess | undefined> {
  if (!isUuid(id)) return undefined;
  return requestAccessFlags(db, id, {
    read: requestPolicy.readScope(actor),
    manage: requestPolicy.manageScope(actor),
  });
}

/**
 * 403 unless the actor may post a request for this poster: an enterprise for its own firm, an officer for a
 * firm in scope or, for an outside buyer, when every target centre is in scope; an admin for anyone.
 */
export async function assertMayPostFor(
  db: Db,
  actor: Actor,
  poster: { posterEnterpriseId?: string | null; targetCenterIds?: readonly string[] },
): Promise<void> {
  if (poster.posterEnterpriseId) return assertMaySpeakFor(db, actor, poster.posterEnterpriseId);
  if (isAdmin(actor)) return;
  if (actor.kind !== 'user' || actor.role === 'enterprise') return assertInScope(false);
  const centers = poster.targetCenterIds ?? [];
  assertInScope(await centersInPredicate(db, centers, centerScope(actor, 't.id') ?? ALL));
}

/**
 * Requests as `actor` may see them. A firm that reads a request only because it is targeted at its centre
 * sees it without the poster's name until it engages (is invited or answers), as RFQ clearing houses keep
 * the poster anonymous: the poster published the work to the centre, not its name to every member.
 * Officers, admins and the ministry see the poster; so do the poster's own accounts.
 */
export async function requestsAsSeenBy<T extends PartnershipRequest>(
  db: Db,
  actor: Actor,
  requests: T[],
  manages = false,
): Promise<T[]> {
  if (actor.kind !== 'user' || actor.role !== 'enterprise' || manages) return requests;
  const engaged = await engagedRequestIds(
    db,
    requests.map((r) => r.id),
    actor.scopes.enterprises,
  );
  return requests.map((r) => (engaged.has(r.id) ? r : { ...r, posterEnterpriseId: null, posterName: null }));
}

import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { assertInScope, isAdmin, readBy, writeBy } from '../auth/policy.ts';
import { pseudonym } from '../auth/pseudonym.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { centerScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { PartyKind } from './cases.constants.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';
import { caseInScope } from './cases.repo.ts';
import type { PartyInput } from './cases.schema.ts';

const NOTHING = sql<boolean>`false`;

/**
 * Conflict cases are confidential (DOMAIN.md §3.5). Admins see all; Dinas officers the cases of centres in
 * their regions; centre managers those of their centres unless Dinas-only; an enterprise user the
 * `parties` cases its firm is a party to and the cases it reported itself (never Dinas-only ones);
 * researchers only cases that allow research, pseudonymised. The ministry and viewers see none (the KPIs
 * will be their view). Handling (status, sessions, agreement, evidence) is for the admin, Dinas and
 * centre managers of cases they see. Anyone, even without an account, may report.
 */
export const casePolicy = {
  read: readBy('admin', 'regional_officer', 'center_manager', 'enterprise', 'researcher'),
  report: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise', 'researcher'),
  handle: writeBy('admin', 'regional_officer', 'center_manager'),

  /** Cases (alias `k`) the actor may read; undefined means all. */
  scope(actor: Actor): ScopePredicate {
    if (isAdmin(actor)) return undefined;
    if (actor.kind !== 'user') return NOTHING;
    switch (actor.role) {
      case 'regional_officer':
        return centerScope(actor, 'k.center_id');
      case 'center_manager':
        return sql<boolean>`(${centerScope(actor, 'k.center_id')} AND k.confidentiality <> 'dinas_only')`;
      case 'enterprise':
        return sql<boolean>`((k.confidentiality = 'parties' AND EXISTS (SELECT 1 FROM conflict_case_parties cp
          WHERE cp.case_id = k.id AND cp.enterprise_id = ANY(${actor.scopes.enterprises}::uuid[])))
          OR (k.reported_by = ${actor.userId}::uuid AND k.confidentiality <> 'dinas_only'))`;
      case 'researcher':
        return sql<boolean>`(k.allows_research AND k.confidentiality <> 'dinas_only')`;
      default:
        return NOTHING;
    }
  },

  /** Cases (alias `k`) the actor may handle: those it reads, for the handling roles only. */
  handleScope(actor: Actor): ScopePredicate {
    if (isAdmin(actor)) return undefined;
    if (actor.kind !== 'user' || !['regional_officer', 'center_manager'].includes(actor.role)) return NOTHING;
    return casePolicy.scope(actor);
  },
};

/** 403 unless the actor may read case `id` (a missing case passes, for the service's 404). */
export async function assertCaseReadable(db: Db, actor: Actor, id: string): Promise<void> {
  const found = isUuid(id) ? await caseInScope(db, id, casePolicy.scope(actor)) : undefined;
  if (found) assertInScope(found.visible);
}

/** 403 unless the actor may handle case `id`. */
export async function assertMayHandleCase(db: Db, actor: Actor, id: string): Promise<void> {
  const found = isUuid(id) ? await caseInScope(db, id, casePolicy.handleScope(actor)) : undefined;
  if (found) assertInScope(found.visible);
}

/**
 * 403 unless the actor may report a case in this centre: officers and managers for centres in scope, a
 * researcher anywhere (field work); an enterprise user must name one of its own firms as a party (422).
 */
export async function assertMayReport(
  db: Db,
  actor: Actor,
  input: { centerId: string; parties: readonly PartyInput[] },
): Promise<void> {
  if (isAdmin(actor) || actor.kind !== 'user') return;
  if (actor.role === 'enterprise') {
    const own = input.parties.some(
      (p) => p.partyKind === 'enterprise' && actor.scopes.enterprises.includes(p.partyId),
    );
    if (!own)
      throw new AppError('unprocessable', tr(m.ownFirmNotParty), [
        { path: 'parties', message: tr(m.ownFirmNotParty) },
      ]);
    return;
  }
  if (actor.role === 'researcher') return;
  await assertRecordInScope(db, 'centers', input.centerId, (column) => centerScope(actor, column));
}

/** How a reader sees a case: in full (null), or pseudonymised — party names as stable pseudonyms, free text withheld. */
export type CaseLens = { partyName(kind: PartyKind, id: string): string } | null;

const PREFIX: Record<PartyKind, string> = { enterprise: 'IKM', person: 'ORG', institution: 'LBG' };

/** The reader's lens: every researcher sees cases pseudonymised (personal-data access does not extend to them). */
export function caseLensFor(actor: Actor, pseudonymKey: string): CaseLens {
  if (!(actor.kind === 'user' && actor.role === 'researcher')) return null;
  return { partyName: (kind, id) => pseudonym(pseudonymKey, PREFIX[kind], id) };
}

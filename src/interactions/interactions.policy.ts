import { sql } from 'kysely';
import type { Actor, Role } from '../auth/actor.ts';
import { isAdmin, isNational, PUBLIC, readBy, writeBy } from '../auth/policy.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import { centerScope, enterpriseScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Interaction } from './interactions.schema.ts';

const READERS: Role[] = [
  'admin',
  'ministry',
  'regional_officer',
  'center_manager',
  'enterprise',
  'researcher',
];

const NOTHING = sql<boolean>`false`;

/** Scoped roles that, within their scope, also see confidential ties (conflicts by default). */
const SEE_CONFIDENTIAL_IN_SCOPE: Role[] = ['regional_officer', 'center_manager'];

/** A tie (alias `i`) touches the actor's scope: either enterprise end, or its centre. */
function touchesScope(actor: Actor): ScopePredicate {
  const ends = [
    enterpriseScope(actor, 'i.from_enterprise_id'),
    enterpriseScope(actor, 'i.to_enterprise_id'),
    centerScope(actor, 'i.center_id'),
  ];
  if (ends.some((p) => p === undefined)) return undefined;
  return sql<boolean>`(${sql.join(ends, sql` OR `)})`;
}

/** One of the tie's enterprise ends is one of the enterprise user's own firms. */
function ownEnd(actor: Actor): ScopePredicate {
  if (actor.kind !== 'user') return NOTHING;
  const own = actor.scopes.enterprises;
  return sql<boolean>`(i.from_enterprise_id = ANY(${own}::uuid[]) OR i.to_enterprise_id = ANY(${own}::uuid[]))`;
}

/**
 * Who may see and record ties. Ties name firms and their disputes, so reading needs sign-in (no viewers).
 * National roles and researchers read every tie (researchers pseudonymised); regional officers and centre
 * managers read ties touching their scope, confidential ones included; an enterprise user reads its own
 * ties, and a confidential one only where it is an end. Admins record anything; regional officers and
 * centre managers record ties touching their scope; an enterprise user records collaboration ties where
 * it is an end (never conflicts, which would be accusations against others).
 */
export const interactionPolicy = {
  catalogue: PUBLIC,
  read: readBy(...READERS),
  write: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise'),

  /** Ties (alias `i`) the actor may read; undefined = all. */
  readScope(actor: Actor): ScopePredicate {
    if (isNational(actor)) return undefined;
    if (actor.kind !== 'user') return NOTHING;
    if (actor.role === 'researcher') return undefined;
    if (!READERS.includes(actor.role)) return NOTHING;
    const scope = touchesScope(actor) ?? sql<boolean>`true`;
    if (SEE_CONFIDENTIAL_IN_SCOPE.includes(actor.role)) return scope;
    return sql<boolean>`(${scope} AND (NOT i.confidential OR ${ownEnd(actor)}))`;
  },

  /** Ties (alias `i`, stored or about to be) the actor may create, change, archive or restore. */
  writeScope(actor: Actor): ScopePredicate {
    if (isAdmin(actor)) return undefined;
    if (actor.kind !== 'user') return NOTHING;
    switch (actor.role) {
      case 'regional_officer':
      case 'center_manager':
        return touchesScope(actor) ?? NOTHING;
      case 'enterprise':
        return sql<boolean>`(i.valence = 'collaboration' AND ${ownEnd(actor)})`;
      default:
        return NOTHING;
    }
  },

  /** Evidence notes of a confidential tie may name the informant: its accused end must not read them. */
  seesEvidenceNotes(actor: Actor, tie: { confidential: boolean }): boolean {
    return !(tie.confidential && actor.kind === 'user' && actor.role === 'enterprise');
  },
};

/**
 * A tie as `actor` may see it. Researchers without personal-data access get the enterprise ends as the
 * same stable pseudonyms the enterprise API gives (`IKM-…`), and no evidence notes (free text that may
 * name people); institution names stay, as institutions are public. An enterprise user never reads the
 * evidence notes of a confidential tie.
 */
export function interactionAsSeenBy(actor: Actor, key: string, tie: Interaction): Interaction {
  const notes = interactionPolicy.seesEvidenceNotes(actor, tie) ? tie.evidenceNotes : null;
  if (!seesPseudonyms(actor)) return { ...tie, evidenceNotes: notes };
  return {
    ...tie,
    fromEnterpriseName: pseudonym(key, 'IKM', tie.fromEnterpriseId),
    toEnterpriseName: tie.toEnterpriseId ? pseudonym(key, 'IKM', tie.toEnterpriseId) : null,
    evidenceNotes: null,
  };
}

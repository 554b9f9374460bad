import type { Actor } from '../auth/actor.ts';
import { assertInScope, isNational } from '../auth/policy.ts';
import { enterpriseScope, institutionScope } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { type AffiliationValues, findPersonRecords, idsOutsideScope } from './people.repo.ts';
import type { AffiliationInput } from './people.schema.ts';

const keyOf = (a: AffiliationValues) => JSON.stringify([a.enterprise_id, a.institution_id, a.role]);

function values(a: AffiliationInput): AffiliationValues {
  return { enterprise_id: a.enterpriseId ?? null, institution_id: a.institutionId ?? null, role: a.role };
}

/**
 * 403 unless every affiliation added or removed points to an enterprise or institution the actor may
 * change: a regional officer may not attach a person to (or detach one from) another region's firm.
 * Affiliations left as they are may point anywhere.
 */
async function assertChangesInScope(
  db: Db,
  actor: Actor,
  current: readonly AffiliationValues[],
  next: readonly AffiliationValues[],
): Promise<void> {
  const before = new Set(current.map(keyOf));
  const after = new Set(next.map(keyOf));
  const changed = [
    ...next.filter((a) => !before.has(keyOf(a))),
    ...current.filter((a) => !after.has(keyOf(a))),
  ];
  const targets = (key: 'enterprise_id' | 'institution_id') => changed.flatMap((a) => a[key] ?? []);
  const [enterprises, institutions] = await Promise.all([
    idsOutsideScope(db, 'enterprises', targets('enterprise_id'), (id) => enterpriseScope(actor, id)),
    idsOutsideScope(db, 'institutions', targets('institution_id'), (id) => institutionScope(actor, id)),
  ]);
  assertInScope(enterprises.length === 0 && institutions.length === 0);
}

/**
 * A new person must land inside the actor's scope: outside the national roles, they need at least one
 * affiliation, and every affiliation must point into the scope (else nobody but the ministry could see them).
 */
export async function assertNewPersonInScope(
  db: Db,
  actor: Actor,
  affiliations: readonly AffiliationInput[],
): Promise<void> {
  if (isNational(actor)) return;
  assertInScope(affiliations.length > 0);
  await assertChangesInScope(db, actor, [], affiliations.map(values));
}

/** 403 when replacing the person's affiliations by `next` would add or remove one outside the scope. */
export async function assertAffiliationChangesInScope(
  db: Db,
  actor: Actor,
  personId: string,
  next: readonly AffiliationInput[],
): Promise<void> {
  if (isNational(actor) || !isUuid(personId)) return;
  const [record] = await findPersonRecords(db, [personId]);
  if (!record) return; // the service answers 404
  await assertChangesInScope(db, actor, record.affiliations, next.map(values));
}

import { type RawBuilder, sql } from 'kysely';
import type { Actor } from './actor.ts';
import { isNational } from './policy.ts';

/**
 * SQL predicates saying which records an actor's scope reaches, shared by every domain policy so "in
 * scope" means the same thing everywhere:
 * - a regional officer reaches what lies in their regions (a scope of `32.73` covers `32.73.17.1003`);
 * - a centre manager reaches their centres, those centres' member enterprises (past members included)
 *   and the institutions serving those centres;
 * - an enterprise user reaches their own enterprises.
 * `undefined` means "no limit" (national roles, the system); `sql\`false\`` means nothing.
 */
export type ScopePredicate = RawBuilder<boolean> | undefined;

const NOTHING = sql<boolean>`false`;

function regionPredicate(column: RawBuilder<unknown>, regions: readonly string[]): RawBuilder<boolean> {
  if (regions.length === 0) return NOTHING;
  const below = regions.map((code) => `${code}.%`);
  return sql<boolean>`(${column} = ANY(${[...regions]}::text[]) OR ${column} LIKE ANY(${below}::text[]))`;
}

/** Enterprises (by their id column `idColumn`) the actor's scope reaches. */
export function enterpriseScope(actor: Actor, idColumn: string): ScopePredicate {
  if (isNational(actor)) return undefined;
  if (actor.kind !== 'user') return NOTHING;
  const id = sql.ref(idColumn);
  switch (actor.role) {
    case 'regional_officer':
      return sql<boolean>`${id} IN (SELECT e.id FROM enterprises e WHERE ${regionPredicate(sql.ref('e.region_code'), actor.scopes.regions)})`;
    case 'center_manager':
      return sql<boolean>`${id} IN (SELECT cm.enterprise_id FROM center_memberships cm WHERE cm.center_id = ANY(${actor.scopes.centers}::uuid[]))`;
    case 'enterprise':
      return sql<boolean>`${id} = ANY(${actor.scopes.enterprises}::uuid[])`;
    default:
      return NOTHING;
  }
}

/** Centres (by id column) the actor's scope reaches. */
export function centerScope(actor: Actor, idColumn: string): ScopePredicate {
  if (isNational(actor)) return undefined;
  if (actor.kind !== 'user') return NOTHING;
  const id = sql.ref(idColumn);
  switch (actor.role) {
    case 'regional_officer':
      return sql<boolean>`${id} IN (SELECT cr.center_id FROM center_regions cr WHERE ${regionPredicate(sql.ref('cr.region_code'), actor.scopes.regions)})`;
    case 'center_manager':
      return sql<boolean>`${id} = ANY(${actor.scopes.centers}::uuid[])`;
    default:
      return NOTHING;
  }
}

/** Institutions (by id column) the actor's scope reaches: by their own region or a centre they serve. */
export function institutionScope(actor: Actor, idColumn: string): ScopePredicate {
  if (isNational(actor)) return undefined;
  if (actor.kind !== 'user') return NOTHING;
  const id = sql.ref(idColumn);
  const servedCenters = centerScope(actor, 'ic.center_id') ?? sql<boolean>`true`;
  const served = sql<boolean>`${id} IN (SELECT ic.institution_id FROM institution_centers ic WHERE ${servedCenters})`;
  switch (actor.role) {
    case 'regional_officer':
      return sql<boolean>`(${served} OR ${id} IN (SELECT i.id FROM institutions i WHERE ${regionPredicate(sql.ref('i.region_code'), actor.scopes.regions)}))`;
    case 'center_manager':
      return served;
    default:
      return NOTHING;
  }
}

/** People (by id column) the actor's scope reaches: affiliated with, or owning, an enterprise or institution in scope. */
export function personScope(actor: Actor, idColumn: string): ScopePredicate {
  if (isNational(actor)) return undefined;
  if (actor.kind !== 'user') return NOTHING;
  const id = sql.ref(idColumn);
  const enterprises = enterpriseScope(actor, 'x.enterprise_id') ?? sql<boolean>`true`;
  const institutions = institutionScope(actor, 'x.institution_id') ?? sql<boolean>`true`;
  const owners = enterpriseScope(actor, 'o.id') ?? sql<boolean>`true`;
  return sql<boolean>`(
    ${id} IN (SELECT x.person_id FROM person_affiliations x WHERE x.enterprise_id IS NOT NULL AND ${enterprises})
    OR ${id} IN (SELECT x.person_id FROM person_affiliations x WHERE x.institution_id IS NOT NULL AND ${institutions})
    OR ${id} IN (SELECT o.owner_person_id FROM enterprises o WHERE o.owner_person_id IS NOT NULL AND ${owners}))`;
}

import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { authMessages } from '../auth/auth.messages.ts';
import { isAdmin, isNational, readBy, writeBy } from '../auth/policy.ts';
import { centerScope, enterpriseScope, institutionScope } from '../auth/scope-sql.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';

const SCOPES = { centers: centerScope, enterprises: enterpriseScope, institutions: institutionScope };

/**
 * Files (docs/SECURITY.md, "import / export files"): admins import and export everything, the ministry
 * exports everything, regional officers import and export what lies in their regions. A regional
 * officer's import is checked row by row: a row that would write outside their regions is an error
 * like any other, so the file is refused whole.
 */
export const ioPolicy = {
  import: writeBy('admin', 'regional_officer'),
  export: readBy('admin', 'ministry', 'regional_officer'),
  template: readBy('admin', 'ministry', 'regional_officer'),

  /** Regions an import by `actor` may write in: `null` for everywhere; 403 for anyone else. */
  importRegions(actor: Actor): readonly string[] | null {
    if (isAdmin(actor)) return null;
    if (actor.kind === 'user' && actor.role === 'regional_officer') return actor.scopes.regions;
    throw new AppError('forbidden', tr(authMessages.forbidden));
  },

  /** Throws 403 unless `actor` may export (the scope itself is applied by each kind's query). */
  assertMayExport(actor: Actor): void {
    if (isNational(actor)) return;
    if (actor.kind === 'user' && actor.role === 'regional_officer') return;
    throw new AppError('forbidden', tr(authMessages.forbidden));
  },

  /** The records of `table` (by its id column) an export by `actor` holds: those their scope reaches. */
  exportScope(actor: Actor, table: keyof typeof SCOPES, idColumn: string): RawBuilder<boolean> {
    return SCOPES[table](actor, idColumn) ?? sql<boolean>`true`;
  },
};

/** The message of a row outside the importer's regions. */
export const outOfScopeMessage = () => tr(authMessages.outOfScope);

/**
 * True when the region code in `column` lies in `regions` (a scope of `32.73` covers `32.73.17.1003`);
 * always true for `null` (no limit), false for a missing code under a limit.
 */
export function regionAllowed(
  column: RawBuilder<unknown>,
  regions: readonly string[] | null,
): RawBuilder<boolean> {
  if (regions === null) return sql<boolean>`true`;
  if (regions.length === 0) return sql<boolean>`false`;
  const below = regions.map((code) => `${code}.%`);
  return sql<boolean>`coalesce(${column} = ANY(${[...regions]}::text[]) OR ${column} LIKE ANY(${below}::text[]), false)`;
}

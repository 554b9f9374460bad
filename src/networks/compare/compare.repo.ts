import { sql } from 'kysely';
import type { ScopePredicate } from '../../auth/scope-sql.ts';
import { regionMatch } from '../../centers/centers.repo.ts';
import type { Db } from '../../db/database.ts';
import { existingIds } from '../../db/records.ts';
import type { CenterPattern } from '../analysis/analysis.schema.ts';

/** Which of `ids` are centres (archived ones included: the service says 404 for the others). */
export function existingCenterIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  return existingIds(db, 'centers', ids);
}

/**
 * Live centres with a region at or below `region` (every live centre without one), in name order, limited
 * to `scope` (alias `c`).
 */
export async function liveCenterIdsInRegion(
  db: Db,
  region: string | undefined,
  scope: ScopePredicate,
): Promise<string[]> {
  const rows = await db
    .selectFrom('centers as c')
    .where('c.archived_at', 'is', null)
    .$if(region !== undefined, (q) =>
      q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('center_regions as cr')
            .whereRef('cr.center_id', '=', 'c.id')
            .where(regionMatch('cr.region_code', region as string))
            .select(sql`1`.as('one')),
        ),
      ),
    )
    .$if(scope !== undefined, (q) => q.where(scope as NonNullable<typeof scope>))
    .select('c.id')
    .orderBy('c.name')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => r.id);
}

/** Name and region codes of the centres `ids`, for the comparison's rows. */
export async function centerHeads(db: Db, ids: readonly string[]) {
  const heads = new Map<string, { name: string; regionCodes: string[] }>();
  if (ids.length === 0) return heads;
  const rows = await db.selectFrom('centers').where('id', 'in', ids).select(['id', 'name']).execute();
  for (const r of rows) heads.set(r.id, { name: r.name, regionCodes: [] });
  const regions = await db
    .selectFrom('center_regions')
    .where('center_id', 'in', ids)
    .select(['center_id', 'region_code'])
    .orderBy('region_code')
    .execute();
  for (const r of regions) heads.get(r.center_id)?.regionCodes.push(r.region_code);
  return heads;
}

/** The first (smallest) region code of each of the centres `ids`, the one the overview files it under. */
export async function firstRegionCodes(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('center_regions')
    .where('center_id', '=', sql<string>`ANY(${ids}::uuid[])`)
    .select(['center_id', (eb) => eb.fn.min('region_code').as('code')])
    .groupBy('center_id')
    .execute();
  return new Map(rows.map((r) => [r.center_id, r.code]));
}

/**
 * `FROM … WHERE` of the stored analyses `a` of every tie ever (`at` null) of `centerIds` that are current:
 * computed from each centre's present network version by `analysisVersion`.
 */
const currentFullAnalyses = (centerIds: readonly string[], analysisVersion: number) => sql`
    FROM center_analyses a
    LEFT JOIN center_network_versions v ON v.center_id = a.center_id
    WHERE a.center_id = ANY(${centerIds}::uuid[]) AND a.at IS NULL
      AND a.analysis_version = ${analysisVersion}
      AND a.network_version = COALESCE(v.version, 0)`;

/**
 * The pattern code of each centre's current stored analysis of every tie ever, as `currentStoredPatterns`
 * but from the generated column (migration 0041): the results themselves are not read.
 */
export async function currentStoredPatternCodes(
  db: Db,
  centerIds: readonly string[],
  analysisVersion: number,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (centerIds.length === 0) return found;
  const { rows } = await sql<{ center_id: string; code: string | null }>`
    SELECT a.center_id, a.pattern_code AS code
    ${currentFullAnalyses(centerIds, analysisVersion)}`.execute(db);
  for (const r of rows) if (r.code) found.set(r.center_id, r.code);
  return found;
}

/**
 * The pattern of each centre's stored analysis of every tie ever (`at` null) that is current: computed from
 * the centre's present network version by `analysisVersion`. Reads only the pattern, in one query.
 */
export async function currentStoredPatterns(
  db: Db,
  centerIds: readonly string[],
  analysisVersion: number,
): Promise<Map<string, CenterPattern>> {
  const found = new Map<string, CenterPattern>();
  if (centerIds.length === 0) return found;
  const { rows } = await sql<{ center_id: string; pattern: CenterPattern }>`
    SELECT a.center_id, a.pattern
    ${currentFullAnalyses(centerIds, analysisVersion)}`.execute(db);
  for (const r of rows) found.set(r.center_id, r.pattern);
  return found;
}

import { sql } from 'kysely';
import type { ScopePredicate } from '../../auth/scope-sql.ts';
import type { Db } from '../../db/database.ts';
import { memberOn, tieActiveOn } from '../../shared/periods.ts';
import type { CenterAnalysis } from './analysis.schema.ts';
import type { Affiliation } from './indicators.ts';

/** A stored analysis with what decides whether it is still current (`analysis` null when not asked for). */
export interface StoredAnalysis {
  analysis: CenterAnalysis | null;
  networkVersion: number;
  analysisVersion: number;
}

/** The network version of every centre in `centerIds` (0 for a centre never changed since 0005). */
export async function networkVersions(db: Db, centerIds: readonly string[]): Promise<Map<string, number>> {
  const versions = new Map<string, number>(centerIds.map((id) => [id, 0]));
  if (centerIds.length === 0) return versions;
  const rows = await db
    .selectFrom('center_network_versions')
    .where('center_id', 'in', centerIds)
    .select(['center_id', 'version'])
    .execute();
  for (const r of rows) versions.set(r.center_id, Number(r.version));
  return versions;
}

/** Stored analyses of `centerIds` at `at` (null: every tie ever), by centre id; only versions unless `withResult`. */
export async function findStoredAnalyses(
  db: Db,
  centerIds: readonly string[],
  at: string | null,
  withResult = true,
): Promise<Map<string, StoredAnalysis>> {
  const found = new Map<string, StoredAnalysis>();
  if (centerIds.length === 0) return found;
  const rows = await db
    .selectFrom('center_analyses')
    .where('center_id', 'in', centerIds)
    .where(sql<boolean>`COALESCE(at, 'infinity'::date) = COALESCE(${at}::date, 'infinity'::date)`)
    .select(['center_id', 'network_version', 'analysis_version', 'computed_at'])
    .$if(withResult, (q) => q.select('result'))
    .execute();
  for (const r of rows) {
    const result = (r as { result?: Omit<CenterAnalysis, 'computedAt'> }).result;
    found.set(r.center_id, {
      analysis: result ? { ...result, computedAt: new Date(r.computed_at).toISOString() } : null,
      networkVersion: Number(r.network_version),
      analysisVersion: r.analysis_version,
    });
  }
  return found;
}

/** Stores (or replaces) analyses, each with the network version it was computed from. */
export async function storeAnalyses(
  db: Db,
  entries: readonly { analysis: CenterAnalysis; networkVersion: number; analysisVersion: number }[],
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('center_analyses')
    .values(
      entries.map(({ analysis, networkVersion, analysisVersion }) => {
        const { computedAt, ...result } = analysis;
        return {
          center_id: analysis.centerId,
          at: analysis.at,
          network_version: networkVersion,
          analysis_version: analysisVersion,
          parameters: JSON.stringify(analysis.parameters),
          result: JSON.stringify(result),
          pattern: JSON.stringify(result.pattern),
          computed_at: computedAt,
        };
      }),
    )
    .onConflict((oc) =>
      oc.expression(sql`center_id, (COALESCE(at, 'infinity'::date))`).doUpdateSet((eb) => ({
        network_version: eb.ref('excluded.network_version'),
        analysis_version: eb.ref('excluded.analysis_version'),
        parameters: eb.ref('excluded.parameters'),
        result: eb.ref('excluded.result'),
        pattern: eb.ref('excluded.pattern'),
        computed_at: eb.ref('excluded.computed_at'),
      })),
    )
    .execute();
}

/**
 * Institution memberships on `at` (any time when null) of the institutions serving each centre: the
 * input of institutional coverage.
 */
export async function loadAffiliations(
  db: Db,
  centerIds: readonly string[],
  at: string | null,
): Promise<Map<string, Affiliation[]>> {
  const byCenter = new Map<string, Affiliation[]>(centerIds.map((id) => [id, []]));
  if (centerIds.length === 0) return byCenter;
  const { rows } = await sql<{ center_id: string; enterprise_id: string; institution_id: string }>`
    SELECT DISTINCT ic.center_id, m.enterprise_id, m.institution_id
    FROM institution_centers ic
    JOIN institutions n ON n.id = ic.institution_id AND n.archived_at IS NULL
    JOIN institution_memberships m ON m.institution_id = ic.institution_id
    WHERE ic.center_id = ANY(${centerIds}::uuid[]) AND ${memberOn(at, 'm')}`.execute(db);
  for (const r of rows)
    byCenter.get(r.center_id)?.push({ enterpriseId: r.enterprise_id, institutionId: r.institution_id });
  return byCenter;
}

/** How many ties of each centre (not archived, active on `at`) pass `visible` (undefined: all). */
export async function countTies(
  db: Db,
  centerIds: readonly string[],
  at: string | null,
  visible: ScopePredicate,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(centerIds.map((id) => [id, 0]));
  if (centerIds.length === 0) return counts;
  const rows = await db
    .selectFrom('interactions as i')
    .where('i.center_id', 'in', centerIds)
    .where('i.archived_at', 'is', null)
    .where(tieActiveOn(at, 'i'))
    .$if(visible !== undefined, (q) => q.where(visible as NonNullable<ScopePredicate>))
    .select(['i.center_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('i.center_id')
    .execute();
  for (const r of rows) if (r.center_id) counts.set(r.center_id, Number(r.n));
  return counts;
}

/** Every centre not archived, in id order (the batches of `simpul analyze --all`). */
export async function liveCenterIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('centers')
    .where('archived_at', 'is', null)
    .select('id')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

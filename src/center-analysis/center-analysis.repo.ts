import { sql } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { CenterNetwork, NetworkNode, NetworkTie } from '../center-network/center-network.schema.ts';
import type { Db } from '../db/database.ts';
import { INTERACTION_TYPES } from '../interactions/interaction-types.ts';
import { memberOn, tieActiveOn } from '../shared/periods.ts';
import type { CenterAnalysis } from './center-analysis.schema.ts';
import type { Affiliation } from './indicators.ts';

const SYMMETRIC = new Set<string>(INTERACTION_TYPES.filter((t) => t.symmetric).map((t) => t.code));

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

/**
 * The full-visibility networks of many centres in three set-based queries, with the same nodes and ties
 * as `loadCenterNetwork` gives each of them (labels and attributes left empty: analyses carry ids only).
 */
export async function loadCenterNetworks(
  db: Db,
  centerIds: readonly string[],
  at: string | null,
): Promise<Map<string, CenterNetwork>> {
  const networks = new Map<string, { nodes: Map<string, NetworkNode>; ties: NetworkTie[] }>(
    centerIds.map((id) => [id, { nodes: new Map(), ties: [] }]),
  );
  if (centerIds.length === 0) return new Map();
  const ids = sql`${centerIds}::uuid[]`;
  const node = (id: string, kind: NetworkNode['kind'], member: boolean): NetworkNode => ({
    id,
    kind,
    label: '',
    regionCode: null,
    role: null,
    member,
    commodity: null,
    latitude: null,
    longitude: null,
  });
  const members = await sql<{ center_id: string; enterprise_id: string }>`
    SELECT DISTINCT center_id, enterprise_id FROM center_memberships
    WHERE center_id = ANY(${ids}) AND ${memberOn(at)}`.execute(db);
  for (const m of members.rows) {
    networks.get(m.center_id)?.nodes.set(m.enterprise_id, node(m.enterprise_id, 'enterprise', true));
  }
  const ties = await sql<{
    id: string;
    center_id: string;
    source: string;
    to_enterprise_id: string | null;
    to_institution_id: string | null;
    type: string;
    valence: string;
    start_date: string;
    end_date: string | null;
    confidential: boolean;
  }>`
    SELECT id, center_id, from_enterprise_id AS source, to_enterprise_id, to_institution_id, type, valence,
           start_date, end_date, confidential
    FROM interactions
    WHERE center_id = ANY(${ids}) AND archived_at IS NULL AND ${tieActiveOn(at)}`.execute(db);
  for (const t of ties.rows) {
    const network = networks.get(t.center_id);
    if (!network) continue;
    const target = (t.to_enterprise_id ?? t.to_institution_id) as string;
    if (!network.nodes.has(t.source)) network.nodes.set(t.source, node(t.source, 'enterprise', false));
    if (!network.nodes.has(target)) {
      network.nodes.set(target, node(target, t.to_enterprise_id ? 'enterprise' : 'institution', false));
    }
    network.ties.push({
      id: t.id,
      source: t.source,
      target,
      type: t.type as NetworkTie['type'],
      valence: t.valence as NetworkTie['valence'],
      directed: !SYMMETRIC.has(t.type),
      startDate: t.start_date,
      endDate: t.end_date,
      strength: null,
      frequency: null,
      formality: '',
      confidence: '',
      legalPattern: null,
      confidential: t.confidential,
    });
  }
  const serving = await sql<{ center_id: string; institution_id: string }>`
    SELECT ic.center_id, ic.institution_id FROM institution_centers ic
    JOIN institutions n ON n.id = ic.institution_id AND n.archived_at IS NULL
    WHERE ic.center_id = ANY(${ids})`.execute(db);
  for (const s of serving.rows) {
    const network = networks.get(s.center_id);
    if (network && !network.nodes.has(s.institution_id)) {
      network.nodes.set(s.institution_id, node(s.institution_id, 'institution', false));
    }
  }
  return new Map(
    [...networks].map(([centerId, n]) => [
      centerId,
      { centerId, at, nodes: [...n.nodes.values()], ties: n.ties },
    ]),
  );
}

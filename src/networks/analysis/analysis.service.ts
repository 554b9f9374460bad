import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { interactionPolicy } from '../../interactions/interactions.policy.ts';
import { timedAnalysis } from '../../observability/process-metrics.ts';
import { analysisViewKey } from '../access/network.policy.ts';
import { loadCenterNetworks, type NetworkVersions } from '../load/network.repo.ts';
import { etagOf, type StoredBody, storedBody } from '../view/body-cache.ts';
import type { NetworkStructure } from '../view/network.schema.ts';
import {
  countTies,
  findStoredAnalyses,
  loadAffiliations,
  networkVersions,
  storeAnalyses,
} from './analysis.repo.ts';
import { type CenterAnalysis, CenterAnalysisSchema } from './analysis.schema.ts';
import { ANALYSIS_VERSION, analyzeCenter } from './analyze-center.ts';
import type { Affiliation } from './indicators.ts';

/** Options of the stored-analysis functions. */
export interface RefreshOptions {
  /** Recompute even when the stored result is current. */
  force?: boolean;
  /** The clock, for `computedAt` (tests and the CLI pass their own). */
  now?: () => Date;
  /** Only return results already stored and current; compute nothing. */
  storedOnly?: boolean;
  /** Return the results (default); false when only storing them matters (`simpul analyze --all`). */
  returnResults?: boolean;
}

/** What a refresh of some centres needs from the database before any analysis runs. */
export interface PreparedRefresh {
  at: string | null;
  /** Current stored results (when asked for). */
  current: Map<string, CenterAnalysis>;
  /** Centres to (re)compute, with their network version, network and institution memberships. */
  stale: { id: string; version: number; network: NetworkStructure; affiliations: Affiliation[] }[];
}

/**
 * Reads what refreshing `centerIds` needs: versions, which stored results are current (with their
 * content unless `returnResults` is false), and the networks of the others, set-based. The version is
 * read before the network, so a change racing the load leaves a result marked with the older version,
 * which the next read recomputes.
 */
export async function prepareRefresh(
  db: Db,
  centerIds: readonly string[],
  at: string | null,
  options: RefreshOptions = {},
): Promise<PreparedRefresh> {
  const versions = await networkVersions(db, centerIds);
  const returnResults = options.returnResults ?? true;
  const stored = options.force ? new Map() : await findStoredAnalyses(db, centerIds, at, returnResults);
  const current = new Map<string, CenterAnalysis>();
  const staleIds: string[] = [];
  for (const id of centerIds) {
    const s = stored.get(id);
    if (s && s.networkVersion === versions.get(id) && s.analysisVersion === ANALYSIS_VERSION) {
      if (s.analysis) current.set(id, s.analysis);
    } else {
      staleIds.push(id);
    }
  }
  if (staleIds.length === 0 || options.storedOnly) return { at, current, stale: [] };
  const [networks, affiliations] = await Promise.all([
    loadCenterNetworks(db, staleIds, at, undefined, { structureOnly: true }),
    loadAffiliations(db, staleIds, at),
  ]);
  return {
    at,
    current,
    stale: staleIds.map((id) => ({
      id,
      version: versions.get(id) ?? 0,
      network: networks.get(id) ?? { centerId: id, at, nodes: [], ties: [] },
      affiliations: affiliations.get(id) ?? [],
    })),
  };
}

/** Analyses the stale centres of `prepared` (CPU only) and returns what `storeAnalyses` takes. */
export function computePrepared(prepared: PreparedRefresh, now: Date = new Date()) {
  const computedAt = now.toISOString();
  return prepared.stale.map(({ network, affiliations, version }) => ({
    analysis: { ...timedAnalysis('stored', () => analyzeCenter(network, { affiliations })), computedAt },
    networkVersion: version,
    analysisVersion: ANALYSIS_VERSION,
  }));
}

/**
 * Full-visibility analyses of `centerIds` at `at` (null: every tie ever): the stored result where it is
 * current (same network version and analysis version), otherwise computed, stored and returned.
 */
export async function refreshAnalyses(
  db: Db,
  centerIds: readonly string[],
  at: string | null,
  options: RefreshOptions = {},
): Promise<Map<string, CenterAnalysis>> {
  const prepared = await prepareRefresh(db, centerIds, at, options);
  const fresh = computePrepared(prepared, options.now?.());
  await storeAnalyses(db, fresh);
  const results = prepared.current;
  if (options.returnResults ?? true) for (const f of fresh) results.set(f.analysis.centerId, f.analysis);
  return results;
}

/**
 * Analyses as `actor` may see them. A reader who sees every tie of a centre (checked by counting the
 * centre's ties with and without the interaction policy's predicate) gets the stored full-visibility
 * result; anyone else gets an analysis of only the ties they can see, computed on the spot and never
 * stored, so a confidential conflict cannot reach them through camps, frustrated ties or counts. With
 * `storedOnly`, only current stored results come back (restricted readers get none).
 */
export async function analysesFor(
  db: Db,
  actor: Actor,
  centerIds: readonly string[],
  at: string | null,
  options: Pick<RefreshOptions, 'storedOnly'> = {},
): Promise<Map<string, CenterAnalysis>> {
  const visible = interactionPolicy.readScope(actor);
  let restricted: string[] = [];
  if (visible !== undefined) {
    const [all, seen] = await Promise.all([
      countTies(db, centerIds, at, undefined),
      countTies(db, centerIds, at, visible),
    ]);
    restricted = centerIds.filter((id) => all.get(id) !== seen.get(id));
  }
  const full = centerIds.filter((id) => !restricted.includes(id));
  const results = await refreshAnalyses(db, full, at, options);
  if (restricted.length > 0 && !options.storedOnly) {
    const [networks, affiliations] = await Promise.all([
      loadCenterNetworks(db, restricted, at, visible, { structureOnly: true }),
      loadAffiliations(db, restricted, at),
    ]);
    for (const id of restricted) {
      const network = networks.get(id) as NetworkStructure;
      const result = timedAnalysis('restricted', () =>
        analyzeCenter(network, { affiliations: affiliations.get(id) ?? [] }),
      );
      results.set(id, { ...result, computedAt: new Date().toISOString() });
    }
  }
  return results;
}

/**
 * One centre's analysis as `actor` may see it (the caller checked that the centre exists and is readable).
 * With `primary` (a read that may lag, `db` being the replica): the replica's current stored result when it
 * has one; otherwise the primary computes and stores it, since a standby cannot write.
 */
export async function centerAnalysisFor(
  db: Db,
  actor: Actor,
  centerId: string,
  at: string | undefined,
  primary: Db = db,
): Promise<CenterAnalysis> {
  if (primary !== db) {
    const stored = await analysesFor(db, actor, [centerId], at ?? null, { storedOnly: true });
    const found = stored.get(centerId);
    if (found) return found;
  }
  const results = await analysesFor(primary, actor, [centerId], at ?? null);
  return results.get(centerId) as CenterAnalysis;
}

/**
 * The stored body of `centerAnalysisFor` (from the replica `db` when `primary` is another), rebuilt only when the centre's network or view version (as
 * `assertMayReadCenterNetwork` read them), the analysis version or the ties the reader sees differ from
 * every body kept (view/body-cache.ts).
 */
export async function storedCenterAnalysis(
  db: Db,
  actor: Actor,
  centerId: string,
  at: string | undefined,
  { version, viewVersion }: NetworkVersions,
  primary: Db = db,
): Promise<StoredBody> {
  const etag = etagOf([
    'analysis',
    ANALYSIS_VERSION,
    centerId,
    at ?? null,
    version,
    viewVersion,
    analysisViewKey(db, actor),
  ]);
  // Checked against the response schema once per stored body, as the route's serialiser would per request.
  return storedBody(etag, async () =>
    CenterAnalysisSchema.encode(await centerAnalysisFor(db, actor, centerId, at, primary)),
  );
}

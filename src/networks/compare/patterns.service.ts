import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { interactionPolicy } from '../../interactions/interactions.policy.ts';
import { childCodeOf } from '../../regions/region-codes.ts';
import { countTies } from '../analysis/analysis.repo.ts';
import { type PatternCode, PatternCodeSchema } from '../analysis/analysis.schema.ts';
import { refreshAnalyses } from '../analysis/analysis.service.ts';
import { ANALYSIS_VERSION } from '../analysis/analyze-center.ts';
import { PATTERN_LABELS } from '../analysis/pattern.ts';
import { currentStoredPatternCodes, currentStoredPatterns, firstRegionCodes } from './compare.repo.ts';
import type { CenterPatterns, PatternCount, PatternCounts, PatternsQuery } from './compare.schema.ts';
import { REGION_COMPUTE_LIMIT, regionCenters } from './compare.service.ts';

/**
 * The centres of a region (the whole country without one) that `actor` may read (`ids`), and those whose
 * every tie the actor sees (`full`): only these show a stored label, since a label of a centre with ties
 * hidden from the reader could reflect a confidential conflict (as `analysesFor`). Up to
 * `REGION_COMPUTE_LIMIT` centres, missing or stale analyses of `full` are computed first.
 */
async function readableCenters(
  db: Db,
  actor: Actor,
  region: string | undefined,
  primary: Db,
): Promise<{ ids: string[]; full: string[]; labels: Db }> {
  const ids = await regionCenters(db, actor, region);
  const visible = interactionPolicy.readScope(actor);
  let full = ids;
  if (visible !== undefined && ids.length > 0) {
    const [all, seen] = await Promise.all([
      countTies(db, ids, null, undefined),
      countTies(db, ids, null, visible),
    ]);
    full = ids.filter((id) => all.get(id) === seen.get(id));
  }
  // A small region's missing results are computed and stored on the primary, and its labels read there (a
  // replica may not have them yet); a large region's stored labels are read where the rest was.
  if (full.length > 0 && full.length <= REGION_COMPUTE_LIMIT) {
    await refreshAnalyses(primary, full, null, { returnResults: false });
    return { ids, full, labels: primary };
  }
  return { ids, full, labels: db };
}

/**
 * The pattern labels of every centre of a region (the whole country without one) that `actor` may read,
 * for the overview's centre list, read from `db` (a replica may serve; what must be computed is computed
 * and read on `primary`): only the `pattern` of each current stored analysis is read, in one
 * query. Up to `REGION_COMPUTE_LIMIT` centres, missing or stale analyses are computed first; beyond it they
 * stay null (`simpul analyze --all` fills them).
 */
export async function centerPatterns(
  db: Db,
  actor: Actor,
  query: PatternsQuery,
  primary: Db = db,
): Promise<CenterPatterns> {
  const { ids, full, labels } = await readableCenters(db, actor, query.region, primary);
  const patterns = await currentStoredPatterns(labels, full, ANALYSIS_VERSION);
  return { items: ids.map((id) => ({ centerId: id, pattern: patterns.get(id) ?? null })) };
}

/** Tallies of pattern codes, most frequent first (ties by code, so the order is stable). */
class PatternTally {
  analysed = 0;
  private readonly byCode = new Map<PatternCode, number>();

  add(code: PatternCode): void {
    this.analysed += 1;
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
  }

  counts(): PatternCount[] {
    return [...this.byCode]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([code, centers]) => ({ code, label: PATTERN_LABELS[code], centers }));
  }
}

/**
 * The stored pattern labels of a region's readable centres counted in the region and per child region
 * (a centre counts in the child its first region code lies in), for the overview's chart and map at any
 * level: the whole country's 38 provinces without listing its ~13,762 centres. Stored labels only, as
 * `centerPatterns` beyond `REGION_COMPUTE_LIMIT`: a region of up to that many centres has missing ones
 * computed first, so the counts agree with the listed labels.
 */
export async function patternCounts(
  db: Db,
  actor: Actor,
  query: PatternsQuery,
  primary: Db = db,
): Promise<PatternCounts> {
  const { full, labels } = await readableCenters(db, actor, query.region, primary);
  // The codes alone, from their own column: the labels are the catalogue's, not the stored results'.
  const [codes, firstCodes] = await Promise.all([
    currentStoredPatternCodes(labels, full, ANALYSIS_VERSION),
    firstRegionCodes(db, full),
  ]);
  const total = new PatternTally();
  const children = new Map<string, PatternTally>();
  for (const [id, text] of codes) {
    const parsed = PatternCodeSchema.safeParse(text);
    if (!parsed.success) continue;
    total.add(parsed.data);
    const child = childCodeOf(firstCodes.get(id), query.region);
    if (!child) continue;
    const tally = children.get(child) ?? new PatternTally();
    tally.add(parsed.data);
    children.set(child, tally);
  }
  return {
    analysed: total.analysed,
    counts: total.counts(),
    children: [...children]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, tally]) => ({ code, analysed: tally.analysed, counts: tally.counts() })),
  };
}

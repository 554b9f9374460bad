/**
 * A network over time (METHODS.md §3 "Time"): a tie is active on day t iff start ≤ t < end (end
 * exclusive, an empty end ongoing, an empty start always begun), yearly snapshots are taken on 31
 * December (or on the last day asked for, when that comes first), and tie persistence between snapshots
 * is |E_t ∩ E_t+1| / |E_t| with the Jaccard index |E_t ∩ E_t+1| / |E_t ∪ E_t+1| beside it, over
 * unordered pairs (a pair whose tie changes type or sign still persists). Days are ISO `YYYY-MM-DD`
 * strings, compared as text: no Date, no time zone.
 */

import { density } from './density.ts';
import { frustration } from './frustration/frustration.ts';
import { buildGraph } from './graph-builder.ts';
import { jaccard } from './multiplex.ts';
import { createRng } from './rng.ts';

/** A tie with its dates; sign defaults to +1. */
export interface DatedTie {
  source: string;
  target: string;
  sign?: 1 | -1;
  /** First active day; null: active from the start of the record. */
  start: string | null;
  /** First day no longer active; null: ongoing. */
  end: string | null;
}

/** True when `tie` is active on `day` (start ≤ day < end). */
export function activeOn(tie: Pick<DatedTie, 'start' | 'end'>, day: string): boolean {
  return (tie.start === null || tie.start <= day) && (tie.end === null || day < tie.end);
}

/**
 * The snapshot years: from the earliest start to `lastDay`'s year, or without it to the latest year
 * any start or end names. Empty when no tie carries a start date.
 */
export function snapshotYears(ties: readonly Pick<DatedTie, 'start' | 'end'>[], lastDay?: string): number[] {
  const starts = ties.flatMap((t) => (t.start === null ? [] : [Number(t.start.slice(0, 4))]));
  if (starts.length === 0) return [];
  const first = Math.min(...starts);
  const ends = ties.flatMap((t) => (t.end === null ? [] : [Number(t.end.slice(0, 4))]));
  const last = lastDay === undefined ? Math.max(...starts, ...ends) : Number(lastDay.slice(0, 4));
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return years;
}

/** The day a year's snapshot is taken: 31 December, or `lastDay` when that comes first. */
export function snapshotDay(year: number, lastDay?: string): string {
  const end = `${String(year).padStart(4, '0')}-12-31`;
  return lastDay !== undefined && lastDay < end ? lastDay : end;
}

/** An unordered pair as one key. */
export const pairKeyOf = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** How the tied pairs of one snapshot carry into the next. */
export interface PairChange {
  /** Pairs tied in both. */
  persisted: number;
  /** persisted / pairs of the first; null when the first has none. */
  persistence: number | null;
  /** persisted / pairs of either; null when both have none. */
  jaccard: number | null;
}

/** Persistence and Jaccard from the pair set `before` to `after`. */
export function pairChange(before: ReadonlySet<string>, after: ReadonlySet<string>): PairChange {
  let persisted = 0;
  for (const key of before) if (after.has(key)) persisted++;
  return {
    persisted,
    persistence: before.size > 0 ? persisted / before.size : null,
    jaccard: jaccard(before, after),
  };
}

/** One year of `yearlyTimeline`. */
export interface YearSnapshot {
  year: number;
  day: string;
  /** Linked pairs of the signed view on `day` (collaboration and conflict). */
  ties: number;
  conflictTies: number;
  /** Pairs linked over n(n−1)/2, n all nodes. */
  density: number;
  /** F = 1 − 2L/m of the exact frustration index; null without ties. */
  normalizedFrustration: number | null;
  frustrationExact: boolean;
  /** Into the next snapshot; null in the last year. */
  persistence: number | null;
  jaccard: number | null;
}

/** Options of `yearlyTimeline`. */
export interface TimelineOptions {
  /** The last day looked at (the caller's today); default: the latest year of the ties' dates. */
  lastDay?: string;
  /** Seed of the frustration search; default 1. */
  seed?: number;
}

/** Density, normalised frustration and persistence of the undirected signed view, year by year. */
export function yearlyTimeline(
  nodes: readonly string[],
  ties: readonly DatedTie[],
  options: TimelineOptions = {},
): YearSnapshot[] {
  const years = snapshotYears(ties, options.lastDay);
  const snapshots = years.map((year) => {
    const day = snapshotDay(year, options.lastDay);
    const active = ties.filter((tie) => activeOn(tie, day));
    const graph = buildGraph({
      nodes,
      edges: active.map((t) => ({ source: t.source, target: t.target, sign: t.sign ?? 1 })),
      directed: false,
      weightRule: 'count',
    });
    const balance = frustration(graph, { rng: createRng(options.seed ?? 1) });
    const pairs = new Set<string>();
    for (let e = 0; e < graph.size; e++) {
      pairs.add(
        pairKeyOf(
          graph.ids[graph.edgeSource[e] as number] as string,
          graph.ids[graph.edgeTarget[e] as number] as string,
        ),
      );
    }
    return {
      pairs,
      snapshot: {
        year,
        day,
        ties: graph.size,
        conflictTies: graph.edgeSign.filter((s) => s < 0).length,
        density: density(graph),
        normalizedFrustration: balance.normalized,
        frustrationExact: balance.exact,
      },
    };
  });
  return snapshots.map(({ pairs, snapshot }, i) => {
    const next = snapshots[i + 1];
    const change = next ? pairChange(pairs, next.pairs) : null;
    return { ...snapshot, persistence: change?.persistence ?? null, jaccard: change?.jaccard ?? null };
  });
}

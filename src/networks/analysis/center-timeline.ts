/**
 * A centre's indicators year by year (METHODS.md §3 "Time"): each yearly snapshot is the network as the
 * time slider shows it on 31 December (today in the current year), read with the same indicators and
 * pattern rules as the centre's analysis, and tie persistence links each year to the next.
 */

import { analyzeNetwork, pairChange, pairKeyOf } from '../../analysis/index.ts';
import { centerGraph } from '../load/center-graph.ts';
import type { CenterNetwork } from '../view/network.schema.ts';
import { type Affiliation, centerFacts } from './indicators.ts';
import { PATTERN_LABELS, patternCode } from './pattern.ts';
import type { CenterYear } from './timeline.schema.ts';

/** One snapshot to read: the network on `day` and the institution memberships on that day. */
export interface CenterSnapshot {
  year: number;
  day: string;
  network: CenterNetwork;
  affiliations: readonly Affiliation[];
}

/** The indicators of one snapshot, with its linked pairs for persistence. */
function readYear({ year, day, network, affiliations }: CenterSnapshot) {
  const graph = centerGraph(network);
  // Only balance: the pattern rules and the yearly figures read nothing else of the analysis (no node
  // measures, no communities), which keeps a 20-year timeline one request long.
  const analysis = analyzeNetwork(graph, { seed: 1, metrics: ['balance'] });
  const facts = centerFacts(network, graph, analysis, affiliations);
  const code = patternCode(facts);
  const x = facts.indicators;
  const pairs = new Set<string>();
  for (let e = 0; e < graph.size; e++) {
    const a = graph.ids[graph.edgeSource[e] as number] as string;
    const b = graph.ids[graph.edgeTarget[e] as number] as string;
    pairs.add(pairKeyOf(a, b));
  }
  return {
    pairs,
    year: {
      year,
      day,
      firms: x.firms,
      collaborationTies: x.collaborationTies,
      conflictTies: x.conflictTies,
      collaborationDensity: x.collaborationDensity,
      conflictDensity: x.conflictDensity,
      normalizedFrustration: x.normalizedFrustration,
      frustrationExact: x.frustrationExact,
      pattern: { code, label: PATTERN_LABELS[code] },
    },
  };
}

/** The yearly indicators of `snapshots` (in year order), each with its persistence into the next. */
export function centerTimeline(snapshots: readonly CenterSnapshot[]): CenterYear[] {
  const read = snapshots.map(readYear);
  return read.map(({ pairs, year }, i) => {
    const next = read[i + 1];
    const change = next ? pairChange(pairs, next.pairs) : null;
    return { ...year, persistence: change?.persistence ?? null, jaccard: change?.jaccard ?? null };
  });
}

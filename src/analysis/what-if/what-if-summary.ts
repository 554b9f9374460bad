/**
 * The structural figures a what-if compares before and after: components of the whole signed view and of
 * the collaboration layer, the frustration index with its two camps, and the main brokers (betweenness on
 * the collaboration layer, as `analyzeNetwork` computes it). Read from one `analyzeNetwork` run limited to
 * `WHAT_IF_METRICS`, so a simulation costs one path sweep and one frustration search per side.
 */

import type { MetricName, NetworkAnalysis } from '../analysis-result.ts';
import { weakComponents } from '../components.ts';
import type { Graph } from '../graph.ts';
import { positiveLayer } from '../layers.ts';

/** The metrics a what-if needs from `analyzeNetwork` (the rest stay null and cost nothing). */
export const WHAT_IF_METRICS: readonly MetricName[] = [
  'degree',
  'betweenness',
  'density',
  'components',
  'balance',
];

/** How many brokers a side lists. */
export const WHAT_IF_BROKERS = 5;

/** One side (today or after the edits) of a what-if. */
export interface WhatIfSummary {
  /** Connected components of the signed view (a conflict tie connects too). */
  components: number;
  /** Components of the collaboration layer: groups that can pass work to one another. */
  collaborationComponents: number;
  /** Frustration index L (ties breaking the best two-camp split); null without a conflict tie. */
  frustration: number | null;
  /** F = 1 − 2L/m; null without a conflict tie. */
  normalizedFrustration: number | null;
  /** The exact search finished (false: L is the best split found within the budget). */
  frustrationExact: boolean;
  /** The two camps, nodes with a signed tie only; null without a conflict tie. */
  camps: [string[], string[]] | null;
  /** Top nodes by betweenness on the collaboration layer, highest first (only those above zero). */
  brokers: { id: string; betweenness: number }[];
}

/** The summary of `graph` from its `analysis` (computed with at least `WHAT_IF_METRICS`). */
export function whatIfSummary(graph: Graph, analysis: NetworkAnalysis): WhatIfSummary {
  let negative = 0;
  const signed = new Set<number>();
  for (let e = 0; e < graph.size; e++) {
    if ((graph.edgeSign[e] as number) < 0) negative++;
    signed.add(graph.edgeSource[e] as number);
    signed.add(graph.edgeTarget[e] as number);
  }
  const signedIds = new Set([...signed].map((i) => graph.ids[i] as string));
  const balance = negative > 0 ? analysis.graph.balance : null;
  const brokers = analysis.nodes
    .map((n) => ({ id: n.id, betweenness: n.betweenness ?? 0 }))
    .filter((n) => n.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : 1))
    .slice(0, WHAT_IF_BROKERS);
  return {
    components: analysis.graph.components?.count ?? weakComponents(graph).count,
    collaborationComponents: weakComponents(positiveLayer(graph)).count,
    frustration: balance ? balance.frustration.index : null,
    normalizedFrustration: balance ? balance.frustration.normalized : null,
    frustrationExact: balance ? balance.frustrationExact : true,
    camps: balance
      ? [
          balance.camps[0].filter((id) => signedIds.has(id)),
          balance.camps[1].filter((id) => signedIds.has(id)),
        ]
      : null,
    brokers,
  };
}

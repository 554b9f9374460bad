/**
 * A centre's Gould–Fernandez brokerage by a chosen grouping, with expected values and z-scores under
 * sna's null model (docs/ANALYSIS.md "Brokerage by any grouping"). Counted on collaboration ties only;
 * each broker also lists the brokered pairs that are in conflict. Pure: the caller loads the network as
 * the reader may see it and the groups.
 */

import {
  BROKERAGE_ROLES,
  type BrokerageRole,
  brokerageScores,
  brokeredConflicts,
  detectCommunities,
  permutationBrokerageScores,
  positiveLayer,
} from '../../analysis/index.ts';
import { centerGraph } from '../load/center-graph.ts';
import type { CenterNetwork } from '../view/network.schema.ts';
import type { BrokerageGrouping, BrokerageModel, BrokerScore, CenterBrokerage } from './brokerage.schema.ts';
import type { NodeGroup } from './brokerage-groups.ts';

/** z from which a role counts as more brokerage than chance (one-sided 2.5% under normality). */
export const BROKERAGE_Z_THRESHOLD = 1.96;

/** The Louvain community of every node, as the stored analysis finds them (positive ties, seed 1, γ = 1). */
export function centerCommunities(network: CenterNetwork): Map<string, number> {
  const graph = positiveLayer(centerGraph(network));
  const { membership } = detectCommunities(graph, { method: 'louvain', resolution: 1, seed: 1 });
  return new Map(graph.ids.map((id, i) => [id, membership[i] as number]));
}

/** The brokerage of `network` with every node's group given by `groups`, expected values by `model`. */
export function centerBrokerage(
  network: CenterNetwork,
  grouping: BrokerageGrouping,
  groups: ReadonlyMap<string, NodeGroup>,
  model: BrokerageModel = 'random-graph',
): CenterBrokerage {
  const graph = centerGraph(network);
  const keys = new Map(graph.ids.map((id) => [id, groups.get(id)?.key ?? ':unknown']));
  const score = model === 'permutation' ? permutationBrokerageScores : brokerageScores;
  const scores = score(positiveLayer(graph), { groups: keys });
  const conflicts = graph.order > 0 ? brokeredConflicts(graph) : [];
  const labelOf = new Map([...groups.values()].map((g) => [g.key, g.label]));
  const nodeById = new Map(network.nodes.map((n) => [n.id, n]));
  const brokers: BrokerScore[] = [];
  scores.nodes.forEach((score, i) => {
    const id = graph.ids[i] as string;
    const conflict = conflicts[i] ?? { count: 0, pairs: [] };
    if (score.observed.total === 0 && conflict.count === 0) return;
    const node = nodeById.get(id);
    brokers.push({
      id,
      label: node?.label ?? id,
      kind: node?.kind ?? 'enterprise',
      group: keys.get(id) as string,
      ...score,
      significant: BROKERAGE_ROLES.filter((r: BrokerageRole) => (score.z[r] ?? 0) >= BROKERAGE_Z_THRESHOLD),
      conflicts: conflict,
    });
  });
  const rank = (b: BrokerScore) => b.z.total ?? Number.NEGATIVE_INFINITY;
  brokers.sort((a, b) => rank(b) - rank(a) || b.observed.total - a.observed.total || (a.id < b.id ? -1 : 1));
  return {
    centerId: network.centerId,
    at: network.at,
    grouping,
    model,
    density: scores.density,
    threshold: BROKERAGE_Z_THRESHOLD,
    groups: scores.groups.map((g) => ({
      key: g.label,
      label: labelOf.get(g.label) ?? g.label,
      size: g.size,
    })),
    brokers,
    nodes: graph.order,
  };
}

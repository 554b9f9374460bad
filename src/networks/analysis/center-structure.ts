/**
 * How a centre's collaboration is structured (issue 24, point 1): reciprocity on the directed view of its
 * collaboration ties and Freeman centralization, plus each node's strength and orders. Collaboration only,
 * because both measures ask how joint work is spread or returned; a conflict is neither (docs/ANALYSIS.md
 * "Reciprocity, centralization and strength of a centre").
 */

import {
  buildGraph,
  degree,
  degreeCentralization,
  type Graph,
  type NetworkAnalysis,
  reciprocity,
  type TieInput,
} from '../../analysis/index.ts';
import type { NetworkStructure } from '../view/network.schema.ts';
import type { CenterIndicators, NodeMeasures } from './analysis.schema.ts';
import { orderCounts } from './orders.ts';

/** The indicators this file adds to a centre's analysis. */
export type StructureIndicators = Pick<
  CenterIndicators,
  | 'reciprocity'
  | 'dyadReciprocity'
  | 'degreeCentralization'
  | 'inDegreeCentralization'
  | 'outDegreeCentralization'
  | 'betweennessCentralization'
  | 'closenessCentralization'
>;

/**
 * The directed collaboration view over the nodes of `graph`: each collaboration tie as recorded (source
 * gives to target), a symmetric type as two arcs, parallel arcs collapsed (their count is the weight).
 */
export function directedCollaboration(network: NetworkStructure, graph: Graph): Graph {
  const edges: TieInput[] = [];
  for (const tie of network.ties) {
    if (tie.valence !== 'collaboration' || tie.source === tie.target) continue;
    edges.push({ source: tie.source, target: tie.target });
    if (!tie.directed) edges.push({ source: tie.target, target: tie.source });
  }
  return buildGraph({ nodes: [...graph.ids], edges, directed: true, weightRule: 'count' });
}

/** Reciprocity and centralization of `network`, whose undirected view `graph` gave `analysis`. */
export function structureIndicators(
  network: NetworkStructure,
  graph: Graph,
  analysis: NetworkAnalysis,
): StructureIndicators {
  const directed = directedCollaboration(network, graph);
  const returned = reciprocity(directed);
  const arcs = degreeCentralization(directed);
  const undirected = analysis.graph.centralization;
  return {
    reciprocity: returned.edgeBased,
    dyadReciprocity: returned.dyadBased,
    degreeCentralization: undirected?.degree ?? null,
    inDegreeCentralization: arcs.inDegree,
    outDegreeCentralization: arcs.outDegree,
    betweennessCentralization: undirected?.betweenness ?? null,
    closenessCentralization: undirected?.closeness ?? null,
  };
}

/** The node measures this file adds, indexed like `graph.ids`. */
export type NodeStructure = Pick<
  NodeMeasures,
  'strength' | 'positiveStrength' | 'negativeStrength' | 'ordersGiven' | 'ordersReceived'
>;

/** Strength (weighted degree, split by sign) on the view `graph` and the orders each node gives and receives. */
export function nodeStructure(network: NetworkStructure, graph: Graph): NodeStructure[] {
  const firm = new Set(network.nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id));
  const orders = orderCounts(network, firm);
  const degrees = degree(graph);
  return graph.ids.map((id, i) => ({
    strength: degrees.strength[i] as number,
    positiveStrength: degrees.signedStrength[i]?.positive ?? 0,
    negativeStrength: degrees.signedStrength[i]?.negative ?? 0,
    ordersGiven: orders.given.get(id) ?? 0,
    ordersReceived: orders.received.get(id) ?? 0,
  }));
}

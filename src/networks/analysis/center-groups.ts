/**
 * A centre's positions and communities on request (issue 24, points 2 and 3): the signed blockmodel of
 * the analysis view (Doreian & Mrvar 1996, 2009) and Louvain or Leiden communities of its collaboration
 * layer, each with the reader's choice of k, method, resolution and seed. Pure: the caller loads the
 * network; results carry ids only.
 */

import {
  buildGraph,
  createRng,
  detectCommunities,
  frustration,
  type Graph,
  positiveLayer,
  signedBlockmodel,
} from '../../analysis/index.ts';
import { centerGraph } from '../load/center-graph.ts';
import type { CenterNetwork } from '../view/network.schema.ts';
import type { CenterBlockmodel, CenterCommunities } from './groups.schema.ts';

/** Doreian & Mrvar's and signnet's default: conflict inside and collaboration between weigh the same. */
const ALPHA = 0.5;

/**
 * The analysis view with every linked pair weighing 1: the centre's indicators and frustration index
 * count pairs, so the blockmodel's inconsistencies are pairs too and compare with L directly.
 */
function pairGraph(network: CenterNetwork): Graph {
  const view = centerGraph(network);
  const edges = Array.from({ length: view.size }, (_, e) => ({
    source: view.ids[view.edgeSource[e] as number] as string,
    target: view.ids[view.edgeTarget[e] as number] as string,
    sign: view.edgeSign[e] as 1 | -1,
  }));
  return buildGraph({ nodes: [...view.ids], edges, directed: false });
}

/** The signed blockmodel of `network` into at most `k` positions, seeded. */
export function centerBlockmodel(
  network: CenterNetwork,
  { k, seed }: { k: number; seed: number },
): Omit<CenterBlockmodel, 'centerId' | 'at'> {
  const graph = pairGraph(network);
  const model = signedBlockmodel(graph, { k, alpha: ALPHA, rng: createRng(seed) });
  const negativeWithin = model.negativeWithin.count;
  const positiveBetween = model.positiveBetween.count;
  // k = 2 is the frustration index's question: L beside the blockmodel, same view, same seed.
  const split = k === 2 ? frustration(graph, { rng: createRng(seed) }) : null;
  return {
    k,
    alpha: ALPHA,
    seed,
    nodes: model.membership.map((position, v) => ({
      id: graph.ids[v] as string,
      // The library parks untied nodes in the first tied node's position; they belong to none.
      position: (graph.out.offsets[v + 1] as number) > (graph.out.offsets[v] as number) ? position : null,
    })),
    positions: model.positions.length,
    image: model.image.map((cell) => ({
      from: cell.from,
      to: cell.to,
      positive: cell.positive.count,
      negative: cell.negative.count,
      type: cell.type,
      inconsistency: cell.inconsistency,
    })),
    inconsistencies: {
      negativeWithin,
      positiveBetween,
      total: negativeWithin + positiveBetween,
      weighted: model.criterion,
    },
    between: model.between.map(({ id, position, ties, reaches }) => ({ id, position, ties, reaches })),
    method: model.method,
    exact: model.exact,
    starts: model.starts,
    bestHits: model.bestHits,
    frustration: split ? { index: split.index, exact: split.exact } : null,
  };
}

/**
 * Communities of `network`'s collaboration layer by `method` at resolution γ, seeded: with Louvain, γ = 1
 * and seed 1 they are the stored analysis's communities.
 */
export function centerCommunities(
  network: CenterNetwork,
  settings: { method: 'louvain' | 'leiden'; resolution: number; seed: number },
): Omit<CenterCommunities, 'centerId' | 'at'> {
  const collaboration = positiveLayer(centerGraph(network));
  const found = detectCommunities(collaboration, settings);
  return {
    ...settings,
    count: found.count,
    modularity: found.modularity,
    disconnected: disconnectedCommunities(collaboration, found.membership, found.count),
    nodes: Array.from(found.membership, (community, v) => ({
      id: collaboration.ids[v] as string,
      community,
    })),
  };
}

/** How many communities fall apart into pieces when only ties inside the community are kept. */
export function disconnectedCommunities(graph: Graph, membership: Int32Array, count: number): number {
  const seen = new Uint8Array(graph.order);
  const pieces = new Int32Array(count);
  const stack: number[] = [];
  for (let start = 0; start < graph.order; start++) {
    if (seen[start]) continue;
    const community = membership[start] as number;
    pieces[community] = (pieces[community] as number) + 1;
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const v = stack.pop() as number;
      for (let s = graph.out.offsets[v] as number; s < (graph.out.offsets[v + 1] as number); s++) {
        const w = graph.out.targets[s] as number;
        if (seen[w] || membership[w] !== community) continue;
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  let disconnected = 0;
  for (const p of pieces) if (p > 1) disconnected++;
  return disconnected;
}

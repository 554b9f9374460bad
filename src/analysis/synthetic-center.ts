/**
 * A synthetic signed tie network of one centre, for benchmarks, tests and demos.
 *
 * A planted-partition model (Holland, Laskey & Leinhardt 1983, stochastic blockmodels) with hubs
 * (Chung & Lu 2002 expected-degree weights, Pareto-distributed, standing for juragan who hand out
 * work), grouped as DOMAIN.md §5 and §10 describe: firms cluster by product line or hamlet; those
 * clusters belong to two rival associations; collaboration (maklun, order sharing) stays mostly inside a
 * cluster, conflict (undercutting, copying) mostly runs between the associations, and a share of conflict
 * falls between competitors of the same association — the ties that keep the network from balance.
 */

import type { GraphInput, TieInput } from './graph-builder.ts';
import { type Rng, randomInt } from './rng.ts';

/** Shape of the synthetic centre. */
export interface SyntheticCenterOptions {
  firms: number;
  ties: number;
  /** Share of ties that are collaboration (+). */
  positiveShare: number;
  clusters: number;
  /** Share of collaboration ties inside a cluster (the rest join clusters of one association). */
  positiveWithinCluster: number;
  /** Share of collaboration ties that cross the two associations. */
  positiveAcrossAssociations: number;
  /** Share of conflict ties inside one association (competitors), the rest crossing them. */
  conflictWithinAssociation: number;
  /** Pareto shape of firm activity; smaller means stronger hubs. */
  hubShape: number;
  rng: Rng;
}

/** The benchmark centre of the brief: 500 firms, 3,000 ties, 85% collaboration. */
export const SYNTHETIC_CENTER_DEFAULTS: Omit<SyntheticCenterOptions, 'rng'> = {
  firms: 500,
  ties: 3000,
  positiveShare: 0.85,
  clusters: 12,
  positiveWithinCluster: 0.8,
  positiveAcrossAssociations: 0.03,
  conflictWithinAssociation: 0.2,
  hubShape: 2.5,
};

/** A synthetic centre as `buildGraph` input, with each firm's cluster and association. */
export interface SyntheticCenter {
  input: GraphInput;
  cluster: Record<string, string>;
  association: Record<string, string>;
}

/** Generates an undirected signed centre; the same rng state gives the same network. */
export function syntheticCenter(options: Partial<SyntheticCenterOptions> & { rng: Rng }): SyntheticCenter {
  const o = { ...SYNTHETIC_CENTER_DEFAULTS, ...options };
  const rng = o.rng;
  const nodes = Array.from({ length: o.firms }, (_, i) => `firm-${String(i + 1).padStart(4, '0')}`);
  // Uneven cluster sizes: a few large product lines, many small ones.
  const clusterWeights = Array.from({ length: o.clusters }, () => 0.3 + rng());
  const clusterOf = nodes.map(() => pick(rng, clusterWeights));
  const associationOfCluster = clusterWeights.map((_, c) => c % 2);
  const activity = nodes.map(() => (1 - rng()) ** (-1 / o.hubShape));
  const members = clusterWeights.map((_, c) => nodes.map((_, i) => i).filter((i) => clusterOf[i] === c));
  const inAssociation = [0, 1].map((a) =>
    nodes.map((_, i) => i).filter((i) => associationOfCluster[clusterOf[i] as number] === a),
  );

  const draw = (pool: number[]) =>
    pool[
      pick(
        rng,
        pool.map((i) => activity[i] as number),
      )
    ] as number;
  const seen = new Set<string>();
  const edges: TieInput[] = [];
  const positives = Math.round(o.ties * o.positiveShare);
  let guard = 0;
  while (edges.length < o.ties && guard++ < o.ties * 200) {
    const positive = edges.length < positives;
    const u = draw(nodes.map((_, i) => i));
    const ownCluster = members[clusterOf[u] as number] as number[];
    const ownAssociation = inAssociation[associationOfCluster[clusterOf[u] as number] as number] as number[];
    const otherAssociation = inAssociation[
      1 - (associationOfCluster[clusterOf[u] as number] as number)
    ] as number[];
    const r = rng();
    let pool: number[];
    if (positive) {
      if (r < o.positiveAcrossAssociations) pool = otherAssociation;
      else if (r < o.positiveAcrossAssociations + o.positiveWithinCluster) pool = ownCluster;
      else pool = ownAssociation;
    } else {
      pool = r < o.conflictWithinAssociation ? ownAssociation : otherAssociation;
    }
    if (pool.length < 2) continue;
    const v = draw(pool);
    const key = u < v ? `${u}-${v}` : `${v}-${u}`;
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    edges.push({
      source: nodes[u] as string,
      target: nodes[v] as string,
      sign: positive ? 1 : -1,
      weight: 1 + randomInt(rng, 5),
    });
  }
  return {
    input: { nodes, edges, directed: false },
    cluster: Object.fromEntries(nodes.map((id, i) => [id, `cluster-${clusterOf[i]}`])),
    association: Object.fromEntries(
      nodes.map((id, i) => [id, `association-${associationOfCluster[clusterOf[i] as number]}`]),
    ),
  };
}

function pick(rng: Rng, weights: number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

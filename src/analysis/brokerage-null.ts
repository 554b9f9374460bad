/**
 * Expected values, standard deviations and z-scores of the Gould–Fernandez roles, as R `sna::brokerage`
 * reports them (`exp.nli`, `sd.nli`, `z.nli`) and as Gould & Fernandez (1989) derived them.
 *
 * The null model keeps every node in its group (so the group sizes) and replaces the ties by a Bernoulli
 * graph of the observed density d = arcs / (N(N−1)): each ordered pair is tied independently with
 * probability d. An ordered pair (a, c) around broker v is then brokered with probability
 * p = d²(1−d) (a→v, v→c, no a→c), so a role's expected count is p times the number of pairs (a, c) whose
 * groups fit the role. Two pairs are dependent only when they share their source (the tie a→v) or their
 * destination (v→c); such a pair of pairs has covariance d³(1−d)³, which gives the variance exactly
 * under this model. Undirected views count each tie as two arcs, as sna does on a symmetric matrix;
 * there the two directions are not independent, so the moments are an approximation (as in UCINET).
 */

import { type BrokerageOptions, type BrokerageRoles, brokerage, groupCensus } from './brokerage.ts';
import type { Graph } from './graph.ts';

/** The five roles and their total, in the order of `BrokerageRoles`. */
export const BROKERAGE_ROLES = [
  'coordinator',
  'itinerant',
  'gatekeeper',
  'representative',
  'liaison',
  'total',
] as const;

/** One of the five roles, or their total. */
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** A number per role, z-scores being null where the standard deviation is 0 (the role cannot occur). */
export type RoleValues<T = number> = Record<BrokerageRole, T>;

/** Observed counts with their expectation, standard deviation and z-score under the null model. */
export interface BrokerageScore {
  observed: BrokerageRoles;
  expected: RoleValues;
  sd: RoleValues;
  z: RoleValues<number | null>;
}

/** What `brokerageScores` answers: one score per node (indexed like `graph.ids`) and the model's inputs. */
export interface BrokerageScores {
  /** Arcs ÷ N(N−1), an undirected tie counting as two arcs. */
  density: number;
  /** Group labels with their sizes, in order of first appearance among `graph.ids`. */
  groups: { label: string; size: number }[];
  nodes: BrokerageScore[];
}

/** Expected values and variances of each role for a broker of one group (sna's `exp.grp`, `sd.grp`²). */
export interface RoleMoments {
  expected: RoleValues;
  variance: RoleValues;
}

/**
 * Moments of a broker's role counts when its group has `sizes[group]` members (the broker included), the
 * other groups `sizes[j]`, and ties are independent with probability `density`.
 */
export function brokerageMoments(sizes: readonly number[], group: number, density: number): RoleMoments {
  const d = density;
  const p = d * d * (1 - d);
  const q = d ** 3 * (1 - d) ** 3;
  const total = sizes.reduce((s, x) => s + x, 0);
  const own = sizes[group] as number;
  const rest = total - own;
  let outPairs = 0; // Σ_{j≠i} n_j(n_j−1): ordered pairs inside one other group
  let outTriples = 0; // Σ_{j≠i} n_j(n_j−1)(n_j−2)
  let outSquares = 0; // Σ_{j≠i} n_j²
  let liaisonShared = 0;
  sizes.forEach((n, j) => {
    if (j === group) return;
    outPairs += n * (n - 1);
    outTriples += n * (n - 1) * (n - 2);
    outSquares += n * n;
    const others = rest - n; // nodes of a third group, for the other end
    liaisonShared += 2 * n * others * (others - 1);
  });
  // Pairs (a, c) of each role, and ordered pairs of such pairs that share a or c.
  const pairs: RoleValues = {
    coordinator: (own - 1) * (own - 2),
    itinerant: outPairs,
    gatekeeper: rest * (own - 1),
    representative: (own - 1) * rest,
    liaison: rest * rest - outSquares,
    total: (total - 1) * (total - 2),
  };
  const crossShared = (own - 1) * rest * (rest - 1) + rest * (own - 1) * (own - 2);
  const shared: RoleValues = {
    coordinator: 2 * (own - 1) * (own - 2) * (own - 3),
    itinerant: 2 * outTriples,
    gatekeeper: crossShared,
    representative: crossShared,
    liaison: liaisonShared,
    total: 2 * (total - 1) * (total - 2) * (total - 3),
  };
  const expected = {} as RoleValues;
  const variance = {} as RoleValues;
  for (const role of BROKERAGE_ROLES) {
    expected[role] = pairs[role] * p;
    variance[role] = Math.max(0, pairs[role] * p * (1 - p) + shared[role] * q);
  }
  return { expected, variance };
}

/** Observed roles of every node with expectations, standard deviations and z-scores (sna `brokerage`). */
export function brokerageScores(graph: Graph, options: BrokerageOptions): BrokerageScores {
  const observed = brokerage(graph, options);
  const { codes, sizes, labels } = groupCensus(graph, options.groups);
  const n = graph.order;
  const arcs = graph.directed ? graph.size : 2 * graph.size;
  const density = n > 1 ? arcs / (n * (n - 1)) : 0;
  const byGroup = sizes.map((_, g) => brokerageMoments(sizes, g, density));
  return {
    density,
    groups: labels.map((label, g) => ({ label, size: sizes[g] as number })),
    nodes: observed.map((roles, i) => {
      const { expected, variance } = byGroup[codes[i] as number] as RoleMoments;
      const sd = {} as RoleValues;
      const z = {} as RoleValues<number | null>;
      for (const role of BROKERAGE_ROLES) {
        sd[role] = Math.sqrt(variance[role]);
        z[role] = sd[role] > 0 ? (roles[role] - expected[role]) / sd[role] : null;
      }
      return { observed: roles, expected, sd, z };
    }),
  };
}

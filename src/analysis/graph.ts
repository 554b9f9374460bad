/**
 * A compact, immutable graph in compressed sparse rows (CSR), the layout of Gustavson (1978)
 * "Two fast algorithms for sparse matrices" as used by igraph and NetworKit.
 *
 * Every algorithm in `src/analysis/` reads this structure. Nodes are dense indices 0…n−1 with their
 * string ids kept aside; each row of an adjacency is sorted by target. Undirected graphs store each
 * tie in both rows and share one adjacency for `out` and `in`.
 */

/** How the weights of parallel ties between the same pair collapse into one. */
export type WeightRule = 'sum' | 'max' | 'count';

/** One row-compressed adjacency: the neighbours of node i are `targets[offsets[i]…offsets[i+1])`. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Non-negative magnitude of each slot's tie (strength, not length). */
  readonly weights: Float64Array;
  /** +1 collaboration, −1 conflict. */
  readonly signs: Int8Array;
  /** The id (index into the graph's edge arrays) of each slot's tie. */
  readonly edges: Int32Array;
}

/** What collapsing the input into a simple graph did, so a caller can report it. */
export interface CollapseReport {
  weightRule: WeightRule;
  /** Ties given to the builder. */
  inputTies: number;
  /** Ties merged into another tie between the same (ordered, when directed) pair. */
  parallelTies: number;
  /** Pairs that carried both signs; their sign is the one with more weight, ties going negative. */
  ambivalentDyads: number;
  /** Ties from a node to itself, dropped. */
  selfLoops: number;
}

/** A simple (no parallel ties, no self-loops) signed, weighted graph. */
export interface Graph {
  readonly directed: boolean;
  /** Node ids by index. */
  readonly ids: readonly string[];
  /** Index of each node id. */
  readonly index: ReadonlyMap<string, number>;
  /** Number of nodes n. */
  readonly order: number;
  /** Number of ties m (pairs when undirected, arcs when directed). */
  readonly size: number;
  /** Tie endpoints; undirected ties have `edgeSource < edgeTarget`. Sorted by (source, target). */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeWeight: Float64Array;
  readonly edgeSign: Int8Array;
  /** Out-ties (all ties when undirected). */
  readonly out: Adjacency;
  /** In-ties; the same object as `out` when undirected. */
  readonly in: Adjacency;
  readonly collapse: CollapseReport;
}

/** Ties as parallel arrays of node indices, the form the builders hand to `assembleGraph`. */
export interface IndexedTies {
  source: ArrayLike<number>;
  target: ArrayLike<number>;
  sign: ArrayLike<number>;
  weight: ArrayLike<number>;
}

interface DyadTotals {
  positiveWeight: number[];
  negativeWeight: number[];
  positiveCount: number[];
  negativeCount: number[];
  positiveMax: number[];
  negativeMax: number[];
}

/** Builds a graph from already-validated indexed ties, collapsing parallel ties by `rule`. */
export function assembleGraph(
  ids: readonly string[],
  directed: boolean,
  ties: IndexedTies,
  rule: WeightRule,
): Graph {
  const n = ids.length;
  const dyadOf = new Map<number, number>();
  const keys: number[] = [];
  const totals: DyadTotals = {
    positiveWeight: [],
    negativeWeight: [],
    positiveCount: [],
    negativeCount: [],
    positiveMax: [],
    negativeMax: [],
  };
  let selfLoops = 0;
  const count = ties.source.length;
  for (let i = 0; i < count; i++) {
    let u = ties.source[i] as number;
    let v = ties.target[i] as number;
    if (u === v) {
      selfLoops++;
      continue;
    }
    if (!directed && u > v) [u, v] = [v, u];
    const key = u * n + v;
    let d = dyadOf.get(key);
    if (d === undefined) {
      d = keys.length;
      dyadOf.set(key, d);
      keys.push(key);
      totals.positiveWeight.push(0);
      totals.negativeWeight.push(0);
      totals.positiveCount.push(0);
      totals.negativeCount.push(0);
      totals.positiveMax.push(0);
      totals.negativeMax.push(0);
    }
    const w = ties.weight[i] as number;
    if ((ties.sign[i] as number) > 0)
      add(totals.positiveWeight, totals.positiveCount, totals.positiveMax, d, w);
    else add(totals.negativeWeight, totals.negativeCount, totals.negativeMax, d, w);
  }

  const sorted = Float64Array.from(keys).sort();
  const m = sorted.length;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  const edgeSign = new Int8Array(m);
  let ambivalentDyads = 0;
  for (let e = 0; e < m; e++) {
    const key = sorted[e] as number;
    const d = dyadOf.get(key) as number;
    edgeSource[e] = Math.floor(key / n);
    edgeTarget[e] = key - (edgeSource[e] as number) * n;
    const pw = totals.positiveWeight[d] as number;
    const nw = totals.negativeWeight[d] as number;
    const pc = totals.positiveCount[d] as number;
    const nc = totals.negativeCount[d] as number;
    if (pc > 0 && nc > 0) ambivalentDyads++;
    const positive = pw > nw;
    edgeSign[e] = positive ? 1 : -1;
    edgeWeight[e] = collapsedWeight(
      rule,
      positive ? pw : nw,
      positive ? pc : nc,
      positive ? (totals.positiveMax[d] as number) : (totals.negativeMax[d] as number),
    );
  }

  const out = directed
    ? rowsFrom(n, edgeSource, edgeTarget, edgeWeight, edgeSign, false)
    : rowsFrom(n, edgeSource, edgeTarget, edgeWeight, edgeSign, true);
  const inRows = directed ? rowsFrom(n, edgeTarget, edgeSource, edgeWeight, edgeSign, false) : out;
  return {
    directed,
    ids,
    index: new Map(ids.map((id, i) => [id, i])),
    order: n,
    size: m,
    edgeSource,
    edgeTarget,
    edgeWeight,
    edgeSign,
    out,
    in: inRows,
    collapse: {
      weightRule: rule,
      inputTies: count,
      parallelTies: count - selfLoops - m,
      ambivalentDyads,
      selfLoops,
    },
  };
}

function add(weights: number[], counts: number[], maxima: number[], d: number, w: number): void {
  weights[d] = (weights[d] as number) + w;
  counts[d] = (counts[d] as number) + 1;
  if (w > (maxima[d] as number)) maxima[d] = w;
}

function collapsedWeight(rule: WeightRule, sum: number, count: number, max: number): number {
  if (rule === 'sum') return sum;
  if (rule === 'max') return max;
  return count;
}

// Edges arrive sorted by (from, to), so filling rows in edge order leaves every row sorted by target:
// for an undirected node x, the ties (u, x) with u < x all precede the ties (x, v) in edge order.
function rowsFrom(
  n: number,
  from: Int32Array,
  to: Int32Array,
  weight: Float64Array,
  sign: Int8Array,
  bothWays: boolean,
): Adjacency {
  const m = from.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const a = (from[e] as number) + 1;
    offsets[a] = (offsets[a] as number) + 1;
    if (bothWays) {
      const b = (to[e] as number) + 1;
      offsets[b] = (offsets[b] as number) + 1;
    }
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const slots = bothWays ? 2 * m : m;
  const targets = new Int32Array(slots);
  const weights = new Float64Array(slots);
  const signs = new Int8Array(slots);
  const edges = new Int32Array(slots);
  const cursor = offsets.slice(0, n);
  const place = (a: number, b: number, e: number) => {
    const slot = cursor[a] as number;
    cursor[a] = slot + 1;
    targets[slot] = b;
    weights[slot] = weight[e] as number;
    signs[slot] = sign[e] as number;
    edges[slot] = e;
  };
  for (let e = 0; e < m; e++) {
    place(from[e] as number, to[e] as number, e);
    if (bothWays) place(to[e] as number, from[e] as number, e);
  }
  return { offsets, targets, weights, signs, edges };
}

/** Whether the tie u→v (or u–v when undirected) exists; binary search in u's sorted row. */
export function hasEdge(graph: Graph, u: number, v: number): boolean {
  return edgeBetween(graph, u, v) >= 0;
}

/** The id of the tie u→v (u–v when undirected), or −1. */
export function edgeBetween(graph: Graph, u: number, v: number): number {
  const { offsets, targets, edges } = graph.out;
  let lo = offsets[u] as number;
  let hi = (offsets[u + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = targets[mid] as number;
    if (t === v) return edges[mid] as number;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

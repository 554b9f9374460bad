/**
 * Multiplex layers (METHODS.md §3 "Layers"): each tie type is its own layer over the same nodes, never
 * merged by default, because knowledge and business networks diverge (Giuliani 2007). Per layer: its
 * linked pairs, density, connected groups and the share of nodes it reaches; between layers: the Jaccard
 * index of their undirected pair sets, |A∩B|/|A∪B| (as UCINET's and multinet's layer comparison).
 */

/** One tie of a layer; direction is ignored (a layer is compared as a set of unordered pairs). */
export interface LayerTie {
  source: string;
  target: string;
  layer: string;
}

/** The indicators of one layer. */
export interface LayerIndicators {
  layer: string;
  /** Unordered pairs linked in this layer (parallel ties and both directions count once). */
  ties: number;
  /** ties / (n(n−1)/2) over all n nodes; 0 when n ≤ 1. */
  density: number;
  /** Connected groups of the layer's active nodes (nodes without a tie in the layer are not counted). */
  components: number;
  /** Nodes with at least one tie in the layer. */
  activeNodes: number;
  /** activeNodes / n; null when there are no nodes. */
  activeShare: number | null;
}

/** Every layer's indicators, their overlap and how many pairs are tied in more than one layer. */
export interface MultiplexSummary {
  layers: LayerIndicators[];
  /** overlap[i][j]: Jaccard index of the pair sets of layers i and j; null when both are empty. */
  overlap: (number | null)[][];
  /** Pairs linked in any layer. */
  pairs: number;
  /** Pairs linked in two or more layers (dyad multiplexity ≥ 2). */
  multiplexPairs: number;
}

/**
 * Layers of `ties` over `nodes`, in the order of `layerOrder` (default: first appearance; layers named
 * there but without ties are reported empty). Ties with an end outside `nodes`, and self-ties, are left out.
 */
export function multiplexLayers(
  nodes: readonly string[],
  ties: readonly LayerTie[],
  layerOrder?: readonly string[],
): MultiplexSummary {
  const index = new Map(nodes.map((id, i) => [id, i]));
  const n = nodes.length;
  const pairsOf = new Map<string, Set<number>>(layerOrder?.map((layer) => [layer, new Set<number>()]));
  for (const tie of ties) {
    const u = index.get(tie.source);
    const v = index.get(tie.target);
    if (u === undefined || v === undefined || u === v) continue;
    const set = pairsOf.get(tie.layer) ?? new Set<number>();
    set.add(Math.min(u, v) * n + Math.max(u, v));
    pairsOf.set(tie.layer, set);
  }
  const names = [...pairsOf.keys()];
  const sets = names.map((name) => pairsOf.get(name) as Set<number>);
  const possible = (n * (n - 1)) / 2;
  const layers = names.map((layer, i) => {
    const pairs = sets[i] as Set<number>;
    const { groups, active } = groupsOf(pairs, n);
    return {
      layer,
      ties: pairs.size,
      density: possible > 0 ? pairs.size / possible : 0,
      components: groups,
      activeNodes: active,
      activeShare: n > 0 ? active / n : null,
    };
  });
  const overlap = sets.map((a) => sets.map((b) => jaccard(a, b)));
  const layerCount = new Map<number, number>();
  for (const set of sets) for (const key of set) layerCount.set(key, (layerCount.get(key) ?? 0) + 1);
  const multiplexPairs = [...layerCount.values()].filter((count) => count > 1).length;
  return { layers, overlap, pairs: layerCount.size, multiplexPairs };
}

/** |A∩B| / |A∪B|; null when both sets are empty. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number | null {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const key of small) if (large.has(key)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? null : common / union;
}

// Connected groups among the nodes the pairs touch, by union–find with path halving.
function groupsOf(pairs: ReadonlySet<number>, n: number): { groups: number; active: number } {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let p = parent.get(x) as number;
    while (p !== x) {
      const grand = parent.get(p) as number;
      parent.set(x, grand);
      x = p;
      p = grand;
    }
    return x;
  };
  let groups = 0;
  for (const key of pairs) {
    const ends = [Math.floor(key / n), key % n];
    for (const end of ends) {
      if (!parent.has(end)) {
        parent.set(end, end);
        groups++;
      }
    }
    const a = find(ends[0] as number);
    const b = find(ends[1] as number);
    if (a !== b) {
      parent.set(a, b);
      groups--;
    }
  }
  return { groups, active: parent.size };
}

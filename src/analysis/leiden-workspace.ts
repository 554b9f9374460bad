/**
 * Scratch arrays shared by every level and iteration of one Leiden run. Levels only shrink, so arrays
 * sized for the first level serve them all; allocating them per level cost more than the moves on small
 * graphs. Accumulators (`sum`, `flag`) are left zeroed by whoever used them.
 */

/** The scratch arrays of one Leiden run on a graph of `n` nodes. */
export interface Workspace {
  /** Per community: total node weight, member count. */
  weight: Float64Array;
  size: Int32Array;
  /** A stack of labels (empty communities), or any list of node indices. */
  stack: Int32Array;
  /** The move queue, or the refinement's visiting order. */
  queue: Int32Array;
  /** Per node or community: queued, merged. */
  flag: Uint8Array;
  mark: Uint8Array;
  /** Tie weight to each community seen from the current node; zero between uses. */
  sum: Float64Array;
  /** Communities seen from the current node (one more slot for an empty label). */
  touched: Int32Array;
  /** Per refined community: tie weight to the rest of its community; candidates' gains. */
  outside: Float64Array;
  gains: Float64Array;
  /** Refined community of every node. */
  refined: Int32Array;
  /** Total node weight of every community (refinement). */
  total: Float64Array;
}

/** Scratch arrays for a run whose first level has `n` nodes. */
export function createWorkspace(n: number): Workspace {
  return {
    weight: new Float64Array(n),
    size: new Int32Array(n),
    stack: new Int32Array(n),
    queue: new Int32Array(n),
    flag: new Uint8Array(n),
    mark: new Uint8Array(n),
    sum: new Float64Array(n),
    touched: new Int32Array(n + 1),
    outside: new Float64Array(n),
    gains: new Float64Array(n),
    refined: new Int32Array(n),
    total: new Float64Array(n),
  };
}

/** Fills `items[0…n)` with 0…n−1 and shuffles it (Fisher–Yates, as `shuffle` in rng.ts). */
export function shuffledRange(items: Int32Array, n: number, rng: () => number): void {
  for (let i = 0; i < n; i++) items[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i] as number;
    items[i] = items[j] as number;
    items[j] = tmp;
  }
}

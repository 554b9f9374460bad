/**
 * The unweighted (hop-count) path sweep: Brandes' algorithm with direction-optimising breadth-first
 * search and a successor-list backward pass.
 *
 * Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociology 25(2), 163–177.
 * Beamer, S., Asanović, K., Patterson, D. (2012). Direction-optimizing breadth-first search. SC '12.
 * Each level is expanded either top-down (scan the frontier's out-ties) or bottom-up (scan the in-ties
 * of the nodes not reached yet), whichever scans fewer tie slots; on small-world graphs most ties lie
 * between the last levels, so bottom-up skips most of them, and once every node is reached the last
 * level is not scanned at all. Top-down levels record each node's successors and bottom-up levels each
 * node's predecessors, in flat arrays written in order, so the backward pass reads them sequentially:
 * with c(v) = 1/σ(v) + Σ_{w succ v} c(w), the dependency is δ(v) = σ(v)·(c(v) − 1/σ(v)).
 */

import type { SweepGraph, SweepSums } from './path-sweep.ts';

/** Buffers for one thread's sweep, allocated once and reused for every source. */
export class HopSweep {
  private readonly dist: Int32Array;
  private readonly sigma: Float64Array;
  private readonly coef: Float64Array;
  private readonly pushed: Float64Array;
  private readonly queue: Int32Array;
  private readonly rest: Int32Array;
  private readonly succ: Int32Array;
  private readonly pred: Int32Array;
  /** By queue position: end of that node's successor run in `succ` (empty when not expanded top-down). */
  private readonly succEnd: Int32Array;
  /** By queue position: end of that node's predecessor run in `pred` (empty when found top-down). */
  private readonly predEnd: Int32Array;
  private tail = 0;
  private succCount = 0;
  private predCount = 0;
  private restCount = 0;

  constructor(private readonly graph: SweepGraph) {
    const n = graph.order;
    this.dist = new Int32Array(n).fill(-1);
    this.sigma = new Float64Array(n);
    this.coef = new Float64Array(n);
    this.pushed = new Float64Array(n);
    this.queue = new Int32Array(n);
    this.rest = new Int32Array(n);
    this.succ = new Int32Array(graph.out.targets.length);
    this.pred = new Int32Array(graph.in.targets.length);
    this.succEnd = new Int32Array(n);
    this.predEnd = new Int32Array(n);
  }

  /** Runs sources `from`…`to − 1`, adding into `sums`. */
  run(from: number, to: number, sums: SweepSums): void {
    for (let s = from; s < to; s++) {
      this.search(s);
      addDistances(this.queue, this.tail, this.dist, sums);
      // The backward pass clears each node's distance as it goes (one pass over the queue fewer).
      if (sums.betweenness) this.accumulate(sums.betweenness);
      else for (let i = 1; i < this.tail; i++) this.dist[this.queue[i] as number] = -1;
      this.pushed[s] = 0;
      this.dist[s] = -1;
    }
  }

  /** Breadth-first search from `s`, level by level, choosing each level's direction. */
  private search(s: number): void {
    const { offsets } = this.graph.out;
    const n = this.graph.order;
    this.queue[0] = s;
    this.dist[s] = 0;
    this.sigma[s] = 1;
    this.predEnd[0] = 0;
    this.tail = 1;
    this.succCount = 0;
    this.predCount = 0;
    this.restCount = -1;
    let levelStart = 0;
    let levelEnd = 1;
    let level = 0;
    let unreached = n - 1;
    let frontierSlots = (offsets[s + 1] as number) - (offsets[s] as number);
    let unreachedSlots = this.graph.out.targets.length - frontierSlots;
    while (levelStart < levelEnd) {
      let nextSlots = 0;
      if (unreached === 0) this.skipLevel(levelStart, levelEnd);
      else if (frontierSlots <= unreachedSlots) nextSlots = this.topDown(levelStart, levelEnd, level + 1);
      else {
        this.skipLevel(levelStart, levelEnd);
        nextSlots = this.bottomUp(level);
      }
      unreached -= this.tail - levelEnd;
      unreachedSlots -= nextSlots;
      frontierSlots = nextSlots;
      levelStart = levelEnd;
      levelEnd = this.tail;
      level++;
    }
  }

  /** Marks the nodes at queue positions `from`…`to − 1` as having no recorded successors. */
  private skipLevel(from: number, to: number): void {
    for (let i = from; i < to; i++) this.succEnd[i] = this.succCount;
  }

  /** Expands one level by its out-ties; returns the out-degree sum of the nodes it reached. */
  private topDown(from: number, to: number, next: number): number {
    const { offsets, targets } = this.graph.out;
    const { dist, sigma, queue, succ, succEnd, predEnd } = this;
    const p = this.predCount;
    let tail = this.tail;
    let m = this.succCount;
    let reachedSlots = 0;
    for (let i = from; i < to; i++) {
      const v = queue[i] as number;
      const sv = sigma[v] as number;
      const end = offsets[v + 1] as number;
      for (let k = offsets[v] as number; k < end; k++) {
        const w = targets[k] as number;
        if ((dist[w] as number) < 0) {
          dist[w] = next;
          sigma[w] = 0;
          predEnd[tail] = p;
          queue[tail++] = w;
          reachedSlots += (offsets[w + 1] as number) - (offsets[w] as number);
        }
        // Branch-free, as in bottomUp: a tie to the next level or not.
        const on = +(dist[w] === next);
        sigma[w] = (sigma[w] as number) + sv * on;
        succ[m] = w;
        m += on;
      }
      succEnd[i] = m;
    }
    this.tail = tail;
    this.succCount = m;
    return reachedSlots;
  }

  /** Finds the next level by the in-ties of the nodes not reached yet; returns their out-degree sum. */
  private bottomUp(level: number): number {
    const { offsets } = this.graph.out;
    const { offsets: inOffsets, targets: inTargets } = this.graph.in;
    const { dist, sigma, queue, pred, predEnd, rest } = this;
    if (this.restCount < 0) {
      let count = 0;
      for (let u = 0; u < this.graph.order; u++) if ((dist[u] as number) < 0) rest[count++] = u;
      this.restCount = count;
    }
    let tail = this.tail;
    let p = this.predCount;
    let kept = 0;
    let reachedSlots = 0;
    for (let r = 0; r < this.restCount; r++) {
      const u = rest[r] as number;
      // Reached by a top-down level since the list was made (bottom-up, top-down, bottom-up again).
      if ((dist[u] as number) >= 0) continue;
      const start = p;
      let su = 0;
      const end = inOffsets[u + 1] as number;
      // Branch-free: whether x is on the level is a coin toss at the last levels, which a branch mispredicts.
      for (let k = inOffsets[u] as number; k < end; k++) {
        const x = inTargets[k] as number;
        const on = +(dist[x] === level);
        su += (sigma[x] as number) * on;
        pred[p] = x;
        p += on;
      }
      if (p > start) {
        dist[u] = level + 1;
        sigma[u] = su;
        queue[tail] = u;
        predEnd[tail++] = p;
        reachedSlots += (offsets[u + 1] as number) - (offsets[u] as number);
      } else rest[kept++] = u;
    }
    this.restCount = kept;
    this.tail = tail;
    this.predCount = p;
    return reachedSlots;
  }

  /** Brandes' backward pass in reverse breadth-first order, adding into `sums`; clears `dist` on the way. */
  private accumulate(sums: Float64Array): void {
    const { dist, sigma, coef, pushed, queue, succ, pred, succEnd, predEnd } = this;
    let k = this.succCount;
    let q = this.predCount;
    for (let i = this.tail - 1; i > 0; i--) {
      const v = queue[i] as number;
      dist[v] = -1;
      const start = succEnd[i - 1] as number;
      let below = pushed[v] as number;
      pushed[v] = 0;
      while (k > start) below += coef[succ[--k] as number] as number;
      const sv = sigma[v] as number;
      const c = 1 / sv + below;
      coef[v] = c;
      sums[v] = (sums[v] as number) + sv * below;
      const predStart = predEnd[i - 1] as number;
      while (q > predStart) {
        const x = pred[--q] as number;
        pushed[x] = (pushed[x] as number) + c;
      }
    }
  }
}

/** Adds each reached node's distance from the source (and its inverse, and a count) into `sums`. */
export function addDistances(
  order: Int32Array,
  count: number,
  dist: ArrayLike<number>,
  sums: SweepSums,
): void {
  const { distanceSum, reached, harmonic } = sums;
  if (!distanceSum && !reached && !harmonic) return;
  for (let i = 1; i < count; i++) {
    const w = order[i] as number;
    const d = dist[w] as number;
    if (distanceSum) distanceSum[w] = (distanceSum[w] as number) + d;
    if (reached) reached[w] = (reached[w] as number) + 1;
    if (harmonic) harmonic[w] = (harmonic[w] as number) + 1 / d;
  }
}

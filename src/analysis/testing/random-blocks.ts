/** Random signed blocks for the frustration tests. */

import { type SignedProblem, withAdjacency } from '../frustration/signed-problem.ts';
import type { Rng } from '../rng.ts';

/** A simple signed graph on n nodes: each pair tied with probability `density`, negative with `negativeShare`. */
export function randomProblem(rng: Rng, n: number, density: number, negativeShare: number): SignedProblem {
  const a: number[] = [];
  const b: number[] = [];
  const sign: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (rng() >= density) continue;
      a.push(i);
      b.push(j);
      sign.push(rng() < negativeShare ? -1 : 1);
    }
  }
  const nodes = Int32Array.from({ length: n }, (_, v) => v);
  return withAdjacency(
    n,
    nodes,
    Int32Array.from(a, (_, e) => e),
    Int32Array.from(a),
    Int32Array.from(b),
    Int8Array.from(sign),
  );
}

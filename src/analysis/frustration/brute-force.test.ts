import { describe, expect, it } from 'vitest';
import { createRng } from '../rng.ts';
import { randomProblem } from '../testing/random-blocks.ts';
import { bruteForce } from './brute-force.ts';

// Every split, each tie's state counted directly: the optima and which ties they frustrate.
function everySplit(problem: ReturnType<typeof randomProblem>) {
  const m = problem.a.length;
  let best = Number.POSITIVE_INFINITY;
  let optima = 0;
  let inAll: boolean[] = [];
  let inSome: boolean[] = [];
  for (let mask = 0; mask < 2 ** Math.max(0, problem.n - 1); mask++) {
    const camp = (v: number) => (v > 0 && (mask >> (v - 1)) & 1 ? -1 : 1);
    const frustrated = Array.from(
      { length: m },
      (_, e) => problem.sign[e] !== camp(problem.a[e] as number) * camp(problem.b[e] as number),
    );
    const cost = frustrated.filter(Boolean).length;
    if (cost < best) {
      best = cost;
      optima = 0;
      inAll = frustrated.slice();
      inSome = frustrated.slice();
    }
    if (cost === best) {
      optima++;
      inAll = inAll.map((f, e) => f && (frustrated[e] as boolean));
      inSome = inSome.map((f, e) => f || (frustrated[e] as boolean));
    }
  }
  return { best, optima, inAll, inSome };
}

describe('brute force', () => {
  it('finds every optimum and the ties each frustrates, on 400 random blocks', () => {
    const rng = createRng(5);
    for (let trial = 0; trial < 400; trial++) {
      const problem = randomProblem(rng, 1 + Math.floor(rng() * 13), rng(), rng());
      const truth = everySplit(problem);
      const all = bruteForce(problem);
      expect(all.frustration, `trial ${trial}`).toBe(truth.best);
      expect(all.optima, `trial ${trial}`).toBe(truth.optima);
      expect(Array.from(all.inAll, Boolean), `trial ${trial}`).toEqual(truth.inAll);
      expect(Array.from(all.inSome, Boolean), `trial ${trial}`).toEqual(truth.inSome);
      expect(all.camps[0]).toBe(1);
      let cost = 0;
      for (let e = 0; e < problem.a.length; e++) {
        if (
          problem.sign[e] !==
          (all.camps[problem.a[e] as number] as number) * (all.camps[problem.b[e] as number] as number)
        )
          cost++;
      }
      expect(cost).toBe(truth.best);
    }
  });
});

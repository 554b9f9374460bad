import { describe, expect, it } from 'vitest';
import { createRng } from '../rng.ts';
import { randomProblem } from '../testing/random-blocks.ts';
import { bruteForce } from './brute-force.ts';
import { cyclePacking } from './cycle-packing.ts';
import { type Camps, withAdjacency } from './signed-problem.ts';

describe('cycle packing', () => {
  it('never exceeds the exact frustration, whatever split guides it, on 300 random blocks', () => {
    const rng = createRng(9);
    let proven = 0;
    for (let trial = 0; trial < 300; trial++) {
      const problem = randomProblem(rng, 4 + Math.floor(rng() * 12), 0.2 + rng() * 0.7, rng());
      const exact = bruteForce(problem);
      const random: Camps = Int8Array.from({ length: problem.n }, () => (rng() < 0.5 ? 1 : -1));
      for (const camps of [exact.camps, random]) {
        const bound = cyclePacking(problem, camps, { attempts: 4, rng: createRng(trial) });
        expect(bound, `trial ${trial}`).toBeLessThanOrEqual(exact.frustration);
        expect(bound).toBeGreaterThanOrEqual(0);
      }
      if (cyclePacking(problem, exact.camps, { attempts: 16, rng: createRng(trial) }) === exact.frustration)
        proven++;
    }
    // Guided by an optimum, the packing proves most small blocks optimal.
    expect(proven).toBeGreaterThan(240);
  });

  it('finds k edge-disjoint unbalanced triangles around a hub, and only the allowed ones', () => {
    // Hub 0 with k pairs (2i+1, 2i+2): each triangle 0–a–b has one negative tie, a–b.
    const k = 6;
    const a: number[] = [];
    const b: number[] = [];
    const sign: number[] = [];
    for (let i = 0; i < k; i++) {
      a.push(0, 0, 2 * i + 1);
      b.push(2 * i + 1, 2 * i + 2, 2 * i + 2);
      sign.push(1, 1, -1);
    }
    const n = 2 * k + 1;
    const problem = withAdjacency(
      n,
      Int32Array.from({ length: n }, (_, v) => v),
      Int32Array.from(a, (_, e) => e),
      Int32Array.from(a),
      Int32Array.from(b),
      Int8Array.from(sign),
    );
    const together: Camps = new Int8Array(n).fill(1);
    expect(cyclePacking(problem, together, { attempts: 1, rng: createRng(1) })).toBe(k);
    const allowed = new Uint8Array(n).fill(1);
    allowed[1] = 0;
    allowed[3] = 0;
    expect(cyclePacking(problem, together, { attempts: 1, rng: createRng(1), allowed })).toBe(k - 2);
  });
});

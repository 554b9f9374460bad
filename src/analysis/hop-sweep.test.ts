import { describe, expect, it } from 'vitest';
import type { Graph } from './graph.ts';
import { buildGraph } from './graph-builder.ts';
import { HopSweep } from './hop-sweep.ts';
import { createRng } from './rng.ts';

// Textbook Brandes (2001) with a plain queue and predecessor lists: the sweep's levels may go top-down
// or bottom-up, and both must give these sums.
function textbookSums(graph: Graph): { betweenness: number[]; distanceSum: number[]; reached: number[] } {
  const n = graph.order;
  const betweenness = new Array<number>(n).fill(0);
  const distanceSum = new Array<number>(n).fill(0);
  const reached = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const preds: number[][] = Array.from({ length: n }, () => []);
    const order: number[] = [s];
    dist[s] = 0;
    sigma[s] = 1;
    for (let h = 0; h < order.length; h++) {
      const v = order[h] as number;
      for (let k = graph.out.offsets[v] as number; k < (graph.out.offsets[v + 1] as number); k++) {
        const w = graph.out.targets[k] as number;
        if ((dist[w] as number) < 0) {
          dist[w] = (dist[v] as number) + 1;
          order.push(w);
        }
        if (dist[w] === (dist[v] as number) + 1) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
          preds[w]?.push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    for (let i = order.length - 1; i > 0; i--) {
      const w = order[i] as number;
      for (const v of preds[w] ?? [])
        delta[v] =
          (delta[v] as number) + ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      betweenness[w] = (betweenness[w] as number) + (delta[w] as number);
      distanceSum[w] = (distanceSum[w] as number) + (dist[w] as number);
      reached[w] = (reached[w] as number) + 1;
    }
  }
  return { betweenness, distanceSum, reached };
}

function expectTextbookSums(graph: Graph): void {
  const n = graph.order;
  const expected = textbookSums(graph);
  const sums = {
    betweenness: new Float64Array(n),
    distanceSum: new Float64Array(n),
    reached: new Float64Array(n),
  };
  new HopSweep(graph).run(0, n, sums);
  expect(Array.from(sums.distanceSum)).toEqual(expected.distanceSum);
  expect(Array.from(sums.reached)).toEqual(expected.reached);
  for (const [i, value] of sums.betweenness.entries()) {
    expect(value).toBeCloseTo(expected.betweenness[i] as number, 8);
  }
}

function randomGraph(n: number, m: number, directed: boolean, seed: number): Graph {
  const rng = createRng(seed);
  const edges = Array.from({ length: m }, () => ({
    source: String(Math.floor(rng() * n)),
    target: String(Math.floor(rng() * n)),
  }));
  return buildGraph({ nodes: Array.from({ length: n }, (_, i) => String(i)), edges, directed });
}

describe('hop sweep', () => {
  // Dense graphs reach everyone (bottom-up levels, last level skipped); sparse ones leave components apart.
  const cases = [
    { n: 300, m: 3000, directed: false },
    { n: 300, m: 3000, directed: true },
    { n: 200, m: 150, directed: false },
    { n: 200, m: 250, directed: true },
    { n: 400, m: 1200, directed: false },
  ];
  it('matches textbook Brandes when a bottom-up level follows a top-down one that followed a bottom-up one', () => {
    // A collaboration layer of the national synthetic set: from some sources the levels go bottom-up,
    // top-down, then bottom-up again, and the nodes the top-down level reached must not be found twice.
    const ties = [
      '0-2 0-4 0-6 0-7 0-8 0-10 0-12 0-13 1-5 1-13 2-4 2-6 2-8 2-10 2-12 3-5 3-11 4-6 4-12 4-13 5-7 5-9 5-11',
      '5-13 6-8 6-10 6-12 7-9 7-11 7-13 8-10 8-12 8-13 9-11 9-13 10-12 10-13 11-13',
    ]
      .join(' ')
      .split(' ')
      .map((pair) => pair.split('-'));
    const graph = buildGraph({
      nodes: Array.from({ length: 14 }, (_, i) => String(i)),
      edges: ties.map(([source, target]) => ({ source: source as string, target: target as string })),
      directed: false,
    });
    expectTextbookSums(graph);
  });

  it('matches textbook Brandes on 400 small dense graphs, directed and not', () => {
    for (let seed = 0; seed < 400; seed++) {
      const n = 8 + (seed % 25);
      expectTextbookSums(randomGraph(n, Math.round(n * (1 + (seed % 7))), seed % 2 === 1, seed));
    }
  });

  for (const { n, m, directed } of cases) {
    it(`matches textbook Brandes on G(${n}, ${m}) ${directed ? 'directed' : 'undirected'}`, () => {
      expectTextbookSums(randomGraph(n, m, directed, n + m));
    });
  }
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../analysis-error.ts';
import { frustration } from '../frustration/frustration.ts';
import type { Graph } from '../graph.ts';
import { buildGraph, type TieInput } from '../graph-builder.ts';
import { createRng, randomInt } from '../rng.ts';
import { signedBlockmodel } from './blockmodel.ts';
import { blockProblem, criterion } from './blockmodel-problem.ts';

function randomSigned(
  n: number,
  density: number,
  seed: number,
  options: { weighted?: boolean; directed?: boolean } = {},
): Graph {
  const rng = createRng(seed);
  const nodes = Array.from({ length: n }, (_, i) => `v${i}`);
  const edges: TieInput[] = [];
  for (let u = 0; u < n; u++) {
    for (let v = options.directed ? 0 : u + 1; v < n; v++) {
      if (u === v || rng() >= density) continue;
      edges.push({
        source: nodes[u] as string,
        target: nodes[v] as string,
        sign: rng() < 0.55 ? 1 : -1,
        weight: options.weighted ? 1 + randomInt(rng, 3) : 1,
      });
    }
  }
  return buildGraph({ nodes, edges, directed: options.directed ?? false });
}

// The oracle: every one of the k^n labellings, no symmetry breaking, no pruning.
function bruteForce(graph: Graph, k: number, alpha = 0.5): number {
  const problem = blockProblem(graph, alpha);
  const label = new Int32Array(graph.order);
  let best = Number.POSITIVE_INFINITY;
  for (let code = 0; code < k ** graph.order; code++) {
    let rest = code;
    for (let v = 0; v < graph.order; v++) {
      label[v] = rest % k;
      rest = Math.floor(rest / k);
    }
    best = Math.min(best, criterion(problem, label));
  }
  return best;
}

const inconsistencies = (result: ReturnType<typeof signedBlockmodel>) =>
  result.negativeWithin.count + result.positiveBetween.count;

describe('signed blockmodel, exact search', () => {
  it('equals brute force over every labelling on small random graphs, weighted or not, directed or not', () => {
    for (let seed = 1; seed <= 24; seed++) {
      const k = 2 + (seed % 3);
      const graph = randomSigned(k === 4 ? 6 : 8, 0.5, seed, {
        weighted: seed % 2 === 0,
        directed: seed % 4 === 1,
      });
      const result = signedBlockmodel(graph, { k, rng: createRng(seed) });
      expect(result.method).toBe('exhaustive');
      expect(result.exact).toBe(true);
      expect(result.criterion, `seed ${seed}`).toBe(bruteForce(graph, k));
      expect(criterion(blockProblem(graph, 0.5), result.membership)).toBe(result.criterion);
    }
  });

  it('weighs negative ties inside by α and positive ties between by 1 − α', () => {
    const graph = randomSigned(8, 0.6, 99);
    for (const alpha of [0, 0.2, 0.8, 1]) {
      const result = signedBlockmodel(graph, { k: 3, alpha });
      expect(result.criterion).toBeCloseTo(bruteForce(graph, 3, alpha), 12);
      expect(result.criterion).toBeCloseTo(
        alpha * result.negativeWithin.weight + (1 - alpha) * result.positiveBetween.weight,
        12,
      );
    }
  });
});

describe('signed blockmodel, local search', () => {
  it('reaches the exact optimum on every graph of a fixed seed set (n = 11 or 12)', () => {
    const misses: number[] = [];
    for (let seed = 100; seed < 120; seed++) {
      const k = 2 + (seed % 4);
      const graph = randomSigned(11 + (seed % 2), 0.4, seed, { weighted: seed % 3 === 0 });
      const exact = signedBlockmodel(graph, { k, rng: createRng(seed) });
      const local = signedBlockmodel(graph, { k, rng: createRng(seed), exhaustiveMaxNodes: 0 });
      expect(exact.method).toBe('exhaustive');
      expect(local.method).toBe('local-search');
      expect(local.criterion).toBeGreaterThanOrEqual(exact.criterion);
      if (local.criterion > exact.criterion) misses.push(seed);
    }
    expect(misses).toEqual([]);
  });

  it('gives the same partition for the same seed', () => {
    const graph = randomSigned(80, 0.08, 7);
    const frustration = { budget: 10_000 };
    const a = signedBlockmodel(graph, { k: 4, rng: createRng(5), frustration });
    const b = signedBlockmodel(graph, { k: 4, rng: createRng(5), frustration });
    const c = signedBlockmodel(graph, { k: 4, rng: createRng(6), frustration });
    expect(a.method).toBe('local-search');
    expect(b.membership).toEqual(a.membership);
    expect(b.criterion).toBe(a.criterion);
    expect(b.bestHits).toBe(a.bestHits);
    // Another seed takes another path: a different partition or a different number of hits.
    expect(c.bestHits === a.bestHits && c.membership.join() === a.membership.join()).toBe(false);
  });
});

function camps(sizes: number[], crossPositive: [string, string][] = []): Graph {
  const nodes: string[] = [];
  const campOf = new Map<string, number>();
  sizes.forEach((size, c) => {
    for (let i = 0; i < size; i++) {
      nodes.push(`c${c}-${i}`);
      campOf.set(`c${c}-${i}`, c);
    }
  });
  const edges: TieInput[] = [];
  const rng = createRng(3);
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const [u, v] = [nodes[i] as string, nodes[j] as string];
      const same = campOf.get(u) === campOf.get(v);
      if (same ? rng() < 0.6 : rng() < 0.15) edges.push({ source: u, target: v, sign: same ? 1 : -1 });
    }
  }
  for (const [u, v] of crossPositive) edges.push({ source: u, target: v, sign: 1 });
  return buildGraph({ nodes, edges, directed: false });
}

const asSets = (positions: string[][]) => positions.map((p) => p.slice().sort().join(' ')).sort();

describe('signed blockmodel, known partitions', () => {
  it('finds two hostile camps with no inconsistency', () => {
    const graph = camps([14, 11]);
    const result = signedBlockmodel(graph, { k: 2 });
    expect(result.criterion).toBe(0);
    expect(result.exact).toBe(true);
    expect(asSets(result.positions)).toEqual(
      asSets([graph.ids.slice(0, 14) as string[], graph.ids.slice(14) as string[]]),
    );
    expect(result.image.map((cell) => cell.type)).toEqual(['positive', 'negative', 'positive']);
  });

  it('finds three camps with k = 3, and shows the one positive tie across as the only inconsistency', () => {
    const graph = camps([10, 9, 8], [['c0-0', 'c2-0']]);
    const result = signedBlockmodel(graph, { k: 3 });
    expect(result.method).toBe('local-search');
    expect(result.criterion).toBe(0.5);
    expect(result.positiveBetween.count).toBe(1);
    expect(result.negativeWithin.count).toBe(0);
    expect(asSets(result.positions)).toEqual(
      asSets([0, 1, 2].map((c) => graph.ids.filter((id) => id.startsWith(`c${c}-`)))),
    );
    const across = result.image.find((cell) => cell.from !== cell.to && cell.positive.count === 1);
    expect(across?.type).toBe('negative');
    expect(across?.inconsistency).toBe(0.5);
    // The two firms of that tie are the ones between positions, each reaching the other's.
    const position = (id: string) => result.membership[graph.index.get(id) as number] as number;
    expect(result.between).toEqual([
      { id: 'c0-0', position: position('c0-0'), ties: 1, weight: 1, reaches: [position('c2-0')] },
      { id: 'c2-0', position: position('c2-0'), ties: 1, weight: 1, reaches: [position('c0-0')] },
    ]);
    // Two positions must put two hostile camps together.
    expect(signedBlockmodel(graph, { k: 2 }).criterion).toBeGreaterThan(1);
  });

  it('leaves positions empty when fewer fit better: k is at most k', () => {
    const graph = camps([9]);
    for (const k of [2, 6]) {
      const result = signedBlockmodel(graph, { k });
      expect(result.criterion).toBe(0);
      expect(result.positions).toEqual([graph.ids]);
      expect(result.image).toHaveLength(1);
    }
    const untied = signedBlockmodel(buildGraph({ nodes: ['a', 'b', 'c'], edges: [], directed: false }), {
      k: 3,
    });
    expect(untied).toMatchObject({ criterion: 0, exact: true, positions: [['a', 'b', 'c']], between: [] });
  });

  it('counts each arc of a directed graph, as signnet does', () => {
    const graph = buildGraph({
      nodes: ['a', 'b', 'c'],
      edges: [
        { source: 'a', target: 'b', sign: 1 },
        { source: 'b', target: 'a', sign: -1 },
        { source: 'a', target: 'c', sign: -1 },
        { source: 'c', target: 'a', sign: -1 },
      ],
      directed: true,
    });
    const result = signedBlockmodel(graph, { k: 2 });
    // a and b together: the b→a conflict is inside; apart: the a→b collaboration is between.
    expect(result.criterion).toBe(0.5);
    expect(result.positions.find((p) => p.includes('a'))).not.toContain('c');
    expect(result.image).toHaveLength(result.positions.length ** 2);
  });
});

describe('signed blockmodel, two positions against the frustration index', () => {
  it('never counts more inconsistencies than the frustration index, and as many when that is exact', () => {
    for (let seed = 200; seed < 212; seed++) {
      const small = seed % 2 === 0;
      const graph = randomSigned(small ? 10 : 60, small ? 0.5 : 0.06, seed);
      const reference = frustration(graph);
      const result = signedBlockmodel(graph, { k: 2, rng: createRng(seed) });
      expect(inconsistencies(result)).toBeLessThanOrEqual(reference.index);
      // Exact frustration is the least count over two-camp splits, and so the least two-position criterion.
      expect(reference.exact).toBe(true);
      expect(inconsistencies(result)).toBe(reference.index);
      expect(result.criterion).toBe(reference.index / 2);
      expect(result.frustrationSplit).toBe(reference.index / 2);
      expect(result.exact).toBe(small);
    }
  });
});

describe('signed blockmodel, image and input', () => {
  it('puts every tie in exactly one block, and the blocks sum to the criterion', () => {
    for (const directed of [false, true]) {
      const graph = randomSigned(40, 0.15, 31, { weighted: true, directed });
      const result = signedBlockmodel(graph, { k: 4 });
      const ties = result.image.reduce((sum, cell) => sum + cell.positive.count + cell.negative.count, 0);
      expect(ties).toBe(graph.size);
      const weight = result.image.reduce((sum, cell) => sum + cell.positive.weight + cell.negative.weight, 0);
      expect(weight).toBe(graph.edgeWeight.reduce((a, b) => a + b, 0));
      expect(result.image.reduce((sum, cell) => sum + cell.inconsistency, 0)).toBeCloseTo(
        result.criterion,
        9,
      );
      expect(result.positions.flat().sort()).toEqual(graph.ids.slice().sort());
      // Each positive tie between positions is charged to both its ends.
      expect(result.between.reduce((sum, node) => sum + node.ties, 0)).toBe(2 * result.positiveBetween.count);
    }
  });

  it('refuses k outside 2–6 and α outside [0, 1], naming the option', () => {
    const graph = randomSigned(5, 0.5, 1);
    for (const k of [1, 7, 2.5]) {
      const error = (() => {
        try {
          signedBlockmodel(graph, { k });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AnalysisError);
      expect((error as AnalysisError<'invalid_input'>).params.problems).toEqual([
        { code: 'invalid_positions', path: 'k', params: { min: 2, max: 6 } },
      ]);
    }
    expect(() => signedBlockmodel(graph, { k: 2, alpha: 1.5 })).toThrow(AnalysisError);
  });
});

interface SignnetFixture {
  nodes: string[];
  edges: [string, string, 1 | -1][];
  signnet: { k: number; alpha: number; membership: number[]; criterion: number };
}

describe('signed blockmodel against R signnet (Read highland tribes)', () => {
  const fixture = JSON.parse(
    readFileSync(new URL('./signnet-tribes.json', import.meta.url), 'utf8'),
  ) as SignnetFixture;
  const graph = buildGraph({
    nodes: fixture.nodes,
    edges: fixture.edges.map(([source, target, sign]) => ({ source, target, sign })),
    directed: false,
  });
  const { k, alpha, membership, criterion: theirs } = fixture.signnet;

  it("scores signnet's published partition as signnet does (each undirected tie counted twice there)", () => {
    expect(graph.size).toBe(58);
    const problem = blockProblem(graph, alpha);
    expect(2 * criterion(problem, membership)).toBe(theirs);
  });

  it("is no worse than signnet's result for k = 3", () => {
    const result = signedBlockmodel(graph, { k, alpha });
    expect(2 * result.criterion).toBeLessThanOrEqual(theirs);
    // Here it finds signnet's own partition: the three alliances of Read's account.
    const signnetPositions = [1, 2, 3].map((block) =>
      fixture.nodes.filter((_, i) => membership[i] === block),
    );
    expect(asSets(result.positions)).toEqual(asSets(signnetPositions));
  });

  it('splits the tribes into two positions with as few inconsistencies as the frustration index (7)', () => {
    const result = signedBlockmodel(graph, { k: 2 });
    expect(frustration(graph).index).toBe(7);
    expect(inconsistencies(result)).toBe(7);
  });
});

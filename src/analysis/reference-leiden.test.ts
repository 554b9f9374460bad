import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Graph } from './graph.ts';
import { buildGraph } from './graph-builder.ts';
import { positiveLayer } from './layers.ts';
import { leiden } from './leiden.ts';
import { modularity } from './modularity.ts';
import { createRng } from './rng.ts';
import { syntheticCenter } from './synthetic-center.ts';
import { erdosRenyi, plantedPartition } from './testing/community-graphs.ts';
import { fixtureGraph, loadFixture } from './testing/reference-fixtures.ts';

// Debian's interpreter, where python3-igraph is installed (a pyenv python3 may come first on PATH).
const PYTHON = '/usr/bin/python3';
const probe = spawnSync(PYTHON, ['-c', 'import igraph'], { encoding: 'utf8' });
const skipReason = probe.error
  ? `${PYTHON} is not available (${probe.error.message})`
  : probe.status !== 0
    ? `${PYTHON} cannot import igraph (install python3-igraph)`
    : null;
// CI installs the reference tools and sets this, so there the test can never be skipped silently.
const required = process.env.SIMPUL_REQUIRE_REFERENCE_TOOLS === '1';
if (skipReason && !required) console.warn(`Skipping the igraph Leiden reference test: ${skipReason}`);

const RESOLUTIONS = [0.5, 1, 2];
const IGRAPH_SEEDS = 10;

// For each graph and resolution: igraph's partitions for seeds 1…10, iterating to stability. Their
// modularity is computed here (our NetworkX-checked `modularity`): python-igraph 0.10's
// `Graph.modularity` ignores its `resolution` argument.
const SCRIPT = `
import json, random, sys, igraph as ig
job = json.load(sys.stdin)
out = []
for graph in job["graphs"]:
    g = ig.Graph(n=graph["n"], edges=[(u, v) for u, v, _ in graph["edges"]])
    weights = [w for _, _, w in graph["edges"]]
    row = []
    for gamma in job["resolutions"]:
        parts = []
        for seed in range(1, job["seeds"] + 1):
            random.seed(seed)
            parts.append(g.community_leiden(objective_function="modularity", weights=weights,
                                            resolution_parameter=gamma, n_iterations=-1).membership)
        row.append(parts)
    out.append(row)
print(json.dumps(out))
`;

const cases: { name: string; graph: Graph }[] = [
  ...['karate', 'florentine', 'les-miserables', 'davis-southern-women'].map((name) => ({
    name,
    graph: fixtureGraph(loadFixture(name)),
  })),
  {
    name: 'synthetic centre 500 / 3,000 (collaboration ties)',
    graph: positiveLayer(buildGraph(syntheticCenter({ rng: createRng(1) }).input)),
  },
  { name: 'planted partition 8 × 15', graph: plantedPartition(8, 15, 0.3, 0.04, 1) },
  { name: 'ER 1,000 / 2,500', graph: erdosRenyi(1000, 2500, 1) },
];

function igraphPartitions(): number[][][][] {
  const graphs = cases.map(({ graph }) => ({
    n: graph.order,
    edges: Array.from(graph.edgeSource, (u, e) => [u, graph.edgeTarget[e], graph.edgeWeight[e]]),
  }));
  const run = spawnSync(PYTHON, ['-c', SCRIPT], {
    input: JSON.stringify({ graphs, resolutions: RESOLUTIONS, seeds: IGRAPH_SEEDS }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`igraph side failed: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout);
}

describe.skipIf(skipReason !== null && !required)('igraph reference: Leiden modularity', () => {
  // Both are heuristics, so only the quality is compared, never the partition. Each of our seeds 1–4 must
  // reach igraph's mean over ten seeds − 0.01, and the best of our four its best of ten − 0.005: the spread
  // between seeds of either side measured on these graphs is up to 0.02 (planted partition, γ = 0.5), and
  // on the small fixtures both sides find the same optimum (karate 0.4449). Ours iterates until nothing
  // changes, so on ER graphs it is higher (1,000 / 2,500: 0.48 against igraph's 0.45).
  it('reaches igraph’s modularity at γ = 0.5, 1 and 2 (mean − 0.01 per seed, best − 0.005)', () => {
    if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_REFERENCE_TOOLS but ${skipReason}`);
    const reference = igraphPartitions();
    cases.forEach(({ name, graph }, i) => {
      RESOLUTIONS.forEach((resolution, j) => {
        const partitions = reference[i]?.[j] as number[][];
        expect(partitions).toHaveLength(IGRAPH_SEEDS);
        const theirs = partitions.map((p) => modularity(graph, p, { resolution }) as number);
        const mean = theirs.reduce((sum, q) => sum + q, 0) / theirs.length;
        const ours = [1, 2, 3, 4].map(
          (seed) => leiden(graph, { resolution, rng: createRng(seed) }).modularity as number,
        );
        for (const [k, q] of ours.entries()) {
          expect(q, `${name}, γ ${resolution}, seed ${k + 1}`).toBeGreaterThanOrEqual(mean - 0.01);
        }
        expect(Math.max(...ours), `${name}, γ ${resolution}`).toBeGreaterThanOrEqual(
          Math.max(...theirs) - 0.005,
        );
      });
    });
  });
});

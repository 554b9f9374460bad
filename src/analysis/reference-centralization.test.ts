import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { degree } from './degree.ts';
import type { Graph } from './graph.ts';
import { buildGraph } from './graph-builder.ts';
import { positiveLayer } from './layers.ts';
import { centralization } from './path-centralization.ts';
import { reciprocity } from './reciprocity.ts';
import { createRng } from './rng.ts';
import { syntheticCenter } from './synthetic-center.ts';
import { erdosRenyi } from './testing/community-graphs.ts';
import { fixtureGraph, loadFixture } from './testing/reference-fixtures.ts';

// Debian's interpreter, where python3-igraph and python3-networkx are installed.
const PYTHON = '/usr/bin/python3';
const probe = spawnSync(PYTHON, ['-c', 'import igraph, networkx'], { encoding: 'utf8' });
const skipReason = probe.error
  ? `${PYTHON} is not available (${probe.error.message})`
  : probe.status !== 0
    ? `${PYTHON} cannot import igraph and networkx (install python3-igraph python3-networkx)`
    : null;
// CI installs the reference tools and sets this, so there the test can never be skipped silently.
const required = process.env.SIMPUL_REQUIRE_REFERENCE_TOOLS === '1';
if (skipReason && !required) console.warn(`Skipping the centralization reference test: ${skipReason}`);

// python-igraph 0.10 has no `centralization_*` methods (only the C core does), so the script takes igraph's
// raw scores and divides by the C core's theoretical maxima (`igraph_centralization_*_tmax`, loops off):
// degree (n−1)(n−2) undirected, (n−1)² in/out; betweenness (n−1)²(n−2), halved undirected; closeness
// (n−1)(n−2)/(2n−3) on normalised scores. Closeness of a disconnected or directed graph is undefined in
// igraph's sense, so there NetworkX's closeness (incoming, wf_improved) is used with the documented maxima.
const SCRIPT = `
import json, sys, igraph as ig, networkx as nx
def freeman(scores, tmax):
    top = max(scores)
    return sum(top - s for s in scores) / tmax
out = []
for graph in json.load(sys.stdin):
    n, directed = graph["n"], graph["directed"]
    edges = [(u, v) for u, v, _ in graph["edges"]]
    g = ig.Graph(n=n, edges=edges, directed=directed)
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(n))
    G.add_weighted_edges_from(graph["edges"])
    row = {"strength": [G.degree(i, weight="weight") for i in range(n)]}
    if directed:
        row["inDegree"] = freeman(g.indegree(), (n - 1) ** 2)
        row["outDegree"] = freeman(g.outdegree(), (n - 1) ** 2)
        row["betweenness"] = freeman(g.betweenness(directed=True), (n - 1) ** 2 * (n - 2))
        closeness = nx.closeness_centrality(G)
        row["closeness"] = freeman([closeness[i] for i in range(n)], n - 1)
        row["edgeReciprocity"] = nx.overall_reciprocity(G)
        row["dyadReciprocity"] = g.reciprocity(ignore_loops=True, mode="ratio")
    else:
        row["degree"] = freeman(g.degree(), (n - 1) * (n - 2))
        row["betweenness"] = freeman(g.betweenness(directed=False), (n - 1) ** 2 * (n - 2) / 2)
        tmax = (n - 1) * (n - 2) / (2 * n - 3)
        if g.is_connected():
            row["closeness"] = freeman(g.closeness(normalized=True), tmax)
        else:
            closeness = nx.closeness_centrality(G)
            row["closeness"] = freeman([closeness[i] for i in range(n)], tmax)
    out.append(row)
print(json.dumps(out))
`;

interface Reference {
  strength: number[];
  degree?: number;
  inDegree?: number;
  outDegree?: number;
  betweenness: number;
  closeness: number;
  edgeReciprocity?: number;
  dyadReciprocity?: number;
}

const cases: { name: string; graph: Graph }[] = [
  ...['karate', 'florentine', 'les-miserables', 'davis-southern-women', 'directed-random'].map((name) => ({
    name,
    graph: fixtureGraph(loadFixture(name)),
  })),
  {
    name: 'synthetic centre 500 / 3,000 (collaboration ties)',
    graph: positiveLayer(buildGraph(syntheticCenter({ rng: createRng(1) }).input)),
  },
  { name: 'ER 300 / 240 (disconnected)', graph: erdosRenyi(300, 240, 2) },
];

function references(): Reference[] {
  const graphs = cases.map(({ graph }) => ({
    n: graph.order,
    directed: graph.directed,
    edges: Array.from(graph.edgeSource, (u, e) => [u, graph.edgeTarget[e], graph.edgeWeight[e]]),
  }));
  const run = spawnSync(PYTHON, ['-c', SCRIPT], {
    input: JSON.stringify(graphs),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`reference side failed: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout);
}

describe.skipIf(skipReason !== null && !required)('igraph / NetworkX reference: centralization', () => {
  const expected = skipReason === null ? references() : [];

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const { graph } = cases[i] as (typeof cases)[number];
    const want = expected[i] as Reference;
    const got = centralization(graph);
    const close = (value: number | null, reference: number | undefined) => {
      expect(reference).toBeTypeOf('number');
      expect(Math.abs((value as number) - (reference as number))).toBeLessThan(1e-9);
    };
    if (graph.directed) {
      close(got.inDegree, want.inDegree);
      close(got.outDegree, want.outDegree);
      const returned = reciprocity(graph);
      close(returned.edgeBased, want.edgeReciprocity);
      close(returned.dyadBased, want.dyadReciprocity);
    } else {
      close(got.degree, want.degree);
    }
    close(got.betweenness, want.betweenness);
    close(got.closeness, want.closeness);
    const strength = degree(graph).strength;
    want.strength.forEach((s, node) => {
      expect(Math.abs((strength[node] as number) - s)).toBeLessThan(1e-9);
    });
  });
});

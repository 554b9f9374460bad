/**
 * Speed of the analysis core against igraph (C) and NetworkX (Python) on the same graphs.
 *
 *   npm run build:workers && node --import tsx bench/analysis.bench.ts
 *
 * Graphs: Erdős–Rényi G(n, m) with 2,000/10,000 and 5,000/25,000 (generated here, the edge list written
 * to a temp file that the Python side reads), and the synthetic 500-firm / 3,000-tie signed centre.
 * Only computation is timed on each side (not reading or building the graph). Python runs with
 * Debian's /usr/bin/python3 (python3-igraph, python3-networkx); set BENCH_NETWORKX=0 to skip NetworkX,
 * whose runs on the largest graph take minutes, and BENCH_GRAPHS=centre (or er2000, er5000, comma-separated)
 * to run only some graphs.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import {
  analyzeNetwork,
  betweenness,
  buildGraph,
  createRng,
  type Graph,
  positiveLayer,
  syntheticCenter,
} from '../src/analysis/index.ts';
import { parallelBetweenness, workersAvailable } from '../src/analysis-node/parallel-sweep.ts';

const PYTHON = '/usr/bin/python3';
const THREADS = availableParallelism();
const WITH_NETWORKX = process.env.BENCH_NETWORKX !== '0';
/** BENCH_GRAPHS=centre,er2000,er5000 runs only those graphs (default: all). */
const ONLY = process.env.BENCH_GRAPHS ? process.env.BENCH_GRAPHS.split(',') : null;

// The Python side: reads an edge list, builds both libraries' graphs untimed, then times each measure.
const PYTHON_SIDE = `
import json, sys, time
import igraph as ig
import networkx as nx
path, n, repeats, with_networkx = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
edges = [tuple(map(int, line.split())) for line in open(path) if line.strip()]
g = ig.Graph(n=n, edges=edges)
G = nx.Graph(); G.add_nodes_from(range(n)); G.add_edges_from(edges)
def best(fn, times):
    out = []
    for _ in range(times):
        t = time.perf_counter(); fn(); out.append((time.perf_counter() - t) * 1000)
    return min(out)
def ig_full():
    g.degree(); g.betweenness(); g.closeness(); g.harmonic_centrality(); g.eigenvector_centrality()
    g.pagerank(); g.coreness(); g.transitivity_local_undirected(mode="zero"); g.constraint()
    parts = g.community_multilevel(); g.modularity(parts); g.density(); g.connected_components()
def eigenvector():
    try:
        nx.eigenvector_centrality(G)
    except nx.PowerIterationFailedConvergence:  # Simpul then reports null after the same 100 steps
        pass
def nx_full():
    nx.degree_centrality(G); nx.betweenness_centrality(G); nx.closeness_centrality(G)
    nx.harmonic_centrality(G); eigenvector(); nx.pagerank(G); nx.core_number(G)
    nx.clustering(G); nx.constraint(G); nx.effective_size(G)
    parts = nx.community.louvain_communities(G, seed=1); nx.community.modularity(G, parts)
    nx.density(G); list(nx.connected_components(G))
result = {"igraph_betweenness": best(g.betweenness, repeats), "igraph_full": best(ig_full, repeats)}
if with_networkx:
    result["networkx_betweenness"] = best(lambda: nx.betweenness_centrality(G), 1)
    result["networkx_full"] = best(nx_full, 1)
print(json.dumps(result))
`;

interface Row {
  graph: string;
  oursBetweenness: number;
  oursBetweennessThreads: number;
  oursFull: number;
  oursFullCold: number;
  python: Record<string, number>;
}

function erdosRenyi(n: number, m: number, seed: number): Graph {
  const rng = createRng(seed);
  const seen = new Set<number>();
  const edges: { source: string; target: string }[] = [];
  while (edges.length < m) {
    const u = Math.floor(rng() * n);
    const v = Math.floor(rng() * n);
    const key = Math.min(u, v) * n + Math.max(u, v);
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: String(u), target: String(v) });
  }
  return buildGraph({ nodes: Array.from({ length: n }, (_, i) => String(i)), edges, directed: false });
}

function timeMs(run: () => unknown, repeats: number): { min: number; first: number } {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { min: Math.min(...times), first: times[0] as number };
}

async function timeAsync(run: () => Promise<unknown>, repeats: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function pythonSide(graph: Graph, file: string, repeats: number): Record<string, number> {
  // The path-measure layer is what both sides analyse (for the centre: its collaboration ties).
  const lines: string[] = [];
  for (let e = 0; e < graph.size; e++) lines.push(`${graph.edgeSource[e]} ${graph.edgeTarget[e]}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const run = spawnSync(
    PYTHON,
    ['-c', PYTHON_SIDE, file, String(graph.order), String(repeats), WITH_NETWORKX ? '1' : '0'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (run.status !== 0) throw new Error(`Python side failed: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as Record<string, number>;
}

async function bench(name: string, graph: Graph, file: string, repeats: number): Promise<Row> {
  const layer = positiveLayer(graph);
  const single = timeMs(() => betweenness(layer), repeats);
  const threaded = await timeAsync(
    () => parallelBetweenness(layer, { threads: THREADS, minWork: 0 }),
    repeats,
  );
  const full = timeMs(() => analyzeNetwork(graph), repeats + 2);
  const python = pythonSide(layer, file, repeats);
  return {
    graph: name,
    oursBetweenness: single.min,
    oursBetweennessThreads: threaded,
    oursFull: full.min,
    oursFullCold: full.first,
    python,
  };
}

const ms = (value: number | undefined) =>
  value === undefined ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(0);
const ratio = (a: number | undefined, b: number) => (a === undefined ? '—' : `${(a / b).toFixed(1)}×`);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'simpul-bench-'));
  try {
    const specs = [
      {
        key: 'centre',
        run: () =>
          bench(
            'synthetic centre 500 / 3,000 (signed)',
            buildGraph(syntheticCenter({ rng: createRng(1) }).input),
            path.join(dir, 'centre.txt'),
            5,
          ),
      },
      {
        key: 'er2000',
        run: () =>
          bench('G(n, m) 2,000 / 10,000', erdosRenyi(2000, 10_000, 1), path.join(dir, 'er2000.txt'), 3),
      },
      {
        key: 'er5000',
        run: () =>
          bench('G(n, m) 5,000 / 25,000', erdosRenyi(5000, 25_000, 2), path.join(dir, 'er5000.txt'), 2),
      },
    ].filter((spec) => ONLY === null || ONLY.includes(spec.key));
    const rows: Row[] = [];
    for (const spec of specs) rows.push(await spec.run());
    console.log(
      `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; Node ${process.version}`,
    );
    console.log(
      `Worker threads: ${workersAvailable() ? THREADS : '0 (compiled worker missing: npm run build:workers)'}`,
    );
    console.log("Times in ms (best of the repeats); ratios are the other library's time over ours.\n");
    console.log(
      '| graph | measure | Simpul 1 thread | Simpul threads | igraph | NetworkX | igraph ÷ Simpul | NetworkX ÷ Simpul |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const row of rows) {
      const best = Math.min(row.oursBetweenness, row.oursBetweennessThreads);
      const p = row.python;
      console.log(
        `| ${row.graph} | betweenness | ${ms(row.oursBetweenness)} | ${ms(row.oursBetweennessThreads)} | ${ms(p.igraph_betweenness)} | ${ms(p.networkx_betweenness)} | ${ratio(p.igraph_betweenness, best)} | ${ratio(p.networkx_betweenness, best)} |`,
      );
      console.log(
        `| ${row.graph} | full analysis (cold ${ms(row.oursFullCold)}) | ${ms(row.oursFull)} | — | ${ms(p.igraph_full)} | ${ms(p.networkx_full)} | ${ratio(p.igraph_full, row.oursFull)} | ${ratio(p.networkx_full, row.oursFull)} |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

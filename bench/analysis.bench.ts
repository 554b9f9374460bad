/**
 * Speed of the analysis core against igraph (C) and NetworkX (Python) on the same graphs, measured in one
 * run and interleaved (ours, then igraph, round after round) so that both see the same machine load.
 *
 *   npm run build:workers && node --import tsx bench/analysis.bench.ts [--quick]
 *
 * Graphs: Erdős–Rényi G(n, m) with 2,000/10,000 and 5,000/25,000 (generated here, the edge list written
 * to a temp file that the Python side reads), and the synthetic 500-firm / 3,000-tie signed centre.
 * Only computation is timed on each side (not reading or building the graph), as wall-clock time and as
 * CPU time of the computing process (Node: process.cpuUsage; Python: time.process_time), the latter far
 * less sensitive to other work on a shared machine. Python runs with Debian's /usr/bin/python3
 * (python3-igraph, python3-networkx). `--quick` runs two rounds and NetworkX only on the centre;
 * BENCH_NETWORKX=0 skips NetworkX, BENCH_GRAPHS=centre,er2000,er5000 selects graphs. Also times the exact
 * frustration index of a 2,000-firm / 12,000-tie synthetic centre (no reference: neither library has one).
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import {
  analyzeNetwork,
  betweenness,
  buildGraph,
  createRng,
  frustration,
  type Graph,
  positiveLayer,
  syntheticCenter,
} from '../src/analysis/index.ts';
import { parallelBetweenness, workersAvailable } from '../src/analysis-node/parallel-sweep.ts';
import { benchStart, QUICK } from './report.ts';

const PYTHON = '/usr/bin/python3';
const THREADS = availableParallelism();
const WITH_NETWORKX = process.env.BENCH_NETWORKX !== '0';
/** BENCH_GRAPHS=centre,er2000,er5000 runs only those graphs (default: all). */
const ONLY = process.env.BENCH_GRAPHS ? process.env.BENCH_GRAPHS.split(',') : null;
/** NetworkX's share: with --quick only its betweenness on the centre (its full set there takes ~15 s). */
const NETWORKX_ON_SMALL: PythonWork['networkx'] = !WITH_NETWORKX ? 'none' : QUICK ? 'betweenness' : 'full';
const NETWORKX_ON_LARGE: PythonWork['networkx'] = WITH_NETWORKX && !QUICK ? 'full' : 'none';
/** Rounds of (ours, igraph); each figure is the best over all rounds. */
const ROUNDS = QUICK ? 2 : 3;

// The Python side: reads an edge list, builds both libraries' graphs untimed, then times each measure
// (wall and CPU); the full sets and NetworkX only when asked (the first round).
const PYTHON_SIDE = `
import json, sys, time
import igraph as ig
import networkx as nx
path, n, repeats, full, networkx = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1", sys.argv[5]
edges = [tuple(map(int, line.split())) for line in open(path) if line.strip()]
g = ig.Graph(n=n, edges=edges)
G = nx.Graph(); G.add_nodes_from(range(n)); G.add_edges_from(edges)
def best(fn, times):
    wall, cpu = [], []
    for _ in range(times):
        t, c = time.perf_counter(), time.process_time(); fn()
        wall.append((time.perf_counter() - t) * 1000); cpu.append((time.process_time() - c) * 1000)
    return [min(wall), min(cpu)]
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
result = {"igraph_betweenness": best(g.betweenness, repeats)}
if full:
    result["igraph_full"] = best(ig_full, 1)
if networkx != "none":
    result["networkx_betweenness"] = best(lambda: nx.betweenness_centrality(G), 1)
if networkx == "full":
    result["networkx_full"] = best(nx_full, 1)
print(json.dumps(result))
`;

/** Best wall-clock and CPU milliseconds over the runs so far. */
class Best {
  wall = Number.POSITIVE_INFINITY;
  cpu = Number.POSITIVE_INFINITY;
  add(wall: number, cpu: number): void {
    this.wall = Math.min(this.wall, wall);
    this.cpu = Math.min(this.cpu, cpu);
  }
}

interface Row {
  graph: string;
  oursBetweenness: Best;
  oursThreads: Best;
  oursFull: Best;
  oursFullCold: number;
  igraphBetweenness: Best;
  igraphFull: Best;
  networkxBetweenness: Best;
  networkxFull: Best;
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

async function measure(best: Best, run: () => unknown): Promise<number> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - start;
  best.add(wall, (used.user + used.system) / 1000);
  return wall;
}

/** What the Python side runs besides igraph's betweenness. */
interface PythonWork {
  full: boolean;
  networkx: 'none' | 'betweenness' | 'full';
}

function pythonSide(graph: Graph, file: string, repeats: number, work: PythonWork) {
  const run = spawnSync(
    PYTHON,
    ['-c', PYTHON_SIDE, file, String(graph.order), String(repeats), work.full ? '1' : '0', work.networkx],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (run.status !== 0) throw new Error(`Python side failed: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as Record<string, [number, number]>;
}

async function bench(name: string, graph: Graph, file: string, repeats: number, work: PythonWork) {
  // The path-measure layer is what both sides analyse (for the centre: its collaboration ties).
  const layer = positiveLayer(graph);
  const lines: string[] = [];
  for (let e = 0; e < layer.size; e++) lines.push(`${layer.edgeSource[e]} ${layer.edgeTarget[e]}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const row: Row = {
    graph: name,
    oursBetweenness: new Best(),
    oursThreads: new Best(),
    oursFull: new Best(),
    oursFullCold: work.full ? await measure(new Best(), () => analyzeNetwork(graph)) : Number.NaN,
    igraphBetweenness: new Best(),
    igraphFull: new Best(),
    networkxBetweenness: new Best(),
    networkxFull: new Best(),
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < repeats; i++) await measure(row.oursBetweenness, () => betweenness(layer));
    const first = round === 0;
    const python = pythonSide(layer, file, repeats, {
      full: work.full && first,
      networkx: first ? work.networkx : 'none',
    });
    const add = (best: Best, key: string) => python[key] && best.add(...python[key]);
    add(row.igraphBetweenness, 'igraph_betweenness');
    add(row.igraphFull, 'igraph_full');
    add(row.networkxBetweenness, 'networkx_betweenness');
    add(row.networkxFull, 'networkx_full');
    if (work.full) await measure(row.oursFull, () => analyzeNetwork(graph));
    // Forced onto workers (minWork 0, even when busy) to show what the parallel path costs here.
    if (first || !QUICK)
      await measure(row.oursThreads, () =>
        parallelBetweenness(layer, { threads: THREADS, minWork: 0, onlyWhenIdle: false }),
      );
  }
  return row;
}

const ms = (value: number) =>
  Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en')) : '—';
const times = (reference: number, ours: number) =>
  Number.isFinite(reference) ? `${(reference / ours).toFixed(reference / ours < 10 ? 2 : 0)}×` : '—';
/** "reference ÷ ours" on wall time, with the CPU-time ratio beside it. */
const both = (reference: Best, ours: Best) =>
  Number.isFinite(reference.wall)
    ? `${times(reference.wall, ours.wall)} (CPU ${times(reference.cpu, ours.cpu)})`
    : '—';

/** Fixed cost of the parallel path: a forced two-thread call on a 50-node graph. */
async function workerOverhead(): Promise<Best> {
  const best = new Best();
  const tiny = erdosRenyi(50, 100, 3);
  for (let i = 0; i < 3; i++)
    await measure(best, () => parallelBetweenness(tiny, { threads: 2, minWork: 0, onlyWhenIdle: false }));
  return best;
}

/** The exact frustration index of a 2,000-firm / 12,000-tie centre (15% conflict ties), warm. */
function frustrationTime(): { best: Best; exact: boolean } {
  const graph = buildGraph(syntheticCenter({ firms: 2000, ties: 12_000, rng: createRng(1) }).input);
  const best = new Best();
  let exact = false;
  for (let i = 0; i < (QUICK ? 3 : 5); i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    exact = frustration(graph).exact;
    const used = process.cpuUsage(cpu);
    best.add(performance.now() - start, (used.user + used.system) / 1000);
  }
  return { best, exact };
}

async function main(): Promise<void> {
  const report = benchStart();
  const dir = mkdtempSync(path.join(tmpdir(), 'simpul-bench-'));
  try {
    const specs = [
      {
        key: 'centre',
        name: 'centre 500 / 3,000 (signed)',
        graph: () => buildGraph(syntheticCenter({ rng: createRng(1) }).input),
        repeats: QUICK ? 2 : 5,
        work: { full: true, networkx: NETWORKX_ON_SMALL },
      },
      {
        key: 'er2000',
        name: 'ER 2,000 / 10,000',
        graph: () => erdosRenyi(2000, 10_000, 1),
        repeats: QUICK ? 1 : 2,
        work: { full: true, networkx: NETWORKX_ON_LARGE },
      },
      {
        key: 'er5000',
        name: 'ER 5,000 / 25,000',
        graph: () => erdosRenyi(5000, 25_000, 2),
        repeats: 1,
        work: { full: !QUICK, networkx: NETWORKX_ON_LARGE },
      },
    ].filter((spec) => ONLY === null || ONLY.includes(spec.key));
    const rows: Row[] = [];
    for (const spec of specs)
      rows.push(
        await bench(spec.name, spec.graph(), path.join(dir, `${spec.key}.txt`), spec.repeats, spec.work),
      );
    const overhead = await workerOverhead();
    const signed = ONLY === null || ONLY.includes('frustration') ? frustrationTime() : null;
    console.log(
      `Worker threads: ${workersAvailable() ? THREADS : '0 (compiled worker missing: npm run build:workers)'}`,
    );
    console.log(
      `Times in ms: best of ${ROUNDS} interleaved rounds (NetworkX and igraph's full set: one run); ratios are the other library's time over ours, wall clock (CPU time in brackets).\n`,
    );
    console.log(
      '| graph | measure | Simpul 1 thread | Simpul threads | igraph | NetworkX | igraph ÷ Simpul | NetworkX ÷ Simpul |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(
        `| ${r.graph} | betweenness | ${ms(r.oursBetweenness.wall)} | ${ms(r.oursThreads.wall)} | ${ms(r.igraphBetweenness.wall)} | ${ms(r.networkxBetweenness.wall)} | ${both(r.igraphBetweenness, r.oursBetweenness)} | ${both(r.networkxBetweenness, r.oursBetweenness)} |`,
      );
      console.log(
        `| ${r.graph} | full analysis (first call ${ms(r.oursFullCold)}) | ${ms(r.oursFull.wall)} | — | ${ms(r.igraphFull.wall)} | ${ms(r.networkxFull.wall)} | ${both(r.igraphFull, r.oursFull)} | ${both(r.networkxFull, r.oursFull)} |`,
      );
    }
    console.log(
      `\nParallel path, fixed cost (forced 2-thread call on a 50-node graph): ${ms(overhead.wall)} ms wall, ${ms(overhead.cpu)} ms CPU of this process.`,
    );
    if (signed)
      console.log(
        `Frustration index, synthetic centre 2,000 / 12,000 (15% conflict): ${ms(signed.best.wall)} ms wall (${ms(signed.best.cpu)} ms CPU), ${signed.exact ? 'exact' : 'not exact'}.\n`,
      );
    for (const r of rows) {
      report.headline({
        what: `betweenness, ${r.graph}, computation only, 1 thread`,
        ours: `${ms(r.oursBetweenness.wall)} ms`,
        reference: `igraph ${ms(r.igraphBetweenness.wall)} ms`,
        ratio: `${both(r.igraphBetweenness, r.oursBetweenness)} igraph ÷ Simpul`,
      });
      if (!Number.isFinite(r.oursFull.wall)) continue;
      const networkx = Number.isFinite(r.networkxFull.wall) ? `, NetworkX ${ms(r.networkxFull.wall)} ms` : '';
      report.headline({
        what: `full analysis, ${r.graph}`,
        ours: `${ms(r.oursFull.wall)} ms`,
        reference: `igraph ${ms(r.igraphFull.wall)} ms${networkx}`,
        ratio: `${both(r.igraphFull, r.oursFull)} igraph${networkx ? `, ${both(r.networkxFull, r.oursFull)} NetworkX` : ''}`,
      });
    }
    if (signed)
      report.headline({
        what: 'frustration index, synthetic centre 2,000 / 12,000',
        ours: `${ms(signed.best.wall)} ms`,
        reference: '—',
        ratio: signed.exact ? 'exact' : 'not exact',
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    report.end();
  }
}

await main();

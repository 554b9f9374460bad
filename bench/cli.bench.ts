/**
 * The CLI as a person meets it: whole processes, from the shell's fork to the exit, medians of several runs.
 *
 *   npm run bench:cli            (or -- --quick: fewer runs, under 40 s)
 *
 * Measures `simpul --help`, `simpul network analyze` on a 100-tie edge list (the readable summary, every
 * measure), and betweenness of Erdős–Rényi G(n, m) 2,000/10,000 and 5,000/25,000 from a CSV edge list to
 * JSON on stdout, against Debian's /usr/bin/python3 with python3-igraph doing the same (read the file,
 * betweenness, print JSON) in the same run. Node started with nothing to do is printed as the floor.
 * The CLI is built first when its build is missing or stale (`npm run build:cli`), so the build is timed.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchStart, QUICK } from './report.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SIMPUL = path.join(ROOT, 'bin', 'simpul');
const PYTHON = '/usr/bin/python3';

// Reads the same CSV edge list, computes betweenness with igraph, prints it as JSON: what the CLI does.
const IGRAPH = `
import csv, json, sys
import igraph as ig
with open(sys.argv[1], newline="") as f:
    rows = list(csv.reader(f))[1:]
g = ig.Graph.TupleList(rows, directed=False)
print(json.dumps(dict(zip(g.vs["name"], g.betweenness()))))
`;

/** A simple G(n, m) edge list (no loops, no repeated pairs) as CSV with a header, from a seeded mulberry32. */
function erdosRenyiCsv(n: number, m: number, seed: number): string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const seen = new Set<number>();
  const lines = ['source,target'];
  while (seen.size < m) {
    const u = Math.floor(next() * n);
    const v = Math.floor(next() * n);
    const key = Math.min(u, v) * n + Math.max(u, v);
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    lines.push(`n${u},n${v}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Milliseconds of one whole process of `command args`; throws when it fails. */
function timeOnce(command: string, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  // A notice means the sources ran, not the build: the figure would not be the one users get.
  if (command === SIMPUL && run.stderr.includes('dist/cli')) throw new Error(run.stderr);
  return elapsed;
}

/**
 * `runs` rounds of the given processes, taken in turn within each round, so that a change in the machine's
 * load falls on every side alike; each side's times in order.
 */
function timeRounds(runs: number, ...commands: [string, string[]][]): number[][] {
  const times = commands.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) {
    for (const [i, [command, args]] of commands.entries()) times[i]!.push(timeOnce(command, args));
  }
  return times;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const spread = (times: number[]) =>
  `median ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}, ${times.length} runs)`;

function main(): void {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs'), '--if-stale'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const report = benchStart();
  const dir = mkdtempSync(path.join(tmpdir(), 'simpul-cli-bench-'));
  try {
    const small = path.join(dir, 'ties-100.csv');
    writeFileSync(small, erdosRenyiCsv(60, 100, 7));
    const runs = QUICK ? 5 : 11;
    const [floor = [], help = [], analyze = []] = timeRounds(
      runs,
      [process.execPath, ['-e', '0']],
      [SIMPUL, ['--help']],
      [SIMPUL, ['network', 'analyze', small]],
    );
    if (!QUICK) {
      // Before the build: bin/simpul ran the sources through tsx (what it still does after an edit).
      const [sources = []] = timeRounds(3, [
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), '--help'],
      ]);
      console.log(`simpul --help from the sources through tsx (before the build): ${spread(sources)}`);
    }
    console.log(`Node doing nothing (node -e 0): ${spread(floor)}`);
    console.log(`simpul --help: ${spread(help)}`);
    console.log(`simpul network analyze (100 ties, every measure, summary): ${spread(analyze)}`);
    report.headline({
      what: '`simpul --help`, whole process',
      ours: ms(median(help)),
      reference: `Node alone ${ms(median(floor))}`,
      ratio: `target < 300 ms: ${median(help) < 300 ? 'met' : 'NOT met'}`,
    });
    report.headline({
      what: '`simpul network analyze`, 100 ties, whole process',
      ours: ms(median(analyze)),
      reference: `Node alone ${ms(median(floor))}`,
      ratio: `target < 500 ms: ${median(analyze) < 500 ? 'met' : 'NOT met'}`,
    });
    for (const [n, m, seed] of [
      [2000, 10_000, 1],
      [5000, 25_000, 2],
    ] as const) {
      const file = path.join(dir, `er-${n}.csv`);
      writeFileSync(file, erdosRenyiCsv(n, m, seed));
      const repeats = QUICK ? 3 : 5;
      const [ours = [], igraph = []] = timeRounds(
        repeats,
        [SIMPUL, ['network', 'analyze', file, '--metrics', 'betweenness', '--json']],
        [PYTHON, ['-c', IGRAPH, file]],
      );
      const what = `betweenness, ER ${n.toLocaleString('en')} / ${m.toLocaleString('en')}, whole process (CSV → JSON)`;
      console.log(`${what}: Simpul ${spread(ours)}; Python + igraph ${spread(igraph)}`);
      report.headline({
        what,
        ours: ms(median(ours)),
        reference: `Python + igraph ${ms(median(igraph))}`,
        ratio: `${(median(igraph) / median(ours)).toFixed(2)}× igraph`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    report.end();
  }
}

main();

/**
 * Runs the headline benches one after another and prints their headline lines as one table, with the date
 * and the load average before and after: `npm run bench:all -- --quick` reproduces the table at the top of
 * docs/PERFORMANCE.md in under three minutes.
 */

import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADLINE_MARK, QUICK } from './report.ts';

/** The benches whose headline lines make the table, in the order they run (each prints its own frame). */
const BENCHES = [
  'analysis.bench.ts',
  'community.bench.ts',
  'blockmodel.bench.ts',
  'brokerage.bench.ts',
  'import.bench.ts',
  'national.bench.ts',
  'national-workers.bench.ts',
  'http.bench.ts',
  'cli.bench.ts',
];

const here = path.dirname(fileURLToPath(import.meta.url));
const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

const started = new Date();
const loadBefore = load();
const rows: string[] = [];
for (const bench of BENCHES) {
  const args = ['--import', 'tsx', path.join(here, bench), ...(QUICK ? ['--quick'] : [])];
  console.log(`\n$ node ${args.join(' ')}`);
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(run.stdout);
  if (run.status !== 0) {
    console.error(`${bench} failed (exit ${run.status}); its lines are left out of the table.`);
    process.exitCode = 1;
  }
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith(HEADLINE_MARK))
      rows.push(`| ${line.slice(HEADLINE_MARK.length).split('\t').join(' | ')} |`);
  }
}
const seconds = Math.round((Date.now() - started.getTime()) / 1000);
console.log(
  `\nHeadline table — npm run bench:all${QUICK ? ' -- --quick' : ''}, ${started.toISOString().slice(0, 16)}Z, ${seconds} s`,
);
console.log(`Load average (1, 5, 15 min): before ${loadBefore}, after ${load()}\n`);
console.log('| what | Simpul | reference (same run) | ratio / target |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(row);

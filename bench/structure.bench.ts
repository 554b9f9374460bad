/**
 * What reciprocity, Freeman centralization and strength (issue #24, point 1) add to a whole-network
 * analysis, on the synthetic 500-firm / 3,000-tie centre and its 2,000 / 12,000 version.
 *
 *   node --import tsx bench/structure.bench.ts            (add --quick for fewer repeats)
 *
 * Times the new parts as `analyzeNetwork` runs them — reciprocity of the view, degrees and strength of the
 * view, centralization of the collaboration layer reusing the hop sweep's betweenness and closeness — beside
 * `analyzeNetwork` whole (for scale) and `centralization` from scratch (its own sweep: what a caller pays
 * that has not swept already). Subtracting two timings of `analyzeNetwork` was tried and drowned in noise.
 */

import {
  analyzeNetwork,
  betweenness,
  buildGraph,
  centralization,
  closeness,
  createRng,
  degree,
  positiveLayer,
  reciprocity,
  syntheticCenter,
} from '../src/analysis/index.ts';
import { benchStart, QUICK } from './report.ts';

const REPEATS = QUICK ? 3 : 9;
const report = benchStart();
const median = (values: number[]) =>
  values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
function time(run: () => unknown): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

console.log(`${REPEATS} timed runs each (median)\n`);
console.log(
  '| graph | analyzeNetwork, all metrics ms | new parts, sweep reused ms | centralization alone ms |',
);
console.log('|---|---|---|---|');
for (const [firms, ties] of QUICK
  ? [[500, 3000]]
  : [
      [500, 3000],
      [2000, 12000],
    ]) {
  const graph = buildGraph(syntheticCenter({ rng: createRng(1), firms, ties }).input);
  const collaboration = positiveLayer(graph);
  const swept = { betweenness: betweenness(collaboration), closeness: closeness(collaboration) };
  const whole = time(() => analyzeNetwork(graph));
  const added = time(() => {
    reciprocity(graph);
    degree(graph);
    centralization(collaboration, swept);
  });
  const alone = time(() => centralization(collaboration));
  console.log(
    `| synthetic centre ${firms} / ${ties} | ${whole.toFixed(1)} | ${added.toFixed(2)} | ${alone.toFixed(1)} |`,
  );
  if (firms === 500) {
    report.headline({
      what: 'reciprocity + centralization + strength inside analyzeNetwork, synthetic centre 500 / 3,000',
      ours: `${added.toFixed(2)} ms`,
      reference: '—',
      ratio: `${((100 * added) / whole).toFixed(1)}% of the whole analysis`,
    });
  }
}
report.end();

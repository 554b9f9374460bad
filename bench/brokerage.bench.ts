/**
 * Speed of brokerage by grouping with expected values and z-scores on a synthetic 1,500-firm centre.
 *
 *   npm run bench:brokerage            (add -- --quick for fewer repeats)
 *
 * Times what `GET /centers/:id/analysis/brokerage` computes once the network is loaded: the collaboration
 * layer, the Gould–Fernandez counts with sna's expectations, standard deviations and z-scores
 * (`brokerageScores`) and the brokered conflicts (`brokeredConflicts`), grouped by the synthetic centre's
 * product-line clusters and, second, by 60 "villages" (many small groups: more liaison pairs); each under
 * sna's random-graph null and under the permutation null (`permutationBrokerageScores`).
 * Target (issue #24): under 200 ms. No reference runs beside it: R (sna) is not installed here; the
 * expected values are checked against an enumeration of every graph in src/analysis/brokerage-null.test.ts.
 */

import {
  brokerageScores,
  brokeredConflicts,
  buildGraph,
  createRng,
  permutationBrokerageScores,
  positiveLayer,
  syntheticCenter,
} from '../src/analysis/index.ts';
import { benchStart, QUICK } from './report.ts';

const TARGET_MS = 200;
const REPEATS = QUICK ? 3 : 15;
const report = benchStart();
const center = syntheticCenter({ rng: createRng(1), firms: 1500, ties: 9000 });
const graph = buildGraph(center.input);
const villages = new Map(graph.ids.map((id, i) => [id, `village-${i % 60}`]));
console.log(
  `Graph: synthetic centre, ${graph.order} firms, ${graph.size} ties (${graph.edgeSign.filter((s) => s > 0).length} collaboration); ${REPEATS} timed runs (median)`,
);

const median = (values: number[]) =>
  values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

type Groups = ReadonlyMap<string, string> | Readonly<Record<string, string>>;
let score = brokerageScores;
function run(groups: Groups) {
  const scores = score(positiveLayer(graph), { groups });
  const conflicts = brokeredConflicts(graph);
  return { scores, conflicts };
}

run(center.cluster); // warm-up: JIT and first allocations
console.log(
  '\n| null model | grouping | groups | median ms | min ms | brokers | z ≥ 1.96 (any role) | brokers with conflicts |',
);
console.log('|---|---|---|---|---|---|---|---|');
let headlineMs = 0;
const runs = [
  ['random graph (sna)', brokerageScores, 'product-line clusters', center.cluster],
  ['random graph (sna)', brokerageScores, '60 villages', villages],
  ['permutation', permutationBrokerageScores, 'product-line clusters', center.cluster],
  ['permutation', permutationBrokerageScores, '60 villages', villages],
] as const;
for (const [model, scorer, name, groups] of runs) {
  score = scorer;
  run(groups); // warm-up of this model
  const times: number[] = [];
  let result = run(groups);
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    result = run(groups);
    times.push(performance.now() - started);
  }
  const ms = median(times);
  headlineMs = Math.max(headlineMs, ms);
  const brokers = result.scores.nodes.filter((s) => s.observed.total > 0).length;
  const significant = result.scores.nodes.filter((s) =>
    Object.values(s.z).some((z) => z !== null && z >= 1.96),
  ).length;
  const withConflicts = result.conflicts.filter((c) => c.count > 0).length;
  console.log(
    `| ${model} | ${name} | ${result.scores.groups.length} | ${ms.toFixed(1)} | ${Math.min(...times).toFixed(1)} | ${brokers} | ${significant} | ${withConflicts} |`,
  );
}
report.headline({
  what: 'brokerage with z-scores and conflicts, synthetic centre 1,500 firms / 9,000 ties',
  ours: `${headlineMs.toFixed(0)} ms`,
  reference: '—',
  ratio: headlineMs < TARGET_MS ? `target < ${TARGET_MS} ms met` : `target < ${TARGET_MS} ms missed`,
});
report.end();

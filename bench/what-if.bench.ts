/**
 * One what-if (issue #20, point 5) on the synthetic 500-firm / 3,000-tie centre: both sides (view,
 * indicators, components, exact frustration and camps, brokers, pattern label) after one edit, as
 * `POST /centers/:id/what-if` computes them once the network is loaded. Target: p95 < 200 ms.
 *
 *   node --import tsx bench/what-if.bench.ts            (add --quick for fewer repeats)
 *
 * Each run mediates a different conflict, so no run reuses another's work.
 */

import { createRng, syntheticCenter } from '../src/analysis/index.ts';
import type { WhatIfEdit } from '../src/analysis/what-if/what-if-types.ts';
import type { CenterNetwork } from '../src/networks/view/network.schema.ts';
import { simulate } from '../src/scenarios/simulate.ts';
import { benchStart, QUICK } from './report.ts';

const RUNS = QUICK ? 20 : 60;
const report = benchStart();
const center = syntheticCenter({ rng: createRng(1) });
const network: CenterNetwork = {
  centerId: '00000000-0000-4000-8000-000000000000',
  at: '2026-01-01',
  nodes: center.input.nodes.map((id) => ({
    id,
    kind: 'enterprise',
    label: id,
    regionCode: null,
    role: 'member',
    member: true,
    commodity: null,
    latitude: null,
    longitude: null,
  })),
  ties: center.input.edges.map((e, i) => ({
    id: `tie-${i}`,
    source: e.source,
    target: e.target,
    type: e.sign === -1 ? 'PRICE_UNDERCUTTING' : 'ORDER_SHARING',
    valence: e.sign === -1 ? 'conflict' : 'collaboration',
    directed: false,
    startDate: '2020-01-01',
    endDate: null,
    strength: null,
    frequency: null,
    formality: 'informal',
    confidence: 'reported',
    legalPattern: null,
    confidential: false,
  })),
};
const conflicts = center.input.edges.filter((e) => e.sign === -1);
const times: number[] = [];
simulate(network, [], []); // warm-up
for (let i = 0; i < RUNS; i++) {
  const tie = conflicts[i % conflicts.length] as (typeof conflicts)[number];
  const edits: WhatIfEdit[] = [{ action: 'resolveConflict', a: tie.source, b: tie.target }];
  const started = performance.now();
  const result = simulate(network, [], edits);
  times.push(performance.now() - started);
  if (!result.ok) throw new Error('edit refused');
}
times.sort((a, b) => a - b);
const at = (q: number) =>
  (times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] as number).toFixed(1);
console.log(
  `${RUNS} what-ifs (500 firms, 3,000 ties, one mediated conflict each): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
);
report.headline({
  what: 'what-if, synthetic 500 / 3,000, one mediated conflict, both sides',
  ours: `p95 ${at(0.95)} ms`,
  reference: '—',
  ratio: `p95 ${at(0.95)} ms vs 200 ms target`,
});
report.end();

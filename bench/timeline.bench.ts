/**
 * Speed of the yearly timeline and the tie-type layers (issue #24 point 5) on the synthetic 500-firm /
 * ~3,000-tie centre, its ties given start years 2005–2026 (more in recent years), 15% of them ended, and
 * one of eight types each.
 *
 *   npm run bench:timeline            (add -- --quick for fewer repeats)
 *
 * Times, CPU only (no database): `yearlyTimeline` (the library's 22 snapshots: density, exact
 * frustration, persistence), `centerTimeline` (what `GET /centers/:id/analysis/timeline` computes once
 * the 22 yearly networks are loaded: the centre indicators and pattern per year) and `multiplexLayers`.
 * No reference runs beside it: neither NetworkX nor igraph has a yearly-snapshot or layer-overlap routine
 * to time. Own target: the centre timeline under 1 s, as it is computed on request.
 */

import {
  createRng,
  type DatedTie,
  multiplexLayers,
  syntheticCenter,
  yearlyTimeline,
} from '../src/analysis/index.ts';
import { INTERACTION_TYPE_CODES } from '../src/interactions/interaction-types.ts';
import { type CenterSnapshot, centerTimeline } from '../src/networks/analysis/center-timeline.ts';
import type { CenterNetwork, NetworkTie } from '../src/networks/view/network.schema.ts';
import { benchStart, QUICK } from './report.ts';

const TARGET_MS = 1000;
const REPEATS = QUICK ? 3 : 7;
const FIRST = 2005;
const LAST = 2026;
const report = benchStart();
const rng = createRng(7);
const { input } = syntheticCenter({ rng: createRng(1) });
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const idOf = new Map(input.nodes.map((id, i) => [id, uuid(i + 1)]));
const types = [...INTERACTION_TYPE_CODES.slice(0, 6), 'PRICE_UNDERCUTTING', 'DESIGN_COPYING'] as const;
const ties: (DatedTie & { type: (typeof types)[number] })[] = input.edges.map((e) => {
  const year = LAST - Math.floor((LAST - FIRST + 1) * rng() ** 2);
  const ended = rng() < 0.15 ? `${Math.min(LAST, year + 1 + Math.floor(rng() * 5))}-07-01` : null;
  const sign = e.sign ?? 1;
  const pool = sign > 0 ? types.slice(0, 6) : types.slice(6);
  return {
    source: e.source,
    target: e.target,
    sign,
    start: `${year}-03-01`,
    end: ended,
    type: pool[Math.floor(rng() * pool.length)] as (typeof types)[number],
  };
});
console.log(
  `Centre: ${input.nodes.length} firms, ${ties.length} dated ties, ${FIRST}–${LAST}; ${REPEATS} runs (median)`,
);

const median = (values: number[]) =>
  values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const time = (run: () => unknown) => {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
};

const yearsMs = time(() => yearlyTimeline(input.nodes, ties, { lastDay: `${LAST}-12-06` }));
const layersMs = time(() =>
  multiplexLayers(
    input.nodes,
    ties.map((t) => ({ ...t, layer: t.type })),
  ),
);

// The centre path: the yearly networks as the loader gives them, then indicators and pattern per year.
const nodes = input.nodes.map((id) => ({
  id: idOf.get(id) as string,
  kind: 'enterprise' as const,
  label: id,
  regionCode: null,
  role: 'member',
  member: true,
  commodity: null,
  latitude: null,
  longitude: null,
}));
const networkTies: NetworkTie[] = ties.map((t, i) => ({
  id: uuid(100_000 + i),
  source: idOf.get(t.source) as string,
  target: idOf.get(t.target) as string,
  type: t.type,
  valence: (t.sign ?? 1) > 0 ? 'collaboration' : 'conflict',
  directed: true,
  startDate: t.start as string,
  endDate: t.end,
  strength: null,
  frequency: null,
  formality: 'oral',
  confidence: 'reported',
  legalPattern: null,
  confidential: false,
}));
const snapshots: CenterSnapshot[] = [];
for (let year = FIRST; year <= LAST; year++) {
  const day = year === LAST ? `${LAST}-12-06` : `${year}-12-31`;
  const active = networkTies.filter((t) => t.startDate <= day && (t.endDate === null || day < t.endDate));
  const network: CenterNetwork = { centerId: uuid(0), at: day, nodes, ties: active };
  snapshots.push({ year, day, network, affiliations: [] });
}
const centerMs = time(() => centerTimeline(snapshots));

console.log('\n| what | median ms |');
console.log('|---|---|');
console.log(`| yearlyTimeline, ${LAST - FIRST + 1} snapshots | ${yearsMs.toFixed(0)} |`);
console.log(`| centerTimeline (indicators + pattern per year) | ${centerMs.toFixed(0)} |`);
console.log(`| multiplexLayers, ${types.length} layers | ${layersMs.toFixed(1)} |`);
report.headline({
  what: `centre timeline, 500 firms / ${ties.length} ties, ${LAST - FIRST + 1} years (CPU, loaded networks)`,
  ours: `${centerMs.toFixed(0)} ms`,
  reference: '—',
  ratio: centerMs < TARGET_MS ? `< ${TARGET_MS} ms` : `over ${TARGET_MS} ms`,
});
report.end();

/**
 * Where the matching bench's time goes: each loader query of one ranking timed alone, the ranking itself,
 * and the whole load with trust from the summary against trust from the live ties (the reference).
 */
import type { Db } from '../src/db/database.ts';
import { loadCandidateFacts, quarterStart } from '../src/matching/candidate-facts.ts';
import {
  awardedRows,
  conflictRows,
  deliveryRows,
  historyTieRows,
  memberRows,
  profileRows,
} from '../src/matching/matching.repo.ts';
import type { RequestSpec } from '../src/matching/matching.types.ts';
import { rankCandidates } from '../src/matching/score.ts';
import { trustSummaryRows } from '../src/matching/trust-summary.repo.ts';
import { percentiles } from './percentiles.ts';

/** p50 and p95 in ms of `runs` calls of `work` after two warm-up calls. */
const timed = (runs: number, work: () => Promise<unknown>) => percentiles(work, runs, 2);

/** Prints the breakdown for `spec`; returns the p95 of the live-trust load + ranking (the reference). */
export async function breakdown(db: Db, spec: RequestSpec, runs: number): Promise<{ liveP95: number }> {
  const scope = { centerIds: spec.targetCenterIds, asOf: spec.asOf, processCodes: spec.processCodes };
  const poster = spec.posterEnterpriseId as string;
  const parts: [string, () => Promise<unknown>][] = [
    ['members with yearly figures', () => memberRows(db, spec.targetCenterIds, spec.asOf)],
    ['profiles', () => profileRows(db, scope)],
    ['trust summary rows', () => trustSummaryRows(db, scope, poster)],
    ['live tie history (reference)', () => historyTieRows(db, scope)],
    ['live deliveries (reference)', () => deliveryRows(db, scope)],
    ['conflicts with the poster', () => conflictRows(db, scope, poster)],
    ['awarded this quarter', () => awardedRows(db, scope, quarterStart(spec.asOf))],
  ];
  for (const [label, work] of parts) {
    const t = await timed(runs, work);
    console.log(`  ${label}: p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`);
  }
  const facts = await loadCandidateFacts(db, spec);
  const rankOnly = await timed(runs, async () =>
    rankCandidates(spec, facts.candidates, { weights: facts.weights, poster: facts.poster }),
  );
  console.log(`  ranking ${facts.candidates.length} candidates in memory: p50 ${rankOnly.p50.toFixed(1)} ms`);
  const rankWith = (source: 'summary' | 'live') => async () => {
    const f = await loadCandidateFacts(db, spec, source);
    return rankCandidates(spec, f.candidates, { weights: f.weights, poster: f.poster });
  };
  const summary = await timed(runs, rankWith('summary'));
  const live = await timed(runs, rankWith('live'));
  console.log(
    `  load + rank, trust from the summary: p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms; ` +
      `from the live ties (reference): p50 ${live.p50.toFixed(1)} ms, p95 ${live.p95.toFixed(1)} ms`,
  );
  return { liveP95: live.p95 };
}

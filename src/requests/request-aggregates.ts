/**
 * Request aggregates for researchers (issue #18), from plain rows so that they are tested by hand. Small
 * cells are suppressed as statistical offices do for business counts: a cell of fewer than `MIN_CELL`
 * requests (or firms, for volumes) is hidden, and when a breakdown that adds up to its shown total hides
 * exactly one cell, the next smallest is hidden too so the first cannot be recovered by subtraction.
 */

import { quarterOf } from '../matching/gini.ts';
import { median, ratio } from '../partnership-kpis/kpis.ts';
import { AGGREGATE_SIZE_CLASSES, MIN_CELL, type RequestAggregates } from './request-aggregates.schema.ts';
import { REQUEST_STATUSES, type RequestStatus } from './requests.constants.ts';

/** A request of the period: its day (publication, else creation) and, once awarded, its award. */
export interface AggregateRequest {
  requestId: string;
  status: RequestStatus;
  processCodes: readonly string[];
  /** `YYYY-MM-DD` (Jakarta) the request counts on. */
  day: string;
  publishedAt: string | null;
  awardedAt: string | null;
}

/** An award not cancelled, with the size class of its firm (the firm itself never leaves this module). */
export interface AggregateAward {
  requestId: string;
  enterpriseId: string;
  quantity: number;
  sizeClass: (typeof AGGREGATE_SIZE_CLASSES)[number];
}

/** Everything the aggregates are computed from. */
export interface AggregateInput {
  from: string;
  to: string;
  requests: readonly AggregateRequest[];
  invitations: readonly { requestId: string; answered: boolean }[];
  awards: readonly AggregateAward[];
}

const DAY_MS = 86_400_000;

/** `n`, or null under `MIN_CELL`. */
export function cell(n: number): number | null {
  return n < MIN_CELL ? null : n;
}

/**
 * Cells of a breakdown that adds up to a shown total, suppressed: under `MIN_CELL`, and when that hides
 * exactly one cell, the smallest other one as well.
 */
export function partition<K>(counts: ReadonlyMap<K, number>): { key: K; count: number | null }[] {
  const rows = [...counts].map(([key, n]) => ({ key, n, count: cell(n) }));
  if (rows.filter((r) => r.count === null).length === 1) {
    const shown = rows.filter((r) => r.count !== null).sort((a, b) => a.n - b.n);
    const smallest = shown[0];
    if (smallest) smallest.count = null;
  }
  return rows.map(({ key, count }) => ({ key, count }));
}

function countBy<K>(keys: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The aggregates of `input`, suppressed. */
export function requestAggregates(input: AggregateInput): RequestAggregates {
  const ids = new Set(input.requests.map((r) => r.requestId));
  const invitations = input.invitations.filter((i) => ids.has(i.requestId));
  const answered = invitations.filter((i) => i.answered).length;
  const days = input.requests
    .filter((r) => r.awardedAt !== null && r.publishedAt !== null)
    .map((r) => (Date.parse(r.awardedAt ?? '') - Date.parse(r.publishedAt ?? '')) / DAY_MS);
  const total = cell(input.requests.length);
  const byStatus = partition(countBy(input.requests.map((r) => r.status)));
  const byQuarter = partition(countBy(input.requests.map((r) => quarterOf(r.day))));
  // Processes overlap (one request asks several), so their cells do not add up to the total.
  const byProcess = [...countBy(input.requests.flatMap((r) => [...new Set(r.processCodes)]))];
  // The rate is hidden with its numerator or denominator: rate × invitations would give the count back.
  const shownRate = cell(invitations.length) !== null && cell(answered) !== null;
  return {
    from: input.from,
    to: input.to,
    requests: total,
    byStatus: byStatus
      .map((r) => ({ status: r.key, count: r.count }))
      .sort((a, b) => REQUEST_STATUSES.indexOf(a.status) - REQUEST_STATUSES.indexOf(b.status)),
    byProcess: byProcess
      .map(([processCode, n]) => ({ processCode, count: cell(n) }))
      .sort((a, b) => a.processCode.localeCompare(b.processCode)),
    byQuarter: byQuarter
      .map((r) => ({ quarter: r.key, count: r.count }))
      .sort((a, b) => a.quarter.localeCompare(b.quarter)),
    invitations: cell(invitations.length),
    answered: cell(invitations.length) === null ? null : cell(answered),
    responseRate: shownRate ? ratio(answered, invitations.length) : null,
    awardedRequests: cell(days.length),
    medianDaysToAward: cell(days.length) === null ? null : median(days),
    awardedVolumeBySize: volumeBySize(input.awards.filter((a) => ids.has(a.requestId))),
  };
}

/** Awarded volume per size class, shown only where at least `MIN_CELL` distinct firms stand behind it. */
function volumeBySize(awards: readonly AggregateAward[]): RequestAggregates['awardedVolumeBySize'] {
  return AGGREGATE_SIZE_CLASSES.flatMap((sizeClass) => {
    const own = awards.filter((a) => a.sizeClass === sizeClass);
    if (own.length === 0) return [];
    const firms = cell(new Set(own.map((a) => a.enterpriseId)).size);
    const volume = own.reduce((acc, a) => acc + a.quantity, 0);
    return [{ sizeClass, firms, volume: firms === null ? null : volume }];
  });
}

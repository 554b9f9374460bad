/**
 * Conflict-case KPIs (issue #19 point 1), from plain rows so that they are tested by hand. The cohort is the
 * cases reported in the period; every count is suppressed under 3 cases and every breakdown or rate that
 * would let a hidden cell be recovered by subtraction hides its complement too (`partition`), as the
 * request aggregates do for researchers.
 */

import { CASE_STATUSES, CASE_TYPES, type CaseStatus, type CaseType } from '../cases/cases.constants.ts';
import { median } from '../partnership-kpis/kpis.ts';
import { cell, partition } from '../requests/request-aggregates.ts';
import type { CaseKpis } from './case-kpis.schema.ts';

/** A case as the KPIs need it: no title, text or reporter. */
export interface KpiCase {
  id: string;
  caseType: CaseType;
  status: CaseStatus;
  /** `YYYY-MM-DD` (Jakarta) the case was reported. */
  reportedOn: string;
  agreedOn: string | null;
  /** Ids of its parties (firms, people, institutions). */
  parties: readonly string[];
}

/** A commitment of an agreement. */
export interface KpiCommitment {
  caseId: string;
  dueOn: string;
  state: 'open' | 'kept' | 'missed';
  /** `YYYY-MM-DD` (Jakarta) it was marked, null while open. */
  markedOn: string | null;
}

/** Everything the KPIs are computed from; `cases` may reach back 12 months before `from` for recurrence. */
export interface CaseKpiInput {
  from: string;
  to: string;
  /** Today (Jakarta): an open commitment due before it counts as not kept on time. */
  today: string;
  cases: readonly KpiCase[];
  commitments: readonly KpiCommitment[];
}

/** Statuses in which a case has ended (a cancelled case was withdrawn: neither resolved nor failed). */
const ENDED: readonly CaseStatus[] = ['agreed', 'not_agreed', 'referred', 'closed'];
const DAY_MS = 86_400_000;

function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

/** The day one year before `day`. */
export function yearBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
}

function countBy<K>(keys: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** `keys` in the order of `order`, so that which of two equal cells is hidden does not depend on row order. */
function inOrder<K>(keys: readonly K[], order: readonly K[]): K[] {
  return [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** `part` of `whole` shown as a pair that adds up: both counts and the share, or the share hidden. */
function split(part: number, whole: number): { part: number | null; share: number | null } {
  const [yes, no] = partition(
    new Map([
      ['yes', part],
      ['no', whole - part],
    ]),
  );
  const shown = cell(whole) !== null && yes?.count !== null && no?.count !== null;
  return { part: cell(whole) === null ? null : (yes?.count ?? null), share: shown ? part / whole : null };
}

/**
 * Whether `kase` shares at least two parties with a case reported before it, at most 12 months earlier
 * (a quarrel between the same firms breaking out again).
 */
function recurs(kase: KpiCase, all: readonly KpiCase[]): boolean {
  const own = new Set(kase.parties);
  if (own.size < 2) return false;
  return all.some(
    (other) =>
      other.id !== kase.id &&
      (other.reportedOn < kase.reportedOn || (other.reportedOn === kase.reportedOn && other.id < kase.id)) &&
      other.reportedOn >= yearBefore(kase.reportedOn) &&
      new Set(other.parties).size >= 2 &&
      [...new Set(other.parties)].filter((p) => own.has(p)).length >= 2,
  );
}

/** The suppressed KPIs of the cases reported between `from` and `to`. */
export function caseKpis(input: CaseKpiInput): CaseKpis {
  const cohort = input.cases.filter((k) => k.reportedOn >= input.from && k.reportedOn <= input.to);
  const ids = new Set(cohort.map((k) => k.id));
  const ended = cohort.filter((k) => ENDED.includes(k.status));
  const resolved = ended.filter(
    (k) => k.status === 'agreed' || (k.status === 'closed' && k.agreedOn !== null),
  );
  const toAgreement = cohort
    .filter((k) => k.agreedOn !== null)
    .map((k) => days(k.reportedOn, k.agreedOn ?? ''));
  const recurrent = cohort.filter((k) => recurs(k, input.cases)).length;
  // A commitment counts once it is decided or its day has passed; kept on time = marked kept by its day.
  const due = input.commitments.filter(
    (c) => ids.has(c.caseId) && (c.state !== 'open' || c.dueOn < input.today),
  );
  const keptOnTime = due.filter((c) => c.state === 'kept' && (c.markedOn ?? '') <= c.dueOn).length;
  const resolution = split(resolved.length, ended.length);
  const recurrence = split(recurrent, cohort.length);
  const kept = split(keptOnTime, due.length);
  const agreements = cell(toAgreement.length);
  return {
    from: input.from,
    to: input.to,
    cases: cell(cohort.length),
    byType: partition(
      countBy(
        inOrder(
          cohort.map((k) => k.caseType),
          CASE_TYPES,
        ),
      ),
    )
      .map((r) => ({ caseType: r.key, count: r.count }))
      .sort((a, b) => CASE_TYPES.indexOf(a.caseType) - CASE_TYPES.indexOf(b.caseType)),
    byStatus: partition(
      countBy(
        inOrder(
          cohort.map((k) => k.status),
          CASE_STATUSES,
        ),
      ),
    )
      .map((r) => ({ status: r.key, count: r.count }))
      .sort((a, b) => CASE_STATUSES.indexOf(a.status) - CASE_STATUSES.indexOf(b.status)),
    ended: cell(ended.length),
    resolved: resolution.part,
    resolutionRate: resolution.share,
    agreements,
    medianDaysToAgreement: agreements === null ? null : median(toAgreement),
    recurrent: recurrence.part,
    recurrenceRate: recurrence.share,
    commitmentsDue: cell(due.length),
    commitmentsKeptOnTime: kept.part,
    keptOnTimeShare: kept.share,
  };
}

/**
 * The trust summary (migration 0022): one row per candidate with its history in counts, and the part of it
 * done for the poster, instead of every tie. The summary is kept by triggers in the writing transaction
 * (docs/design-choices.md, "Matching: the trust summary").
 */
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { type CandidateScope, jsonRows, membersOf } from './matching.repo.ts';

/** Work ties by end day ("open" while running) → count, as stored. */
export type JobDays = Record<string, number>;

/** A tie kept one by one because it had not started when the summary was written. */
export interface LateTie {
  type: string;
  client: string;
  start: string;
  end: string | null;
}

/** One member's summary, with the part for the poster (zero and empty when none or no poster). */
export interface TrustSummaryRow {
  enterprise_id: string;
  job_days: JobDays;
  breach_count: number;
  delivery_count: number;
  on_time_count: number;
  rating_sum: number;
  rating_count: number;
  /** Ties that started after the summary was written, one by one (end null while open). */
  late_ties: LateTie[];
  /** The latest start day of the ties counted: a ranking for an earlier day may not use the summary. */
  horizon: string | null;
  poster_job_days: JobDays;
  poster_delivery_count: number;
  poster_on_time_count: number;
}

/** The summaries of the members of `scope` that have any history, with their part for `posterId`. */
export async function trustSummaryRows(
  db: Db,
  scope: CandidateScope,
  posterId: string | null,
): Promise<TrustSummaryRow[]> {
  return jsonRows<TrustSummaryRow>(
    db,
    sql`
    WITH m AS MATERIALIZED (${membersOf(scope)})
    SELECT s.enterprise_id, s.job_days, s.breach_count, s.delivery_count, s.on_time_count, s.rating_sum,
      s.rating_count, s.late_ties, s.horizon, COALESCE(p.job_days, '{}'::jsonb) AS poster_job_days,
      COALESCE(p.delivery_count, 0) AS poster_delivery_count, COALESCE(p.on_time_count, 0) AS poster_on_time_count
    FROM m JOIN trust_summaries s ON s.enterprise_id = m.enterprise_id
    LEFT JOIN trust_pair_summaries p ON p.enterprise_id = s.enterprise_id AND p.client_id = ${posterId}::uuid
    WHERE s.job_count > 0 OR s.breach_count > 0 OR s.delivery_count > 0 OR s.late_ties <> '[]'::jsonb`,
  );
}

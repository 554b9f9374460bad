/**
 * The candidates of a ranking in one query: each member of the target centres on the ranking day with its
 * latest yearly figures and, when it masters an asked process, its capability profile and its trust
 * summary. One statement finds the members once (five queries each evaluated the member sub-select before),
 * and the profile's processes and certificates come as parallel arrays, which the driver parses without
 * building an object per element.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { memberOn } from '../shared/periods.ts';
import type { CandidateScope } from './matching.repo.ts';
import type { JobDays, LateTie } from './trust-summary.repo.ts';

/** One member of the target centres, with its profile and summary when it qualifies (nulls otherwise). */
export interface CandidateRow {
  id: string;
  name: string;
  region_code: string | null;
  center_id: string;
  year: number | null;
  workers_male: number | null;
  workers_female: number | null;
  business_capital: number | null;
  annual_sales: number | null;
  investment_excl_land_building: number | null;
  /** Null when the member masters no asked process or keeps no profile. */
  profile_id: string | null;
  monthly_capacity: number | null;
  capacity_unit: string | null;
  spare_capacity_pct: number | null;
  spare_confirmed_on: string | null;
  lead_time_days: number | null;
  min_order_qty: number | null;
  accepts_toll: boolean | null;
  accepts_subcontract: boolean | null;
  accepts_client_materials: boolean | null;
  /** The asked processes it masters and their levels, index by index. */
  process_codes: string[] | null;
  process_levels: number[] | null;
  /** Every certificate: kind and validity days (YYYY-MM-DD or null), index by index. */
  cert_kinds: string[] | null;
  cert_from: (string | null)[] | null;
  cert_until: (string | null)[] | null;
  /** Null when the member has no history (or does not qualify); the rest of the summary then is null too. */
  summary_id: string | null;
  job_days: JobDays | null;
  breach_count: number | null;
  delivery_count: number | null;
  on_time_count: number | null;
  rating_sum: number | null;
  rating_count: number | null;
  late_ties: LateTie[] | null;
  horizon: string | null;
  poster_job_days: JobDays | null;
  poster_delivery_count: number | null;
  poster_on_time_count: number | null;
}

/** The members of `scope` on its day (archived firms left out), each with what its ranking needs. */
export async function candidateRows(
  db: Db,
  { centerIds, asOf, processCodes }: CandidateScope,
  posterId: string | null,
): Promise<CandidateRow[]> {
  const year = Number(asOf.slice(0, 4));
  const codes = [...processCodes];
  const qualifies =
    codes.length === 0
      ? sql`true`
      : sql`EXISTS (SELECT 1 FROM capability_processes q WHERE q.enterprise_id = m.id
          AND q.process_code = ANY(${codes}::text[]))`;
  const { rows } = await sql<CandidateRow>`
    WITH m AS MATERIALIZED (
      SELECT DISTINCT ON (e.id) e.id, e.name, e.region_code, cm.center_id
      FROM center_memberships cm JOIN enterprises e ON e.id = cm.enterprise_id
      WHERE cm.center_id = ANY(${[...centerIds]}::uuid[]) AND ${memberOn(asOf, 'cm')} AND e.archived_at IS NULL
      ORDER BY e.id, cm.center_id),
    q AS MATERIALIZED (SELECT m.id FROM m WHERE ${qualifies}),
    pr AS (SELECT cp.enterprise_id, array_agg(cp.process_code) AS codes, array_agg(cp.level) AS levels
      FROM q JOIN capability_processes cp ON cp.enterprise_id = q.id
      WHERE cp.process_code = ANY(${codes}::text[]) GROUP BY cp.enterprise_id),
    ce AS (SELECT cc.enterprise_id, array_agg(cc.kind) AS kinds,
        array_agg(to_char(cc.valid_from, 'YYYY-MM-DD')) AS froms, array_agg(to_char(cc.valid_until, 'YYYY-MM-DD')) AS untils
      FROM q JOIN capability_certifications cc ON cc.enterprise_id = q.id GROUP BY cc.enterprise_id)
    SELECT m.id, m.name, m.region_code, m.center_id,
      y.year, y.workers_male, y.workers_female, y.business_capital, y.annual_sales, y.investment_excl_land_building,
      p.enterprise_id AS profile_id, p.monthly_capacity, p.capacity_unit, p.spare_capacity_pct, p.spare_confirmed_on,
      p.lead_time_days, p.min_order_qty, p.accepts_toll, p.accepts_subcontract, p.accepts_client_materials,
      pr.codes AS process_codes, pr.levels AS process_levels,
      ce.kinds AS cert_kinds, ce.froms AS cert_from, ce.untils AS cert_until,
      s.enterprise_id AS summary_id, s.job_days, s.breach_count, s.delivery_count, s.on_time_count, s.rating_sum,
      s.rating_count, s.late_ties, s.horizon, COALESCE(ps.job_days, '{}'::jsonb) AS poster_job_days,
      COALESCE(ps.delivery_count, 0) AS poster_delivery_count, COALESCE(ps.on_time_count, 0) AS poster_on_time_count
    FROM m
    LEFT JOIN LATERAL (SELECT * FROM enterprise_year_data yd WHERE yd.enterprise_id = m.id AND yd.year <= ${year}
      ORDER BY yd.year DESC LIMIT 1) y ON true
    LEFT JOIN q ON q.id = m.id
    LEFT JOIN capability_profiles p ON p.enterprise_id = q.id
    LEFT JOIN pr ON pr.enterprise_id = q.id
    LEFT JOIN ce ON ce.enterprise_id = q.id
    LEFT JOIN trust_summaries s ON s.enterprise_id = q.id
      AND (s.job_count > 0 OR s.breach_count > 0 OR s.delivery_count > 0 OR s.late_ties <> '[]'::jsonb)
    LEFT JOIN trust_pair_summaries ps ON ps.enterprise_id = s.enterprise_id AND ps.client_id = ${posterId}::uuid
    ORDER BY m.id`.execute(db);
  return rows;
}

import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { memberOn } from '../shared/periods.ts';

/** A period of days, both ends included (`YYYY-MM-DD`). */
export interface KpiPeriod {
  from: string;
  to: string;
}

/** A request published in the period (Jakarta days) aimed at one of the centres; one row per centre. */
export interface CohortRow {
  center_id: string;
  request_id: string;
  published_at: string;
  awarded_at: string | null;
}

/** The requests published in `period` that target any of `centerIds`, one query for all centres. */
export async function cohortRows(
  db: Db,
  centerIds: readonly string[],
  period: KpiPeriod,
): Promise<CohortRow[]> {
  if (centerIds.length === 0) return [];
  const { rows } = await sql<CohortRow>`
    SELECT prc.center_id, r.id AS request_id,
      to_json(r.published_at)#>>'{}' AS published_at, to_json(r.awarded_at)#>>'{}' AS awarded_at
    FROM partnership_request_centers prc JOIN partnership_requests r ON r.id = prc.request_id
    WHERE prc.center_id = ANY(${[...centerIds]}::uuid[]) AND r.published_at IS NOT NULL
      AND (r.published_at AT TIME ZONE 'Asia/Jakarta')::date BETWEEN ${period.from}::date AND ${period.to}::date`.execute(
    db,
  );
  return rows;
}

/** An invitation of a cohort request and whether the invited firm quoted (a withdrawn quote still answered). */
export interface InvitationRow {
  request_id: string;
  answered: boolean;
}

/** The invitations of `requestIds`, one query. */
export async function invitationRows(db: Db, requestIds: readonly string[]): Promise<InvitationRow[]> {
  if (requestIds.length === 0) return [];
  const { rows } = await sql<InvitationRow>`
    SELECT i.request_id, EXISTS (SELECT 1 FROM request_answers a
      WHERE a.request_id = i.request_id AND a.enterprise_id = i.enterprise_id) AS answered
    FROM request_invitations i WHERE i.request_id = ANY(${[...requestIds]}::uuid[])`.execute(db);
  return rows;
}

/** An award of a cohort request with the figures that decide its firm's size class. */
export interface AwardRow {
  request_id: string;
  enterprise_id: string;
  quantity: number;
  awarded_on: string;
  realised: boolean;
  year: number | null;
  workers_male: number | null;
  workers_female: number | null;
  business_capital: number | null;
  annual_sales: number | null;
  investment_excl_land_building: number | null;
}

/**
 * The awards of `requestIds` not cancelled, one query; each with its firm's latest yearly figures up to
 * the award's year. The award day is the request's award (an award added later keeps its own day only
 * when the request has none). "Realised": delivered and recorded as a tie.
 */
export async function awardRows(db: Db, requestIds: readonly string[]): Promise<AwardRow[]> {
  if (requestIds.length === 0) return [];
  const { rows } = await sql<AwardRow>`
    SELECT a.request_id, a.enterprise_id, a.quantity::float8 AS quantity,
      to_char(COALESCE(r.awarded_at, a.created_at) AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS awarded_on,
      (a.status = 'delivered' AND a.interaction_id IS NOT NULL) AS realised,
      y.year, y.workers_male, y.workers_female, y.business_capital, y.annual_sales, y.investment_excl_land_building
    FROM request_awards a JOIN partnership_requests r ON r.id = a.request_id
    LEFT JOIN LATERAL (SELECT * FROM enterprise_year_data yd WHERE yd.enterprise_id = a.enterprise_id
      AND yd.year <= extract(year FROM COALESCE(r.awarded_at, a.created_at) AT TIME ZONE 'Asia/Jakarta') ORDER BY yd.year DESC LIMIT 1) y ON true
    WHERE a.request_id = ANY(${[...requestIds]}::uuid[]) AND a.status <> 'cancelled'`.execute(db);
  return rows;
}

/** The unarchived member firms of `centerIds` on `day`, one query. */
export async function memberIdRows(
  db: Db,
  centerIds: readonly string[],
  day: string,
): Promise<{ center_id: string; enterprise_id: string }[]> {
  if (centerIds.length === 0) return [];
  const { rows } = await sql<{ center_id: string; enterprise_id: string }>`
    SELECT DISTINCT cm.center_id, cm.enterprise_id FROM center_memberships cm
      JOIN enterprises e ON e.id = cm.enterprise_id
    WHERE cm.center_id = ANY(${[...centerIds]}::uuid[]) AND ${memberOn(day, 'cm')} AND e.archived_at IS NULL`.execute(
    db,
  );
  return rows;
}

/** The requests among `requestIds` with an award delivered and recorded as a tie, one query. */
export async function realisedRequestIds(db: Db, requestIds: readonly string[]): Promise<string[]> {
  if (requestIds.length === 0) return [];
  const { rows } = await sql<{ request_id: string }>`
    SELECT DISTINCT a.request_id FROM request_awards a
    WHERE a.request_id = ANY(${[...requestIds]}::uuid[]) AND a.status = 'delivered' AND a.interaction_id IS NOT NULL`.execute(
    db,
  );
  return rows.map((r) => r.request_id);
}

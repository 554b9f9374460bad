import { sql } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import type { RequestStatus } from './requests.constants.ts';

/** A request of the aggregates' period, as the repo reads it. */
export interface AggregateRequestRow {
  id: string;
  status: RequestStatus;
  process_codes: string[];
  day: string;
  published_at: string | null;
  awarded_at: string | null;
}

/** Which requests to count: the reader's scope (alias `r`), the filters and the period (Jakarta days). */
export interface AggregateFilter {
  scope: ScopePredicate;
  regionCode?: string | undefined;
  centerId?: string | undefined;
  from: string;
  to: string;
}

/**
 * The requests whose day (publication, else creation) falls in the period, within the scope; a region
 * filter keeps those aimed at a centre of the region (or below it) or at the region itself.
 */
export async function aggregateRequestRows(db: Db, filter: AggregateFilter): Promise<AggregateRequestRow[]> {
  const region = filter.regionCode
    ? sql<boolean>`(EXISTS (SELECT 1 FROM partnership_request_centers rc JOIN center_regions cr ON cr.center_id = rc.center_id
        WHERE rc.request_id = r.id AND (cr.region_code = ${filter.regionCode} OR cr.region_code LIKE ${`${filter.regionCode}.%`}))
        OR r.target_region_code = ${filter.regionCode} OR r.target_region_code LIKE ${`${filter.regionCode}.%`})`
    : sql<boolean>`true`;
  const center = filter.centerId
    ? sql<boolean>`EXISTS (SELECT 1 FROM partnership_request_centers rc WHERE rc.request_id = r.id AND rc.center_id = ${filter.centerId}::uuid)`
    : sql<boolean>`true`;
  const { rows } = await sql<AggregateRequestRow>`
    SELECT r.id, r.status, r.process_codes,
      to_char(COALESCE(r.published_at, r.created_at) AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS day,
      to_json(r.published_at)#>>'{}' AS published_at, to_json(r.awarded_at)#>>'{}' AS awarded_at
    FROM partnership_requests r
    WHERE ${filter.scope ?? sql<boolean>`true`} AND ${region} AND ${center}
      AND (COALESCE(r.published_at, r.created_at) AT TIME ZONE 'Asia/Jakarta')::date
        BETWEEN ${filter.from}::date AND ${filter.to}::date`.execute(db);
  return rows;
}

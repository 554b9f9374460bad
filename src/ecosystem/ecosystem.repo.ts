import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { memberOn } from '../shared/periods.ts';

/** Counts of one centre's member firms (members on `today`), for the share proxies. */
export interface MemberFacts {
  members: number;
  withNib: number;
  exporters: number;
  joinedSince: number;
  withFinancing: number;
}

/**
 * Per centre, its members on `today`: how many, with an NIB, with the exporter role, whose membership
 * began on or after `since`, and who belong (on `today`) to an institution offering financing or being a
 * financial institution.
 */
export async function memberFacts(
  db: Db,
  centerIds: readonly string[],
  today: string,
  since: string,
): Promise<Map<string, MemberFacts>> {
  const { rows } = await sql<{
    center_id: string;
    members: number;
    with_nib: number;
    exporters: number;
    joined_since: number;
    with_financing: number;
  }>`
    WITH m AS (
      SELECT DISTINCT ON (m.center_id, m.enterprise_id) m.center_id, m.enterprise_id, m.valid_from
      FROM center_memberships m
      WHERE m.center_id = ANY(${[...centerIds]}::uuid[]) AND ${memberOn(today, 'm')}
      ORDER BY m.center_id, m.enterprise_id, m.valid_from
    )
    SELECT m.center_id,
      count(*)::int AS members,
      count(*) FILTER (WHERE e.nib IS NOT NULL)::int AS with_nib,
      count(*) FILTER (WHERE 'exporter' = ANY(e.value_chain_roles))::int AS exporters,
      count(*) FILTER (WHERE m.valid_from >= ${since}::date)::int AS joined_since,
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM institution_memberships im JOIN institutions i ON i.id = im.institution_id
        WHERE im.enterprise_id = m.enterprise_id AND ${memberOn(today, 'im')} AND i.archived_at IS NULL
          AND ('financing' = ANY(i.services) OR i.type = 'financial_institution')
      ))::int AS with_financing
    FROM m JOIN enterprises e ON e.id = m.enterprise_id AND e.archived_at IS NULL
    GROUP BY m.center_id`.execute(db);
  return new Map(
    rows.map((r) => [
      r.center_id,
      {
        members: r.members,
        withNib: r.with_nib,
        exporters: r.exporters,
        joinedSince: r.joined_since,
        withFinancing: r.with_financing,
      },
    ]),
  );
}

/** What the institutions serving a centre offer, for the institution-based proxies. */
export interface InstitutionFacts {
  institutions: number;
  withLegalBasis: number;
  sharedFacilities: number;
  supportServices: number;
  activeBoards: number;
}

/**
 * Per centre, its live serving institutions: how many, how many with a legal basis (legal entity or
 * registered), how many run a shared facility (type or service), how many kinds of support service they
 * offer together, and how many have a board member on `today` and opened a pool or a price agreement
 * on or after `activeSince`.
 */
export async function institutionFacts(
  db: Db,
  centerIds: readonly string[],
  today: string,
  activeSince: string,
): Promise<Map<string, InstitutionFacts>> {
  const { rows } = await sql<{
    center_id: string;
    institutions: number;
    legal: number;
    facilities: number;
    services: number;
    active_boards: number;
  }>`
    SELECT ic.center_id,
      count(*)::int AS institutions,
      count(*) FILTER (WHERE i.legal_status IN ('legal_entity', 'registered'))::int AS legal,
      count(*) FILTER (WHERE i.type = 'shared_facility'
        OR i.services && ARRAY['waste_treatment', 'equipment_rental', 'showroom']::text[])::int AS facilities,
      (SELECT count(DISTINCT s)::int FROM institution_centers ic2
        JOIN institutions i2 ON i2.id = ic2.institution_id AND i2.archived_at IS NULL
        CROSS JOIN LATERAL unnest(i2.services) s
        WHERE ic2.center_id = ic.center_id
          AND s IN ('training', 'quality_lab', 'mentoring', 'ip_facilitation')) AS services,
      count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM institution_memberships im WHERE im.institution_id = i.id
            AND im.role <> 'member' AND ${memberOn(today, 'im')})
        AND (EXISTS (SELECT 1 FROM pools p WHERE p.institution_id = i.id AND p.created_at >= ${activeSince}::date)
          OR EXISTS (SELECT 1 FROM price_agreements a WHERE a.institution_id = i.id
            AND a.created_at >= ${activeSince}::date)))::int AS active_boards
    FROM institution_centers ic JOIN institutions i ON i.id = ic.institution_id AND i.archived_at IS NULL
    WHERE ic.center_id = ANY(${[...centerIds]}::uuid[])
    GROUP BY ic.center_id`.execute(db);
  return new Map(
    rows.map((r) => [
      r.center_id,
      {
        institutions: r.institutions,
        withLegalBasis: r.legal,
        sharedFacilities: r.facilities,
        supportServices: r.services,
        activeBoards: r.active_boards,
      },
    ]),
  );
}

/** Per centre, counts of records since `since`: pools opened, requests aimed at it, designs recorded. */
export async function recentRecordCounts(
  db: Db,
  centerIds: readonly string[],
  since: string,
): Promise<Map<string, { pools: number; requests: number; designs: number }>> {
  const ids = sql`${[...centerIds]}::uuid[]`;
  const { rows } = await sql<{ center_id: string; pools: number; requests: number; designs: number }>`
    SELECT c.id AS center_id,
      (SELECT count(*)::int FROM pools p WHERE p.center_id = c.id AND p.status <> 'cancelled'
        AND p.created_at >= ${since}::date) AS pools,
      (SELECT count(*)::int FROM partnership_request_centers rc
        JOIN partnership_requests r ON r.id = rc.request_id
        WHERE rc.center_id = c.id AND r.published_at >= ${since}::date) AS requests,
      (SELECT count(*)::int FROM design_records d WHERE d.center_id = c.id
        AND d.recorded_at >= ${since}::date) AS designs
    FROM centers c WHERE c.id = ANY(${ids})`.execute(db);
  return new Map(
    rows.map((r) => [r.center_id, { pools: r.pools, requests: r.requests, designs: r.designs }]),
  );
}

/** Per centre, workers per member firm from each firm's latest yearly figures, the latest year and the firms counted. */
export async function workerFacts(
  db: Db,
  centerIds: readonly string[],
  today: string,
): Promise<Map<string, { perFirm: number; firms: number; year: number }>> {
  const { rows } = await sql<{ center_id: string; per_firm: number; firms: number; year: number }>`
    WITH latest AS (
      SELECT DISTINCT ON (m.center_id, y.enterprise_id) m.center_id, y.year,
        coalesce(y.workers_male, 0) + coalesce(y.workers_female, 0) AS workers
      FROM center_memberships m JOIN enterprise_year_data y ON y.enterprise_id = m.enterprise_id
      WHERE m.center_id = ANY(${[...centerIds]}::uuid[]) AND ${memberOn(today, 'm')}
        AND (y.workers_male IS NOT NULL OR y.workers_female IS NOT NULL)
      ORDER BY m.center_id, y.enterprise_id, y.year DESC, y.source
    )
    SELECT center_id, avg(workers)::float8 AS per_firm, count(*)::int AS firms, max(year)::int AS year
    FROM latest GROUP BY center_id`.execute(db);
  return new Map(rows.map((r) => [r.center_id, { perFirm: r.per_firm, firms: r.firms, year: r.year }]));
}

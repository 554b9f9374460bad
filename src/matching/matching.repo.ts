/**
 * Every query of matching: the facts of all candidates of a set of centres in a fixed number of
 * set-based queries (none per candidate), each restricted to the centres' members on the ranking day.
 * Profiles are read raw: which certificates are valid and whether a profile is stale is decided by
 * src/capabilities/capability-facts.ts, the one source of those rules (candidate-facts.ts applies it).
 */
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { memberOn, tieActiveOn } from '../shared/periods.ts';

/** The collaboration ties in which the `to` end did the work for the `from` end. */
export const WORK_TIE_TYPES = ['TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING'] as const;

/** Whose facts a query reads: the members of `centerIds` on `asOf` that master one of `processCodes` (any member when none). */
export interface CandidateScope {
  centerIds: readonly string[];
  asOf: string;
  processCodes: readonly string[];
}

/**
 * Ids of the candidates of `scope`, as a sub-select. Members that master none of the asked processes are
 * left out here already: they are never ranked, so their history need not be read.
 */
export function membersOf({ centerIds, asOf, processCodes }: CandidateScope): RawBuilder<unknown> {
  const qualified =
    processCodes.length === 0
      ? sql`true`
      : sql`EXISTS (SELECT 1 FROM capability_processes q WHERE q.enterprise_id = cm.enterprise_id
          AND q.process_code = ANY(${[...processCodes]}::text[]))`;
  return sql`SELECT DISTINCT cm.enterprise_id FROM center_memberships cm
    WHERE cm.center_id = ANY(${[...centerIds]}::uuid[]) AND ${memberOn(asOf, 'cm')} AND ${qualified}`;
}

/**
 * The rows of `query` as one JSON array in one value: the client parses one string natively instead of a
 * row object per row, field by field (pg's row parsing and its garbage were a quarter of a ranking's CPU).
 * Numbers, booleans, days (YYYY-MM-DD) and JSON come out as the row-by-row read gives them.
 */
export async function jsonRows<T>(db: Db, query: RawBuilder<unknown>): Promise<T[]> {
  const { rows } = await sql<{
    rows: T[];
  }>`SELECT COALESCE(json_agg(t), '[]'::json) AS rows FROM (${query}) t`.execute(db);
  return rows[0]?.rows ?? [];
}

/** One member: its first target centre (by id), name, region and latest yearly figures for the size class. */
export interface MemberRow {
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
}

/** The active, unarchived members of `centerIds` on `asOf`. */
export async function memberRows(db: Db, centerIds: readonly string[], asOf: string): Promise<MemberRow[]> {
  const year = Number(asOf.slice(0, 4));
  return jsonRows<MemberRow>(
    db,
    sql`
    SELECT DISTINCT ON (e.id) e.id, e.name, e.region_code, cm.center_id,
      y.year, y.workers_male, y.workers_female, y.business_capital, y.annual_sales, y.investment_excl_land_building
    FROM center_memberships cm JOIN enterprises e ON e.id = cm.enterprise_id
    LEFT JOIN LATERAL (SELECT * FROM enterprise_year_data yd WHERE yd.enterprise_id = e.id AND yd.year <= ${year}
      ORDER BY yd.year DESC LIMIT 1) y ON true
    WHERE cm.center_id = ANY(${[...centerIds]}::uuid[]) AND ${memberOn(asOf, 'cm')} AND e.archived_at IS NULL
    ORDER BY e.id, cm.center_id`,
  );
}

/** A member's capability profile with its asked processes and every certificate with its validity dates. */
export interface ProfileRow {
  enterprise_id: string;
  monthly_capacity: number | null;
  capacity_unit: string | null;
  spare_capacity_pct: number | null;
  spare_confirmed_on: string | null;
  lead_time_days: number | null;
  min_order_qty: number | null;
  accepts_toll: boolean;
  accepts_subcontract: boolean;
  accepts_client_materials: boolean;
  processes: { code: string; level: number }[];
  certifications: { kind: string; validFrom: string | null; validUntil: string | null }[];
}

/** Profiles of the members, each with the levels of `processCodes` it masters and all its certificates. */
export async function profileRows(db: Db, scope: CandidateScope): Promise<ProfileRow[]> {
  const { processCodes } = scope;
  return jsonRows<ProfileRow>(
    db,
    sql`
    WITH m AS MATERIALIZED (${membersOf(scope)}),
    pr AS (SELECT cp.enterprise_id, json_agg(json_build_object('code', cp.process_code, 'level', cp.level)) AS processes
      FROM m JOIN capability_processes cp ON cp.enterprise_id = m.enterprise_id
      WHERE cp.process_code = ANY(${[...processCodes]}::text[]) GROUP BY cp.enterprise_id),
    ce AS (SELECT cc.enterprise_id, json_agg(json_build_object('kind', cc.kind,
        'validFrom', to_char(cc.valid_from, 'YYYY-MM-DD'), 'validUntil', to_char(cc.valid_until, 'YYYY-MM-DD')))
        AS certifications
      FROM m JOIN capability_certifications cc ON cc.enterprise_id = m.enterprise_id GROUP BY cc.enterprise_id)
    SELECT p.enterprise_id, p.monthly_capacity, p.capacity_unit, p.spare_capacity_pct, p.spare_confirmed_on,
      p.lead_time_days, p.min_order_qty, p.accepts_toll, p.accepts_subcontract, p.accepts_client_materials,
      COALESCE(pr.processes, '[]') AS processes, COALESCE(ce.certifications, '[]') AS certifications
    FROM m JOIN capability_profiles p ON p.enterprise_id = m.enterprise_id
    LEFT JOIN pr ON pr.enterprise_id = p.enterprise_id LEFT JOIN ce ON ce.enterprise_id = p.enterprise_id`,
  );
}

/** A work tie (maklun, subcontract, order sharing) a member did, or a breach of contract it committed. */
export interface TieRow {
  maker_id: string;
  client_id: string | null;
  type: string;
  last_day: string;
}

/** Work ties done by members and breaches committed by them, started by `asOf`, not archived. */
export async function historyTieRows(db: Db, scope: CandidateScope): Promise<TieRow[]> {
  const { asOf } = scope;
  const { rows } = await sql<TieRow>`
    WITH m AS MATERIALIZED (${membersOf(scope)})
    SELECT i.to_enterprise_id AS maker_id, i.from_enterprise_id AS client_id, i.type,
      LEAST(COALESCE(i.end_date, ${asOf}::date), ${asOf}::date) AS last_day
    FROM m JOIN interactions i ON i.to_enterprise_id = m.enterprise_id
    WHERE i.type = ANY(${[...WORK_TIE_TYPES]}::text[]) AND i.archived_at IS NULL AND i.start_date <= ${asOf}::date
    UNION ALL
    SELECT i.from_enterprise_id, i.to_enterprise_id, i.type, i.start_date
    FROM m JOIN interactions i ON i.from_enterprise_id = m.enterprise_id
    WHERE i.type = 'BREACH_OF_CONTRACT' AND i.archived_at IS NULL AND i.start_date <= ${asOf}::date`.execute(
    db,
  );
  return rows;
}

/** A delivered or failed award to a member: to whom, whether on time, and the poster's mean rating of it. */
export interface DeliveryRow {
  enterprise_id: string;
  client_id: string | null;
  on_time: boolean;
  rating: number | null;
}

/** Members' delivered and failed awards (on time: delivered no later than the award's delivery date). */
export async function deliveryRows(db: Db, scope: CandidateScope): Promise<DeliveryRow[]> {
  const { rows } = await sql<DeliveryRow>`
    SELECT a.enterprise_id, r.poster_enterprise_id AS client_id,
      (a.status = 'delivered' AND a.delivered_on IS NOT NULL AND a.delivered_on <= a.delivery_date) AS on_time,
      (SELECT (rt.on_time + rt.quality + rt.communication) / 3.0 FROM request_ratings rt
        WHERE rt.award_id = a.id AND rt.rater_side = 'poster')::float8 AS rating
    FROM request_awards a JOIN partnership_requests r ON r.id = a.request_id
    WHERE a.status IN ('delivered', 'failed') AND a.enterprise_id IN (${membersOf(scope)})`.execute(db);
  return rows;
}

/** A conflict tie between the poster and a member, active on `asOf`. */
export interface ConflictRow {
  enterprise_id: string;
  type: string;
  since: string;
}

/** Active conflict ties between `posterId` and the members of `centerIds`, in either direction. */
export async function conflictRows(db: Db, scope: CandidateScope, posterId: string): Promise<ConflictRow[]> {
  const { asOf } = scope;
  const { rows } = await sql<ConflictRow>`
    SELECT CASE WHEN i.from_enterprise_id = ${posterId}::uuid THEN i.to_enterprise_id ELSE i.from_enterprise_id END
      AS enterprise_id, i.type, to_char(i.start_date, 'YYYY-MM-DD') AS since
    FROM interactions i
    WHERE i.valence = 'conflict' AND i.archived_at IS NULL AND ${tieActiveOn(asOf, 'i')}
      AND ((i.from_enterprise_id = ${posterId}::uuid AND i.to_enterprise_id IN (${membersOf(scope)}))
        OR (i.to_enterprise_id = ${posterId}::uuid AND i.from_enterprise_id IN (${membersOf(scope)})))
    ORDER BY i.start_date`.execute(db);
  return rows;
}

/** Volume awarded to each member from `from` (the quarter's first day) up to `asOf`, cancelled awards left out. */
export async function awardedRows(
  db: Db,
  scope: CandidateScope,
  from: string,
): Promise<{ enterprise_id: string; volume: number }[]> {
  const { asOf } = scope;
  const { rows } = await sql<{ enterprise_id: string; volume: number }>`
    SELECT a.enterprise_id, SUM(a.quantity)::float8 AS volume FROM request_awards a
    WHERE a.status <> 'cancelled' AND a.created_at >= ${from}::date AND a.created_at < ${asOf}::date + 1
      AND a.enterprise_id IN (${membersOf(scope)})
    GROUP BY a.enterprise_id`.execute(db);
  return rows;
}

/** The poster's centres on `asOf` and its region. */
export async function posterPlaceRow(
  db: Db,
  posterId: string,
  asOf: string,
): Promise<{ center_ids: string[]; region_code: string | null } | undefined> {
  const { rows } = await sql<{ center_ids: string[]; region_code: string | null }>`
    SELECT ARRAY(SELECT cm.center_id FROM center_memberships cm WHERE cm.enterprise_id = e.id AND ${memberOn(asOf, 'cm')})
      AS center_ids, e.region_code
    FROM enterprises e WHERE e.id = ${posterId}::uuid`.execute(db);
  return rows[0];
}

/** The stored weights of the centres among `centerIds` that have their own. */
export async function weightRows(
  db: Db,
  centerIds: readonly string[],
): Promise<{ center_id: string; weights: Record<string, unknown> }[]> {
  return db
    .selectFrom('matching_weights')
    .select(['center_id', 'weights'])
    .where(
      'center_id',
      'in',
      centerIds.length > 0 ? [...centerIds] : ['00000000-0000-0000-0000-000000000000'],
    )
    .orderBy('center_id')
    .execute();
}

/** A stored request as matching reads it, with its target centres. */
export interface RequestSpecRow {
  id: string;
  poster_enterprise_id: string | null;
  posted_by: string;
  process_codes: string[];
  required_certifications: string[];
  quantity: number;
  unit: string;
  center_ids: string[];
}

/** The request `id` with its target centres, or undefined. */
export async function findRequestSpecRow(db: Db, id: string): Promise<RequestSpecRow | undefined> {
  const { rows } = await sql<RequestSpecRow>`
    SELECT r.id, r.poster_enterprise_id, r.posted_by, r.process_codes, r.required_certifications, r.quantity, r.unit,
      ARRAY(SELECT pc.center_id FROM partnership_request_centers pc WHERE pc.request_id = r.id ORDER BY pc.center_id)
        AS center_ids
    FROM partnership_requests r WHERE r.id = ${id}::uuid`.execute(db);
  return rows[0];
}

/**
 * Whether the request `id` exists, whether it is the actor's own (posted by `userId`, or by one of
 * `ownEnterprises`) and whether a target centre satisfies `centerInScope` (built for `pc.center_id`).
 */
export async function requestAccessRow(
  db: Db,
  id: string,
  userId: string,
  ownEnterprises: readonly string[],
  centerInScope: RawBuilder<boolean>,
): Promise<{ own: boolean; targets_in_scope: boolean } | undefined> {
  const { rows } = await sql<{ own: boolean; targets_in_scope: boolean }>`
    SELECT (r.posted_by = ${userId}::uuid OR r.poster_enterprise_id = ANY(${[...ownEnterprises]}::uuid[])) AS own,
      EXISTS (SELECT 1 FROM partnership_request_centers pc WHERE pc.request_id = r.id AND ${centerInScope})
        AS targets_in_scope
    FROM partnership_requests r WHERE r.id = ${id}::uuid`.execute(db);
  return rows[0];
}

/** Those of `ids` that do not exist in `table` or do not satisfy `scope` (a predicate built for `t.id`). */
export async function idsOutside(
  db: Db,
  table: 'centers' | 'enterprises',
  ids: readonly string[],
  scope: RawBuilder<boolean>,
): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT ids.id FROM unnest(${[...ids]}::uuid[]) AS ids(id)
    WHERE NOT EXISTS (SELECT 1 FROM ${sql.table(table)} t WHERE t.id = ids.id AND ${scope})`.execute(db);
  return rows.map((r) => r.id);
}

/** Those of `ids` that name no centre. */
export function missingCenters(db: Db, ids: readonly string[]): Promise<string[]> {
  return idsOutside(db, 'centers', ids, sql<boolean>`true`);
}

/** Every award not cancelled to a member of `centerIds` (membership on the award day), with its day. */
export async function awardVolumeRows(
  db: Db,
  centerIds: readonly string[],
): Promise<{ center_id: string; enterprise_id: string; quantity: number; awarded_on: string }[]> {
  const { rows } = await sql<{
    center_id: string;
    enterprise_id: string;
    quantity: number;
    awarded_on: string;
  }>`
    SELECT DISTINCT ON (a.id) cm.center_id, a.enterprise_id, a.quantity::float8 AS quantity,
      to_char(a.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS awarded_on
    FROM request_awards a JOIN center_memberships cm ON cm.enterprise_id = a.enterprise_id
      AND cm.center_id = ANY(${[...centerIds]}::uuid[])
      AND ${memberOn(sql`(a.created_at AT TIME ZONE 'Asia/Jakarta')::date`, 'cm')}
    WHERE a.status <> 'cancelled'
    ORDER BY a.id, cm.center_id`.execute(db);
  return rows;
}

/** Active members of each of `centerIds` on `asOf`. */
export async function memberIdsByCenter(
  db: Db,
  centerIds: readonly string[],
  asOf: string,
): Promise<{ center_id: string; enterprise_id: string }[]> {
  const { rows } = await sql<{ center_id: string; enterprise_id: string }>`
    SELECT cm.center_id, cm.enterprise_id FROM center_memberships cm
    WHERE cm.center_id = ANY(${[...centerIds]}::uuid[]) AND ${memberOn(asOf, 'cm')}`.execute(db);
  return rows;
}

/** Ids and names of the centres, all unarchived ones when `centerIds` is empty. */
export async function centerNames(
  db: Db,
  centerIds: readonly string[],
): Promise<{ id: string; name: string }[]> {
  let query = db
    .selectFrom('centers')
    .select(['id', 'name'])
    .where('archived_at', 'is', null)
    .orderBy('name');
  if (centerIds.length > 0) query = query.where('id', 'in', [...centerIds]);
  return query.execute();
}

/** Every process code of the taxonomy that is not archived. */
export async function allProcessCodes(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('processes')
    .select('code')
    .where('archived_at', 'is', null)
    .orderBy('code')
    .execute();
  return rows.map((r) => r.code);
}

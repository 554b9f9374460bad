import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
import type { RequestListQuery } from './requests.schema.ts';
import type { PartnershipRequestsTable } from './requests.table.ts';

/** A stored request with its target centres and the poster firm's name. */
export type RequestRow = Selectable<PartnershipRequestsTable> & {
  target_center_ids: string[];
  poster_name: string | null;
};

const ALL = sql<boolean>`true`;

function selectRequests(db: Db) {
  return db
    .selectFrom('partnership_requests as r')
    .leftJoin('enterprises as pe', 'pe.id', 'r.poster_enterprise_id')
    .selectAll('r')
    .select([
      'pe.name as poster_name',
      sql<
        string[]
      >`ARRAY(SELECT rc.center_id::text FROM partnership_request_centers rc WHERE rc.request_id = r.id ORDER BY rc.center_id)`.as(
        'target_center_ids',
      ),
    ]);
}

/** One request by id. */
export function findRequestRow(db: Db, id: string): Promise<RequestRow | undefined> {
  return selectRequests(db).where('r.id', '=', id).executeTakeFirst();
}

/** Locks one request row for the transaction. */
export async function lockRequestRow(db: Db, id: string): Promise<RequestRow | undefined> {
  await db.selectFrom('partnership_requests').select('id').where('id', '=', id).forUpdate().execute();
  return findRequestRow(db, id);
}

/** Requests matching the filters among those `scope` lets through (alias `r`). */
export async function listRequestRows(
  db: Db,
  query: RequestListQuery,
  scope: ScopePredicate,
  view: ScopePredicate,
): Promise<{ rows: RequestRow[]; total: number }> {
  let base = selectRequests(db)
    .where(scope ?? ALL)
    .where(view ?? ALL);
  if (query.status) base = base.where('r.status', '=', query.status);
  if (query.centerId) {
    const centerId = query.centerId;
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('partnership_request_centers as fc')
          .select('fc.request_id')
          .whereRef('fc.request_id', '=', 'r.id')
          .where('fc.center_id', '=', centerId),
      ),
    );
  }
  const rows = await base
    .select(sql<number>`count(*) OVER ()`.as('total_count'))
    .orderBy('r.answer_deadline', 'desc')
    .orderBy('r.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { rows, total: Number(rows[0]?.total_count ?? 0) };
}

/** Inserts a request and its target centres; returns the id. */
export async function insertRequest(
  db: Db,
  values: Insertable<PartnershipRequestsTable>,
  centerIds: readonly string[],
): Promise<string> {
  const { id } = await db
    .insertInto('partnership_requests')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceRequestCenters(db, id, centerIds);
  return id;
}

/** Updates a request and moves it to its next version. */
export async function updateRequestRow(
  db: Db,
  id: string,
  values: Updateable<PartnershipRequestsTable>,
): Promise<void> {
  await db
    .updateTable('partnership_requests')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** Replaces a request's target centres. */
export async function replaceRequestCenters(db: Db, id: string, centerIds: readonly string[]): Promise<void> {
  await db.deleteFrom('partnership_request_centers').where('request_id', '=', id).execute();
  const unique = [...new Set(centerIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('partnership_request_centers')
    .values(unique.map((center_id) => ({ request_id: id, center_id })))
    .execute();
}

/** Which of `centerIds` exist, and whether any asks for reviews of its firms' requests. */
export async function centerFacts(
  db: Db,
  centerIds: readonly string[],
): Promise<{ existing: string[]; reviewRequired: boolean }> {
  if (centerIds.length === 0) return { existing: [], reviewRequired: false };
  const rows = await db
    .selectFrom('centers')
    .select(['id', 'request_review_required'])
    .where('id', 'in', [...centerIds])
    .execute();
  return { existing: rows.map((r) => r.id), reviewRequired: rows.some((r) => r.request_review_required) };
}

/** True when the poster firm belongs (today) to a centre that reviews its firms' requests. */
export async function posterCenterReviews(db: Db, enterpriseId: string, today: string): Promise<boolean> {
  const row = await db
    .selectFrom('center_memberships as cm')
    .innerJoin('centers as c', 'c.id', 'cm.center_id')
    .select('c.id')
    .where('cm.enterprise_id', '=', enterpriseId)
    .where('c.request_review_required', '=', true)
    .where('cm.valid_from', '<=', today)
    .where((eb) => eb.or([eb('cm.valid_to', 'is', null), eb('cm.valid_to', '>=', today)]))
    .executeTakeFirst();
  return row !== undefined;
}

/** True when enterprise `id` exists. */
export async function enterpriseExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('enterprises').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Whether the request exists, and the two access predicates (alias `r`) hold for it. */
export async function requestAccessFlags(
  db: Db,
  id: string,
  predicates: { read: ScopePredicate; manage: ScopePredicate },
): Promise<{ read: boolean; manage: boolean } | undefined> {
  const result = await sql<{ read: boolean; manage: boolean }>`
    SELECT (${predicates.read ?? ALL}) AS read, (${predicates.manage ?? ALL}) AS manage
    FROM partnership_requests r WHERE r.id = ${id}::uuid`.execute(db);
  return result.rows[0];
}

/** True when enterprise `id` satisfies `predicate` (built for `t.id`); a missing one passes (the service 404s). */
export async function enterpriseInPredicate(db: Db, id: string, predicate: ScopePredicate): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return true;
  const result = await sql<{ ok: boolean }>`
    SELECT (${predicate ?? ALL}) AS ok FROM enterprises t WHERE t.id = ${id}::uuid`.execute(db);
  return result.rows[0]?.ok ?? true;
}

/** The active enterprise accounts scoped to any of `enterpriseIds` (the people to notify for those firms). */
export async function usersOfEnterprises(db: Db, enterpriseIds: readonly string[]): Promise<string[]> {
  if (enterpriseIds.length === 0) return [];
  const rows = await db
    .selectFrom('user_scopes as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select('u.id')
    .distinct()
    .where('s.kind', '=', 'enterprise')
    .where('s.ref', 'in', [...enterpriseIds])
    .where('u.role', '=', 'enterprise')
    .where('u.active', '=', true)
    .execute();
  return rows.map((r) => r.id);
}

/** True when every one of `centerIds` satisfies `predicate` (built for `t.id`). */
export async function centersInPredicate(
  db: Db,
  centerIds: readonly string[],
  predicate: ScopePredicate,
): Promise<boolean> {
  if (predicate === undefined || centerIds.length === 0) return true;
  const result = await sql<{ ok: boolean }>`
    SELECT coalesce(bool_and(${predicate}), true) AS ok FROM centers t WHERE t.id = ANY(${[...centerIds]}::uuid[])`.execute(
    db,
  );
  return result.rows[0]?.ok ?? true;
}

/** Of `requestIds`, those `firms` posted, were invited to or answered (the requests they are engaged in). */
export async function engagedRequestIds(
  db: Db,
  requestIds: readonly string[],
  firms: readonly string[],
): Promise<Set<string>> {
  if (requestIds.length === 0 || firms.length === 0) return new Set();
  const rows = await sql<{ id: string }>`
    SELECT r.id FROM partnership_requests r
    WHERE r.id = ANY(${[...requestIds]}::uuid[]) AND (r.poster_enterprise_id = ANY(${[...firms]}::uuid[])
      OR EXISTS (SELECT 1 FROM request_invitations i WHERE i.request_id = r.id AND i.enterprise_id = ANY(${[...firms]}::uuid[]))
      OR EXISTS (SELECT 1 FROM request_answers a WHERE a.request_id = r.id AND a.enterprise_id = ANY(${[...firms]}::uuid[])))`.execute(
    db,
  );
  return new Set(rows.rows.map((r) => r.id));
}

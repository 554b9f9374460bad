import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** A case of one of the centres, without title, text or reporter. */
export interface CaseKpiRow {
  id: string;
  center_id: string;
  type: string;
  status: string;
  reported_on: string;
  agreed_on: string | null;
  parties: string[];
}

/** The cases of `centerIds` reported (Jakarta days) between `from` and `to`, one query for all centres. */
export async function caseKpiRows(
  db: Db,
  centerIds: readonly string[],
  from: string,
  to: string,
): Promise<CaseKpiRow[]> {
  if (centerIds.length === 0) return [];
  const { rows } = await sql<CaseKpiRow>`
    SELECT k.id, k.center_id, k.type, k.status,
      to_char(k.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS reported_on,
      to_char(k.agreed_on, 'YYYY-MM-DD') AS agreed_on,
      ARRAY(SELECT COALESCE(p.enterprise_id, p.person_id, p.institution_id)::text
        FROM conflict_case_parties p WHERE p.case_id = k.id) AS parties
    FROM conflict_cases k
    WHERE k.center_id = ANY(${[...centerIds]}::uuid[])
      AND (k.created_at AT TIME ZONE 'Asia/Jakarta')::date BETWEEN ${from}::date AND ${to}::date`.execute(db);
  return rows;
}

/** A commitment of one of the cases. */
export interface CommitmentKpiRow {
  case_id: string;
  due_on: string;
  state: string;
  marked_on: string | null;
}

/** The commitments of `caseIds`, one query. */
export async function commitmentKpiRows(db: Db, caseIds: readonly string[]): Promise<CommitmentKpiRow[]> {
  if (caseIds.length === 0) return [];
  const { rows } = await sql<CommitmentKpiRow>`
    SELECT c.case_id, to_char(c.due_on, 'YYYY-MM-DD') AS due_on, c.state,
      to_char(c.marked_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS marked_on
    FROM conflict_case_commitments c WHERE c.case_id = ANY(${[...caseIds]}::uuid[])`.execute(db);
  return rows;
}

/** The unarchived centres with a region at or below `code`. */
export async function centerIdsInRegion(db: Db, code: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT c.id FROM centers c WHERE c.archived_at IS NULL AND EXISTS (SELECT 1 FROM center_regions cr
      WHERE cr.center_id = c.id AND (cr.region_code = ${code} OR cr.region_code LIKE ${`${code}.%`}))`.execute(
    db,
  );
  return rows.map((r) => r.id);
}

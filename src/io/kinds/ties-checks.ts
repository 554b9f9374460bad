import { type RawBuilder, sql } from 'kysely';
import { currentActor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import type { InteractionTypeCode } from '../../interactions/interaction-types.ts';
import { interactionPolicy } from '../../interactions/interactions.policy.ts';
import { normaliseEnds, type TieShape, tieProblems } from '../../interactions/interactions.rules.ts';
import { tr } from '../../shared/i18n.ts';
import { outOfScopeMessage } from '../io.policy.ts';
import { rowLabel } from '../issues.ts';
import { assignments, columnList, differs } from './fields.ts';
import type { ImportScope, RowIssue } from './kind.ts';
import { TIE_MESSAGES as M } from './ties.messages.ts';

/*
 * The checks and writes both tie layouts share, on a staged table of ties (`io_stage` for the tie layout,
 * the merged `io_ties` for the survey) whose columns carry the `interactions` column names plus `sheet`,
 * `row_no`, `target_id`, `is_new` and a boolean `confidential`. The rules themselves are the interaction
 * rules of `POST /api/interactions` (tieProblems, normaliseEnds, the write policy); only the overlap test
 * is restated in SQL, so a whole file is checked at once and rows are checked against each other too.
 */

/** Every column a tie write sets. */
export const TIE_WRITE_COLUMNS = [
  'center_id',
  'from_enterprise_id',
  'to_enterprise_id',
  'to_institution_id',
  'type',
  'valence',
  'legal_pattern',
  'start_date',
  'end_date',
  'frequency',
  'strength',
  'volume',
  'formality',
  'reported_by',
  'confidence',
  'evidence_notes',
  'confidential',
] as const;
export type TieWriteColumn = (typeof TIE_WRITE_COLUMNS)[number];

interface Located {
  sheet: number;
  row_no: number;
}

/**
 * Runs the interaction rules on every row whose references resolved (`ready`, a predicate on alias `s`)
 * and stores symmetric ties with the smaller id first, as the API does. `header` names the file column
 * of a rule's field path.
 */
export async function applyTieRules(
  db: Db,
  table: string,
  ready: RawBuilder<boolean>,
  header: (path: string) => string,
): Promise<RowIssue[]> {
  const { rows } = await sql<
    Located & {
      from_enterprise_id: string;
      to_enterprise_id: string | null;
      to_institution_id: string | null;
      type: InteractionTypeCode;
      start_date: string;
      end_date: string | null;
    }
  >`SELECT sheet, row_no, from_enterprise_id, to_enterprise_id, to_institution_id, type,
           start_date::text AS start_date, end_date::text AS end_date
      FROM ${sql.table(table)} s WHERE ${ready}`.execute(db);
  const issues: RowIssue[] = [];
  // A row can stage several ties (a KoboToolbox submission names many firms on one line), so a swap is
  // matched on the tie's ends and type as well as its line: matching the line alone swapped its other ties.
  const swapped: (Located & { from: string; to: string; type: string })[] = [];
  for (const r of rows) {
    const shape: TieShape = {
      fromEnterpriseId: r.from_enterprise_id,
      toEnterpriseId: r.to_enterprise_id,
      toInstitutionId: r.to_institution_id,
      type: r.type,
      startDate: r.start_date,
      endDate: r.end_date,
    };
    for (const p of tieProblems(shape)) {
      issues.push({ sheet: r.sheet, row: r.row_no, column: header(p.path), message: p.message });
    }
    if (normaliseEnds(shape) !== shape && r.to_enterprise_id !== null) {
      swapped.push({ ...r, from: r.from_enterprise_id, to: r.to_enterprise_id });
    }
  }
  if (swapped.length > 0) {
    await sql`
      UPDATE ${sql.table(table)} s SET from_enterprise_id = s.to_enterprise_id, to_enterprise_id = s.from_enterprise_id
        FROM unnest(${swapped.map((r) => r.sheet)}::int[], ${swapped.map((r) => r.row_no)}::int[],
                    ${swapped.map((r) => r.from)}::uuid[], ${swapped.map((r) => r.to)}::uuid[],
                    ${swapped.map((r) => r.type)}::text[]) AS u(sheet, row_no, from_id, to_id, type)
       WHERE s.sheet = u.sheet AND s.row_no = u.row_no AND s.from_enterprise_id = u.from_id
         AND s.to_enterprise_id = u.to_id AND s.type = u.type`.execute(db);
  }
  return issues;
}

/**
 * Targets each row without an id at the live stored tie with the same natural key (centre, ends, type,
 * start date); rows that target nothing stored become new ties.
 */
export async function matchTieTargets(db: Db, table: string): Promise<void> {
  await sql`
    UPDATE ${sql.table(table)} s SET target_id = i.id FROM interactions i
     WHERE s.target_id IS NULL AND i.archived_at IS NULL AND i.type = s.type AND i.start_date = s.start_date
       AND i.from_enterprise_id = s.from_enterprise_id
       AND i.center_id IS NOT DISTINCT FROM s.center_id
       AND i.to_enterprise_id IS NOT DISTINCT FROM s.to_enterprise_id
       AND i.to_institution_id IS NOT DISTINCT FROM s.to_institution_id`.execute(db);
  await sql`
    UPDATE ${sql.table(table)} s SET is_new = true, target_id = coalesce(s.target_id, gen_random_uuid())
     WHERE s.from_enterprise_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.id = s.target_id)`.execute(db);
}

/**
 * Rows that would overlap another live record of the same tie (same type and ends, periods
 * [start, end) intersecting): another row of the file, or a stored tie the file leaves alone.
 */
export async function tieOverlapIssues(
  db: Db,
  table: string,
  scope: ImportScope,
  limit: number,
): Promise<RowIssue[]> {
  const t = sql.table(table);
  const { rows } = await sql<
    Located & { other_sheet: number | null; other_row: number | null; other_id: string; type: string }
  >`
    WITH ties AS (
      SELECT target_id AS id, type, from_enterprise_id, to_enterprise_id, to_institution_id, start_date, end_date,
             sheet, row_no FROM ${t}
       WHERE target_id IS NOT NULL AND (end_date IS NULL OR end_date > start_date)
      UNION ALL
      SELECT i.id, i.type, i.from_enterprise_id, i.to_enterprise_id, i.to_institution_id, i.start_date, i.end_date,
             NULL::int, NULL::int FROM interactions i
       WHERE i.archived_at IS NULL AND i.from_enterprise_id IN (SELECT from_enterprise_id FROM ${t})
         AND NOT EXISTS (SELECT 1 FROM ${t} s WHERE s.target_id = i.id))
    SELECT DISTINCT ON (a.sheet, a.row_no) a.sheet, a.row_no, a.type, b.sheet AS other_sheet,
           b.row_no AS other_row, b.id::text AS other_id
      FROM ties a JOIN ties b
        ON a.type = b.type AND a.from_enterprise_id = b.from_enterprise_id AND a.id <> b.id
       AND a.to_enterprise_id IS NOT DISTINCT FROM b.to_enterprise_id
       AND a.to_institution_id IS NOT DISTINCT FROM b.to_institution_id
       AND daterange(a.start_date, a.end_date, '[)') && daterange(b.start_date, b.end_date, '[)')
     WHERE a.row_no IS NOT NULL AND (b.row_no IS NULL OR (b.sheet, b.row_no) < (a.sheet, a.row_no))
     ORDER BY a.sheet, a.row_no, b.sheet NULLS FIRST, b.row_no LIMIT ${limit}`.execute(db);
  return rows.map((r) => {
    const other =
      r.other_row === null || r.other_sheet === null
        ? tr(M.storedTie, { id: r.other_id })
        : tr(M.fileRow, {
            row: rowLabel(
              r.other_row,
              scope.sheetNames.length > 1 ? scope.sheetNames[r.other_sheet] : undefined,
            ),
          });
    return {
      sheet: r.sheet,
      row: r.row_no,
      column: 'mulai',
      message: tr(M.overlap, { type: r.type, other }),
    };
  });
}

/**
 * Rows the importer may not write under the interaction write policy: the tie as it would be stored,
 * and, for a change, the stored tie as it is (the policy reads alias `i`).
 */
export async function tieScopeIssues(
  db: Db,
  table: string,
  limit: number,
  column: string,
): Promise<RowIssue[]> {
  const allowed = interactionPolicy.writeScope(currentActor());
  if (allowed === undefined) return [];
  const { rows } = await sql<Located>`
    SELECT sheet, row_no FROM (
      SELECT sheet, row_no, from_enterprise_id, to_enterprise_id, center_id, valence, confidential
        FROM ${sql.table(table)} WHERE from_enterprise_id IS NOT NULL) i
     WHERE NOT coalesce(${allowed}, false)
    UNION
    SELECT s.sheet, s.row_no FROM ${sql.table(table)} s JOIN interactions i ON i.id = s.target_id
     WHERE NOT s.is_new AND NOT coalesce(${allowed}, false)
     ORDER BY 1, 2 LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({ sheet: r.sheet, row: r.row_no, column, message: outOfScopeMessage() }));
}

/** Counts what writing the staged ties would do, comparing only `columns`. */
export async function countTies(db: Db, table: string, columns: readonly string[]) {
  const { rows } = await sql<{ inserted: number; updated: number; total: number }>`
    SELECT count(*) FILTER (WHERE s.is_new)::int AS inserted,
           count(*) FILTER (WHERE NOT s.is_new AND ${differs('i', 's', columns)})::int AS updated,
           count(*)::int AS total
      FROM ${sql.table(table)} s LEFT JOIN interactions i ON i.id = s.target_id`.execute(db);
  const { inserted = 0, updated = 0, total = 0 } = rows[0] ?? {};
  return { inserted, updated, unchanged: total - inserted - updated };
}

/** Inserts the new ties and updates `columns` of changed ones (bumping their version). */
export async function writeTies(db: Db, table: string, columns: readonly string[]): Promise<void> {
  await sql`
    INSERT INTO interactions (id, ${columnList(TIE_WRITE_COLUMNS)})
    SELECT target_id, ${columnList(TIE_WRITE_COLUMNS)} FROM ${sql.table(table)} WHERE is_new`.execute(db);
  if (columns.length === 0) return;
  await sql`
    UPDATE interactions t SET ${assignments('s', columns)}, version = t.version + 1, updated_at = now()
      FROM ${sql.table(table)} s
     WHERE NOT s.is_new AND t.id = s.target_id AND ${differs('t', 's', columns)}`.execute(db);
}

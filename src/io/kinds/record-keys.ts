import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { tr } from '../../shared/i18n.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import { rowLabel } from '../issues.ts';
import type { ImportScope, RowIssue } from './kind.ts';

/*
 * Natural keys of kinds where one row is one record (centres, institutions, memberships): a row names
 * its record by `id`, else by its code (`external_id`), else by a kind-specific key (a normalised name).
 * Staged rows get `target_id` (the record they write), `is_new` and `matches` (how many records the
 * fallback key matched; more than one is an error).
 */

/** Adds the resolution columns to `io_stage` and takes `id` as the target where given. */
export async function prepareTargets(db: Db): Promise<void> {
  await sql`ALTER TABLE io_stage ADD COLUMN target_id uuid, ADD COLUMN is_new boolean NOT NULL DEFAULT false,
            ADD COLUMN matches integer NOT NULL DEFAULT 0`.execute(db);
  await sql`UPDATE io_stage SET target_id = id WHERE id IS NOT NULL`.execute(db);
}

/** Targets rows by their code (`external_id`) where a record of `table` has it. */
export async function matchByCode(db: Db, table: string): Promise<void> {
  await sql`
    UPDATE io_stage s SET target_id = t.id FROM ${sql.table(table)} t
     WHERE s.target_id IS NULL AND s.external_id IS NOT NULL AND t.external_id = s.external_id`.execute(db);
}

/**
 * Targets the remaining rows through `matches`, a query giving `(sheet, row_no, id, n)` for rows whose
 * fallback key matched `n` records; `id` is used only when `n = 1`.
 */
export async function matchByKey(db: Db, matches: RawBuilder<unknown>): Promise<void> {
  await sql`
    WITH m AS (${matches})
    UPDATE io_stage s SET matches = m.n, target_id = CASE WHEN m.n = 1 THEN m.id END
      FROM m WHERE s.sheet = m.sheet AND s.row_no = m.row_no AND s.target_id IS NULL`.execute(db);
}

/** Rows that matched nothing, or whose given id is not stored yet, become new records. */
export async function markNew(db: Db, table: string): Promise<void> {
  await sql`
    UPDATE io_stage s SET is_new = true, target_id = coalesce(s.target_id, gen_random_uuid())
     WHERE s.matches <= 1 AND NOT EXISTS (SELECT 1 FROM ${sql.table(table)} t WHERE t.id = s.target_id)`.execute(
    db,
  );
}

interface Located {
  sheet: number;
  row_no: number;
}

/** The problems every such kind shares: the same record twice in the file, and ambiguous name matches. */
export async function keyIssues(
  db: Db,
  scope: ImportScope,
  limit: number,
  what: string,
  columns: { key: RawBuilder<string>; name: string },
): Promise<RowIssue[]> {
  const other = (r: { other_sheet: number; other_row: number }) =>
    rowLabel(r.other_row, scope.sheetNames.length > 1 ? scope.sheetNames[r.other_sheet] : undefined);
  // The same record twice: the same key in the file (`row_key`), or two keys that reach one record.
  const twice = await sql<Located & { other_sheet: number; other_row: number; column: string }>`
    SELECT DISTINCT ON (sheet, row_no) sheet, row_no, other_sheet, other_row, col AS column FROM (
      SELECT sheet, row_no, ${columns.key} AS col, first_value(sheet) OVER k AS other_sheet,
             first_value(row_no) OVER k AS other_row, row_number() OVER k AS n
        FROM io_stage WINDOW k AS (PARTITION BY row_key ORDER BY sheet, row_no)
      UNION ALL
      SELECT sheet, row_no, ${columns.key}, first_value(sheet) OVER t, first_value(row_no) OVER t,
             row_number() OVER t
        FROM io_stage WHERE target_id IS NOT NULL WINDOW t AS (PARTITION BY target_id ORDER BY sheet, row_no)) d
     WHERE n > 1 ORDER BY sheet, row_no, other_sheet, other_row LIMIT ${limit}`.execute(db);
  const ambiguous = await sql<Located & { n: number }>`
    SELECT sheet, row_no, matches AS n FROM io_stage WHERE matches > 1 ORDER BY sheet, row_no LIMIT ${limit}`.execute(
    db,
  );
  return [
    ...twice.rows.map((r) => ({
      sheet: r.sheet,
      row: r.row_no,
      column: r.column,
      message: tr(M.duplicateRow, { other: other(r), what }),
    })),
    ...ambiguous.rows.map((r) => ({
      sheet: r.sheet,
      row: r.row_no,
      column: columns.name,
      message: tr(M.ambiguousMatch, { count: r.n, what }),
    })),
  ];
}

/** Rows whose code already belongs to another record of `table`. */
export async function codeTakenIssues(
  db: Db,
  table: string,
  header: string,
  what: string,
  limit: number,
): Promise<RowIssue[]> {
  const { rows } = await sql<Located & { value: string }>`
    SELECT s.sheet, s.row_no, s.external_id AS value FROM io_stage s
      JOIN ${sql.table(table)} t ON t.external_id = s.external_id AND t.id <> s.target_id
     ORDER BY s.sheet, s.row_no LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({
    sheet: r.sheet,
    row: r.row_no,
    column: header,
    message: tr(M.codeTaken, { column: header, value: r.value, what }),
  }));
}

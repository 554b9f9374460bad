import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { type Message, tr } from '../../shared/i18n.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import { outOfScopeMessage, regionAllowed } from '../io.policy.ts';
import { rowLabel } from '../issues.ts';
import { normSql } from '../staging.ts';
import { centerMatches } from './enterprises-fields.ts';
import type { ImportScope, RowIssue } from './kind.ts';

interface Located {
  sheet: number;
  row_no: number;
}

/**
 * Groups staged rows by enterprise (its columns taken from the row with the latest year) and finds
 * each group's enterprise: by `id`; else by NIB; else by normalised name, owner and region among
 * enterprises whose NIB does not contradict the row's. Unmatched groups get a new id.
 */
export async function resolveEnterprises(db: Db): Promise<void> {
  await sql`
    CREATE TEMP TABLE io_groups ON COMMIT DROP AS
    SELECT DISTINCT ON (group_key) group_key, sheet, row_no, id, nib, name, owner_name, address, region_code,
           phone, commodity, products, legal_form, license_year, kbli, center_refs,
           min(year) OVER (PARTITION BY group_key) AS first_year,
           id AS target_id, false AS is_new, 0 AS name_matches, NULL::uuid AS owner_id, false AS changed
      FROM io_stage
     ORDER BY group_key, year DESC NULLS LAST, sheet DESC, row_no DESC`.execute(db);
  await sql`CREATE UNIQUE INDEX ON io_groups (group_key)`.execute(db);
  await sql`
    UPDATE io_groups g SET target_id = e.id
      FROM enterprises e
     WHERE g.target_id IS NULL AND e.nib = g.nib`.execute(db);
  await sql`
    WITH matches AS (
      SELECT g.group_key, min(e.id::text)::uuid AS id, count(*)::int AS n
        FROM io_groups g
        JOIN enterprises e
          ON ${normSql(sql`e.name`)} = ${normSql(sql`g.name`)}
         AND coalesce(e.region_code, '') = coalesce(g.region_code, '')
         AND (g.nib IS NULL OR e.nib IS NULL)
        LEFT JOIN people p ON p.id = e.owner_person_id
       WHERE g.target_id IS NULL
         AND coalesce(${normSql(sql`p.full_name`)}, '') = coalesce(${normSql(sql`g.owner_name`)}, '')
       GROUP BY g.group_key)
    UPDATE io_groups g SET name_matches = m.n, target_id = CASE WHEN m.n = 1 THEN m.id END
      FROM matches m
     WHERE g.group_key = m.group_key`.execute(db);
  await sql`
    UPDATE io_groups g SET is_new = true, target_id = coalesce(g.target_id, gen_random_uuid())
     WHERE g.name_matches <= 1 AND NOT EXISTS (SELECT 1 FROM enterprises e WHERE e.id = g.target_id)`.execute(
    db,
  );
  await sql`
    UPDATE io_groups g SET owner_id = e.owner_person_id
      FROM enterprises e
     WHERE e.id = g.target_id AND NOT g.is_new`.execute(db);
}

/** Everything that stops the import, in SQL over the staged rows: at most `limit` issues. */
export async function checkEnterprises(db: Db, scope: ImportScope, limit: number): Promise<RowIssue[]> {
  const other = (r: { other_sheet: number; other_row: number }) =>
    rowLabel(r.other_row, scope.sheetNames.length > 1 ? scope.sheetNames[r.other_sheet] : undefined);
  const issues: RowIssue[] = [];
  const add = <R extends Located>(rows: R[], column: (r: R) => string, message: (r: R) => string) => {
    for (const r of rows)
      issues.push({ sheet: r.sheet, row: r.row_no, column: column(r), message: message(r) });
  };
  const what = (m: Message) => tr(m);

  const badRegions = await sql<Located & { value: string }>`
    SELECT s.sheet, s.row_no, s.region_code AS value FROM io_stage s
     WHERE s.region_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = s.region_code)
     ORDER BY s.sheet, s.row_no LIMIT ${limit}`.execute(db);
  add(
    badRegions.rows,
    () => 'kode_wilayah',
    (r) => tr(M.regionUnknown, { value: r.value }),
  );

  const badCenters = await sql<Located & { value: string }>`
    WITH refs AS (SELECT DISTINCT unnest(center_refs) AS ref FROM io_stage WHERE center_refs IS NOT NULL),
         unknown AS (SELECT ref FROM refs WHERE NOT EXISTS (SELECT 1 FROM centers c WHERE ${centerMatches(sql`ref`, 'c')}))
    SELECT s.sheet, s.row_no, u.ref AS value FROM io_stage s JOIN unknown u ON u.ref = ANY (s.center_refs)
     ORDER BY s.sheet, s.row_no LIMIT ${limit}`.execute(db);
  add(
    badCenters.rows,
    () => 'sentra',
    (r) => tr(M.centerUnknown, { value: r.value }),
  );

  const duplicates = await sql<Located & { other_sheet: number; other_row: number }>`
    SELECT sheet, row_no, other_sheet, other_row FROM (
      SELECT sheet, row_no, first_value(sheet) OVER w AS other_sheet, first_value(row_no) OVER w AS other_row,
             row_number() OVER w AS k
        FROM io_stage WINDOW w AS (PARTITION BY group_key, year, source ORDER BY sheet, row_no)) d
     WHERE k > 1 ORDER BY sheet, row_no LIMIT ${limit}`.execute(db);
  add(
    duplicates.rows,
    () => 'tahun',
    (r) => tr(M.duplicateRow, { other: other(r), what: what(M.enterpriseWhat) }),
  );

  const ambiguous = await sql<Located & { n: number }>`
    SELECT sheet, row_no, name_matches AS n FROM io_groups WHERE name_matches > 1
     ORDER BY sheet, row_no LIMIT ${limit}`.execute(db);
  add(
    ambiguous.rows,
    () => 'nama_ikm',
    (r) => tr(M.ambiguousMatch, { count: r.n, what: what(M.enterpriseOnly) }),
  );

  const shared = await sql<Located & { other_sheet: number; other_row: number; column: string }>`
    SELECT g.sheet, g.row_no, o.sheet AS other_sheet, o.row_no AS other_row,
           CASE WHEN g.id IS NOT NULL THEN 'id' WHEN g.nib IS NOT NULL THEN 'nib' ELSE 'nama_ikm' END AS column
      FROM io_groups g JOIN io_groups o ON o.target_id = g.target_id AND o.group_key < g.group_key
     ORDER BY g.sheet, g.row_no LIMIT ${limit}`.execute(db);
  add(
    shared.rows,
    (r) => r.column,
    (r) => tr(M.sameTarget, { other: other(r), what: what(M.enterpriseOnly) }),
  );

  if (scope.regions) {
    // The enterprise's region after the import, and (for an existing one) before it, must both be in scope.
    const after =
      scope.present.has('kode_wilayah') || scope.present.has('keldesa') || scope.present.has('kecamatan')
        ? sql`g.region_code`
        : sql`e.region_code`;
    const outside = await sql<Located>`
      SELECT g.sheet, g.row_no FROM io_groups g LEFT JOIN enterprises e ON e.id = g.target_id
       WHERE NOT ${regionAllowed(after, scope.regions)}
          OR (e.id IS NOT NULL AND NOT ${regionAllowed(sql`e.region_code`, scope.regions)})
       ORDER BY g.sheet, g.row_no LIMIT ${limit}`.execute(db);
    add(
      outside.rows,
      () => 'kode_wilayah',
      () => outOfScopeMessage(),
    );
  }
  if (scope.present.has('nib')) {
    // Two plain joins rather than one OR: an OR of correlated EXISTS cannot be hashed and goes quadratic.
    const taken = await sql<Located & { value: string }>`
      WITH spread AS (
        SELECT sheet, row_no, nib, min(target_id::text) OVER (PARTITION BY nib) AS lo,
               max(target_id::text) OVER (PARTITION BY nib) AS hi
          FROM io_groups WHERE nib IS NOT NULL)
      SELECT sheet, row_no, nib AS value FROM spread WHERE lo <> hi
      UNION
      SELECT g.sheet, g.row_no, g.nib AS value
        FROM io_groups g JOIN enterprises e ON e.nib = g.nib AND e.id <> g.target_id
       ORDER BY sheet, row_no LIMIT ${limit}`.execute(db);
    add(
      taken.rows,
      () => 'nib',
      (r) => tr(M.codeTaken, { column: 'NIB', value: r.value, what: what(M.enterpriseOnly) }),
    );
  }
  return issues;
}

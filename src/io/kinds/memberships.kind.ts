import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { formatPeriod } from '../../memberships/periods.ts';
import { tr } from '../../shared/i18n.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import { ioPolicy, outOfScopeMessage, regionAllowed } from '../io.policy.ts';
import { rowLabel } from '../issues.ts';
import { differs } from './fields.ts';
import type { ImportScope, KindDefinition, RowIssue } from './kind.ts';
import { MEMBERSHIP_COLUMNS, MEMBERSHIP_STAGING, membershipRowReader } from './memberships.layout.ts';
import { keyIssues } from './record-keys.ts';

/** The two membership tables behind the one layout. */
const TABLES = [
  { kind: 'center', table: 'center_memberships', parentColumn: 'center_id', parents: 'centers' },
  {
    kind: 'institution',
    table: 'institution_memberships',
    parentColumn: 'institution_id',
    parents: 'institutions',
  },
] as const;

const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
// CASE, not AND: PostgreSQL may evaluate AND operands in any order, and a bad cast would throw.
const asUuid = (ref: RawBuilder<unknown>) => sql`CASE WHEN ${ref} ~* ${UUID_PATTERN} THEN ${ref}::uuid END`;

interface Located {
  sheet: number;
  row_no: number;
}

/** Stored columns compared and written; the end date and role only when the file has their columns. */
function columnsOf(scope: ImportScope): string[] {
  return [
    'parent_id',
    'enterprise_id',
    'valid_from',
    ...(scope.present.has('selesai') ? ['valid_to'] : []),
    ...(scope.present.has('peran') ? ['role'] : []),
  ];
}

/** The stored membership as `m` with its parent column renamed `parent_id`, to compare with staged rows. */
const stored = (table: string, parentColumn: string) =>
  sql`(SELECT t.*, ${sql.ref(`t.${parentColumn}`)} AS parent_id FROM ${sql.table(table)} t)`;

async function resolve(db: Db, scope: ImportScope, limit: number): Promise<RowIssue[]> {
  await sql`ALTER TABLE io_stage ADD COLUMN parent_id uuid, ADD COLUMN enterprise_id uuid, ADD COLUMN target_id uuid,
            ADD COLUMN is_new boolean NOT NULL DEFAULT false, ADD COLUMN matches integer NOT NULL DEFAULT 0`.execute(
    db,
  );
  for (const { kind, parents } of TABLES) {
    await sql`UPDATE io_stage s SET parent_id = p.id FROM ${sql.table(parents)} p
               WHERE s.kind = ${kind} AND p.external_id = s.parent_ref`.execute(db);
    await sql`UPDATE io_stage s SET parent_id = p.id FROM ${sql.table(parents)} p
               WHERE s.kind = ${kind} AND s.parent_id IS NULL AND p.id = ${asUuid(sql`s.parent_ref`)}`.execute(
      db,
    );
  }
  // An enterprise is named by its id, else its NIB, else its external code.
  await sql`UPDATE io_stage s SET enterprise_id = e.id FROM enterprises e
             WHERE e.id = ${asUuid(sql`s.enterprise_ref`)}`.execute(db);
  await sql`UPDATE io_stage s SET enterprise_id = e.id FROM enterprises e
             WHERE s.enterprise_id IS NULL AND e.nib = s.enterprise_ref`.execute(db);
  await sql`UPDATE io_stage s SET enterprise_id = e.id FROM enterprises e
             WHERE s.enterprise_id IS NULL AND e.external_id = s.enterprise_ref`.execute(db);
  await sql`UPDATE io_stage SET target_id = id WHERE id IS NOT NULL`.execute(db);
  for (const { kind, table, parentColumn } of TABLES) {
    await sql`UPDATE io_stage s SET target_id = m.id FROM ${sql.table(table)} m
               WHERE s.kind = ${kind} AND s.target_id IS NULL AND ${sql.ref(`m.${parentColumn}`)} = s.parent_id
                 AND m.enterprise_id = s.enterprise_id AND m.valid_from = s.valid_from`.execute(db);
    await sql`UPDATE io_stage s SET is_new = true, target_id = coalesce(s.target_id, gen_random_uuid())
               WHERE s.kind = ${kind} AND s.parent_id IS NOT NULL AND s.enterprise_id IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM ${sql.table(table)} m WHERE m.id = s.target_id)`.execute(db);
  }
  const what = tr(M.membershipWhat);
  const issues = await keyIssues(db, scope, limit, what, {
    key: sql`CASE WHEN id IS NOT NULL THEN 'id' ELSE 'mulai' END`,
    name: 'ikm',
  });
  const problems = await sql<Located & { column: string; value: string; problem: string }>`
    SELECT sheet, row_no, 'sentra_lembaga' AS column, parent_ref AS value, kind AS problem FROM io_stage
     WHERE parent_id IS NULL
    UNION ALL
    SELECT sheet, row_no, 'ikm', enterprise_ref, 'enterprise' FROM io_stage WHERE enterprise_id IS NULL
    UNION ALL
    SELECT s.sheet, s.row_no, 'mulai', s.valid_from::text, 'exists' FROM io_stage s
      JOIN ${stored('center_memberships', 'center_id')} m
        ON s.kind = 'center' AND m.parent_id = s.parent_id AND m.enterprise_id = s.enterprise_id
       AND m.valid_from = s.valid_from AND m.id <> s.target_id
    UNION ALL
    SELECT s.sheet, s.row_no, 'mulai', s.valid_from::text, 'exists' FROM io_stage s
      JOIN ${stored('institution_memberships', 'institution_id')} m
        ON s.kind = 'institution' AND m.parent_id = s.parent_id AND m.enterprise_id = s.enterprise_id
       AND m.valid_from = s.valid_from AND m.id <> s.target_id
     ORDER BY 1, 2 LIMIT ${limit}`.execute(db);
  for (const r of problems.rows) {
    const message =
      r.problem === 'center'
        ? tr(M.centerUnknown, { value: r.value })
        : r.problem === 'institution'
          ? tr(M.institutionUnknown, { value: r.value })
          : r.problem === 'enterprise'
            ? tr(M.enterpriseUnknown, { value: r.value })
            : tr(M.membershipExists);
    issues.push({ sheet: r.sheet, row: r.row_no, column: r.column, message });
  }
  issues.push(...(await overlapIssues(db, scope, limit)));
  if (scope.regions) {
    // The enterprise must be in scope, and so must the enterprise of a membership being changed.
    const outside = await sql<Located>`
      SELECT s.sheet, s.row_no FROM io_stage s
        JOIN enterprises e ON e.id = s.enterprise_id
        LEFT JOIN (SELECT id, enterprise_id FROM center_memberships
                   UNION ALL SELECT id, enterprise_id FROM institution_memberships) m ON m.id = s.target_id
        LEFT JOIN enterprises old ON old.id = m.enterprise_id
       WHERE NOT ${regionAllowed(sql`e.region_code`, scope.regions)}
          OR (old.id IS NOT NULL AND NOT ${regionAllowed(sql`old.region_code`, scope.regions)})
       ORDER BY s.sheet, s.row_no LIMIT ${limit}`.execute(db);
    for (const r of outside.rows)
      issues.push({ sheet: r.sheet, row: r.row_no, column: 'ikm', message: outOfScopeMessage() });
  }
  return issues;
}

/**
 * Periods of one enterprise in one centre or institution may not overlap (the rule the membership API
 * enforces): each row is checked against the file's other rows and the stored periods it leaves alone.
 */
async function overlapIssues(db: Db, scope: ImportScope, limit: number): Promise<RowIssue[]> {
  const untouched = (kind: string, table: string, parentColumn: string) => sql`
    SELECT ${kind} AS kind, ${sql.ref(`m.${parentColumn}`)} AS parent_id, m.enterprise_id, m.id, m.valid_from,
           m.valid_to, NULL::int AS sheet, NULL::int AS row_no
      FROM ${sql.table(table)} m
     WHERE m.enterprise_id IN (SELECT enterprise_id FROM io_stage)
       AND NOT EXISTS (SELECT 1 FROM io_stage s WHERE s.target_id = m.id)`;
  const { rows } = await sql<
    Located & {
      other_sheet: number | null;
      other_row: number | null;
      other_id: string;
      from_date: string;
      to_date: string | null;
    }
  >`
    WITH periods AS (
      SELECT kind, parent_id, enterprise_id, target_id AS id, valid_from, valid_to, sheet, row_no FROM io_stage
       WHERE target_id IS NOT NULL AND parent_id IS NOT NULL AND enterprise_id IS NOT NULL
      UNION ALL ${untouched('center', 'center_memberships', 'center_id')}
      UNION ALL ${untouched('institution', 'institution_memberships', 'institution_id')})
    SELECT DISTINCT ON (a.sheet, a.row_no) a.sheet, a.row_no, b.sheet AS other_sheet, b.row_no AS other_row,
           b.id::text AS other_id, b.valid_from::text AS from_date, b.valid_to::text AS to_date
      FROM periods a JOIN periods b
        ON a.kind = b.kind AND a.parent_id = b.parent_id AND a.enterprise_id = b.enterprise_id AND a.id <> b.id
       AND daterange(a.valid_from, a.valid_to, '[]') && daterange(b.valid_from, b.valid_to, '[]')
     WHERE a.row_no IS NOT NULL AND (b.row_no IS NULL OR (b.sheet, b.row_no) < (a.sheet, a.row_no))
     ORDER BY a.sheet, a.row_no, b.sheet NULLS FIRST, b.row_no LIMIT ${limit}`.execute(db);
  return rows.map((r) => {
    const other =
      r.other_row === null || r.other_sheet === null
        ? tr(M.storedMembership, { id: r.other_id })
        : tr(M.fileRow, {
            row: rowLabel(
              r.other_row,
              scope.sheetNames.length > 1 ? scope.sheetNames[r.other_sheet] : undefined,
            ),
          });
    const period = formatPeriod(r.from_date, r.to_date);
    return {
      sheet: r.sheet,
      row: r.row_no,
      column: 'mulai',
      message: tr(M.periodOverlap, { other, period }),
    };
  });
}

async function count(db: Db, scope: ImportScope) {
  const columns = columnsOf(scope);
  let inserted = 0;
  let updated = 0;
  let total = 0;
  for (const { kind, table, parentColumn } of TABLES) {
    const { rows } = await sql<{ inserted: number; updated: number; total: number }>`
      SELECT count(*) FILTER (WHERE s.is_new)::int AS inserted,
             count(*) FILTER (WHERE NOT s.is_new AND ${differs('m', 's', columns)})::int AS updated,
             count(*)::int AS total
        FROM io_stage s LEFT JOIN ${stored(table, parentColumn)} m ON m.id = s.target_id
       WHERE s.kind = ${kind}`.execute(db);
    inserted += rows[0]?.inserted ?? 0;
    updated += rows[0]?.updated ?? 0;
    total += rows[0]?.total ?? 0;
  }
  return { inserted, updated, unchanged: total - inserted - updated };
}

async function write(db: Db, scope: ImportScope): Promise<void> {
  const columns = columnsOf(scope);
  for (const { kind, table, parentColumn } of TABLES) {
    await sql`
      INSERT INTO ${sql.table(table)} (id, ${sql.ref(parentColumn)}, enterprise_id, valid_from, valid_to, role)
      SELECT target_id, parent_id, enterprise_id, valid_from, valid_to, role FROM io_stage
       WHERE kind = ${kind} AND is_new`.execute(db);
    const sets = columns.map(
      (c) => sql`${sql.ref(c === 'parent_id' ? parentColumn : c)} = ${sql.ref(`s.${c}`)}`,
    );
    await sql`
      UPDATE ${sql.table(table)} t SET ${sql.join(sets)}, updated_at = now()
        FROM io_stage s, ${stored(table, parentColumn)} m
       WHERE s.kind = ${kind} AND NOT s.is_new AND t.id = s.target_id AND m.id = t.id
         AND ${differs('m', 's', columns)}`.execute(db);
  }
}

/** Centre and institution memberships in one layout; `jenis` says which table a row belongs to. */
export const membershipsKind: KindDefinition = {
  kind: 'memberships',
  sheetName: 'keanggotaan',
  columns: MEMBERSHIP_COLUMNS,
  stagingColumns: MEMBERSHIP_STAGING,
  rowReader: async () => membershipRowReader(),
  resolve,
  count,
  write,
  exportQuery: (actor) => sql`
    SELECT * FROM (
      SELECT m.id::text AS id, 'center' AS jenis, coalesce(p.external_id, p.id::text) AS sentra_lembaga,
             p.name AS nama_sentra_lembaga, e.id::text AS ikm, e.name AS nama_ikm, m.valid_from::text AS mulai,
             m.valid_to::text AS selesai, m.role AS peran
        FROM center_memberships m JOIN centers p ON p.id = m.center_id JOIN enterprises e ON e.id = m.enterprise_id
       WHERE ${ioPolicy.exportScope(actor, 'enterprises', 'e.id')}
      UNION ALL
      SELECT m.id::text, 'institution', coalesce(p.external_id, p.id::text), p.name, e.id::text, e.name,
             m.valid_from::text, m.valid_to::text, m.role
        FROM institution_memberships m JOIN institutions p ON p.id = m.institution_id
        JOIN enterprises e ON e.id = m.enterprise_id
       WHERE ${ioPolicy.exportScope(actor, 'enterprises', 'e.id')}) x
     ORDER BY jenis, sentra_lembaga COLLATE "C", nama_ikm COLLATE "C", ikm, mulai, id`,
};

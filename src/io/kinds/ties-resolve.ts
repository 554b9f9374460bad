import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { tr } from '../../shared/i18n.ts';
import { IO_MESSAGES as IO } from '../io.messages.ts';
import { normSql } from '../staging.ts';
import type { RowIssue } from './kind.ts';
import { TIE_MESSAGES as M } from './ties.messages.ts';

/*
 * Resolving the references of tie rows staged in `io_stage` (`center_ref`, `from_ref`, `to_ref`,
 * `institution_ref`) into ids, by the rules the other layouts use: an enterprise by its id, else its
 * NIB, else its code, else its exact (normalised) name among the members of the row's centre; a
 * centre by its code or id; an institution by its id, code or exact name.
 */

const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
// CASE, not AND: PostgreSQL may evaluate AND operands in any order, and a bad cast would throw.
const asUuid = (ref: RawBuilder<unknown>) => sql`CASE WHEN ${ref} ~* ${UUID_PATTERN} THEN ${ref}::uuid END`;

/** Fills `target` (an enterprise id column) from `ref`, counting name matches in `count` (>1: ambiguous). */
export async function resolveEnterprise(
  db: Db,
  table: string,
  ref: string,
  target: string,
  count: string,
): Promise<void> {
  const t = sql.table(table);
  const [r, id] = [sql.ref(`s.${ref}`), sql.ref(target)];
  await sql`UPDATE ${t} s SET ${id} = e.id FROM enterprises e WHERE e.id = ${asUuid(r)}`.execute(db);
  await sql`UPDATE ${t} s SET ${id} = e.id FROM enterprises e
             WHERE ${sql.ref(`s.${target}`)} IS NULL AND e.nib = ${r}`.execute(db);
  await sql`UPDATE ${t} s SET ${id} = e.id FROM enterprises e
             WHERE ${sql.ref(`s.${target}`)} IS NULL AND e.external_id = ${r}`.execute(db);
  await sql`
    WITH m AS (
      SELECT s.sheet, s.row_no, min(e.id::text)::uuid AS id, count(DISTINCT e.id)::int AS n
        FROM ${t} s
        JOIN center_memberships cm ON cm.center_id = s.center_id
        JOIN enterprises e ON e.id = cm.enterprise_id AND ${normSql(sql`e.name`)} = ${normSql(r)}
       WHERE ${sql.ref(`s.${target}`)} IS NULL AND ${r} IS NOT NULL
       GROUP BY s.sheet, s.row_no)
    UPDATE ${t} s SET ${sql.ref(count)} = m.n, ${id} = CASE WHEN m.n = 1 THEN m.id END
      FROM m WHERE s.sheet = m.sheet AND s.row_no = m.row_no`.execute(db);
}

/** Resolves every reference of staged tie rows; returns the rows whose references are unknown or ambiguous. */
export async function resolveTieReferences(db: Db, limit: number): Promise<RowIssue[]> {
  await sql`ALTER TABLE io_stage ADD COLUMN center_id uuid, ADD COLUMN from_enterprise_id uuid,
            ADD COLUMN to_enterprise_id uuid, ADD COLUMN to_institution_id uuid,
            ADD COLUMN from_count integer NOT NULL DEFAULT 0, ADD COLUMN to_count integer NOT NULL DEFAULT 0,
            ADD COLUMN institution_count integer NOT NULL DEFAULT 0`.execute(db);
  await sql`UPDATE io_stage s SET center_id = c.id FROM centers c WHERE c.external_id = s.center_ref`.execute(
    db,
  );
  await sql`UPDATE io_stage s SET center_id = c.id FROM centers c
             WHERE s.center_id IS NULL AND c.id = ${asUuid(sql`s.center_ref`)}`.execute(db);
  await resolveEnterprise(db, 'io_stage', 'from_ref', 'from_enterprise_id', 'from_count');
  await resolveEnterprise(db, 'io_stage', 'to_ref', 'to_enterprise_id', 'to_count');
  await sql`UPDATE io_stage s SET to_institution_id = i.id FROM institutions i
             WHERE i.id = ${asUuid(sql`s.institution_ref`)} OR i.external_id = s.institution_ref`.execute(db);
  await sql`
    WITH m AS (
      SELECT s.sheet, s.row_no, min(i.id::text)::uuid AS id, count(*)::int AS n FROM io_stage s
        JOIN institutions i ON ${normSql(sql`i.name`)} = ${normSql(sql`s.institution_ref`)}
       WHERE s.to_institution_id IS NULL AND s.institution_ref IS NOT NULL GROUP BY s.sheet, s.row_no)
    UPDATE io_stage s SET institution_count = m.n, to_institution_id = CASE WHEN m.n = 1 THEN m.id END
      FROM m WHERE s.sheet = m.sheet AND s.row_no = m.row_no`.execute(db);

  const { rows } = await sql<{
    sheet: number;
    row_no: number;
    column: string;
    value: string;
    n: number;
  }>`
    SELECT sheet, row_no, 'sentra' AS column, center_ref AS value, 0 AS n FROM io_stage
     WHERE center_ref IS NOT NULL AND center_id IS NULL
    UNION ALL
    SELECT sheet, row_no, 'dari_ikm', from_ref, from_count FROM io_stage WHERE from_enterprise_id IS NULL
    UNION ALL
    SELECT sheet, row_no, 'ke_ikm', to_ref, to_count FROM io_stage
     WHERE to_ref IS NOT NULL AND to_enterprise_id IS NULL
    UNION ALL
    SELECT sheet, row_no, 'ke_lembaga', institution_ref, institution_count FROM io_stage
     WHERE institution_ref IS NOT NULL AND to_institution_id IS NULL
     ORDER BY 1, 2 LIMIT ${limit}`.execute(db);
  return rows.map((r) => {
    const value = r.value;
    const message =
      r.column === 'sentra'
        ? tr(IO.centerUnknown, { value })
        : r.column === 'ke_lembaga'
          ? tr(r.n > 1 ? M.institutionAmbiguous : M.institutionNotFound, { value, count: r.n })
          : tr(r.n > 1 ? M.nameAmbiguous : M.enterpriseNotFound, { value, count: r.n });
    return { sheet: r.sheet, row: r.row_no, column: r.column, message };
  });
}

import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { todayWib } from '../../shared/periods.ts';
import { centerMatches, ENTERPRISE_FIELDS, yearColumns } from './enterprises-fields.ts';
import { assignments, columnList, differs, presentColumns } from './fields.ts';
import type { ImportScope, WriteCounts } from './kind.ts';

/** Centres named in a group's `sentra` cell where the enterprise has no open membership yet. */
const MISSING_MEMBERSHIPS = sql`
  SELECT c.id AS center_id, g.target_id, g.first_year
    FROM io_groups g CROSS JOIN LATERAL unnest(g.center_refs) AS ref
    JOIN centers c ON ${centerMatches(sql`ref`, 'c')}
   WHERE NOT EXISTS (SELECT 1 FROM center_memberships m
                      WHERE m.center_id = c.id AND m.enterprise_id = g.target_id AND m.valid_to IS NULL)`;

/**
 * Marks groups whose enterprise, owner name or centre memberships would change, then counts rows: a
 * row is inserted when its enterprise or its year is new, updated when its year's figures differ or it
 * is the row its enterprise's columns come from and those differ, unchanged otherwise.
 */
export async function countEnterprises(db: Db, scope: ImportScope): Promise<WriteCounts> {
  const columns = presentColumns(ENTERPRISE_FIELDS, scope.present);
  const owner = scope.present.has('nama_pemilik');
  await sql`
    UPDATE io_groups g SET changed = ${differs('e', 'g', columns)}
        OR (${owner} AND g.owner_name IS NOT NULL AND p.erased_at IS NULL
            AND p.full_name IS DISTINCT FROM g.owner_name)
      FROM enterprises e LEFT JOIN people p ON p.id = e.owner_person_id
     WHERE e.id = g.target_id AND NOT g.is_new`.execute(db);
  await sql`
    UPDATE io_groups g SET changed = true
     WHERE NOT g.is_new AND g.target_id IN (SELECT target_id FROM (${MISSING_MEMBERSHIPS}) m)`.execute(db);
  const { rows } = await sql<{ inserted: number; updated: number; total: number }>`
    SELECT count(*) FILTER (WHERE ins)::int AS inserted, count(*) FILTER (WHERE NOT ins AND upd)::int AS updated,
           count(*)::int AS total
      FROM (SELECT g.is_new OR (s.year IS NOT NULL AND y.enterprise_id IS NULL) AS ins,
                   (y.enterprise_id IS NOT NULL AND ${differs('y', 's', yearColumns(scope))})
                   OR (g.changed AND s.sheet = g.sheet AND s.row_no = g.row_no) AS upd
              FROM io_stage s JOIN io_groups g USING (group_key)
              LEFT JOIN enterprise_year_data y
                ON y.enterprise_id = g.target_id AND y.year = s.year AND y.source = s.source) r`.execute(db);
  const counts = rows[0] ?? { inserted: 0, updated: 0, total: 0 };
  return {
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: counts.total - counts.inserted - counts.updated,
  };
}

/** Writes owners, enterprises, affiliations, yearly figures and memberships, each in one statement. */
export async function writeEnterprises(db: Db, scope: ImportScope): Promise<void> {
  const columns = presentColumns(ENTERPRISE_FIELDS, scope.present);
  await sql`ALTER TABLE io_groups ADD COLUMN new_owner_id uuid`.execute(db);
  await sql`
    UPDATE io_groups SET new_owner_id = gen_random_uuid()
     WHERE owner_name IS NOT NULL AND owner_id IS NULL`.execute(db);
  await sql`
    INSERT INTO people (id, full_name, roles)
    SELECT new_owner_id, owner_name, '{owner}' FROM io_groups WHERE new_owner_id IS NOT NULL`.execute(db);
  await sql`
    INSERT INTO enterprises (id, nib, name, owner_person_id, address, region_code, phone, commodity, products,
                             legal_form, license_year, kbli)
    SELECT target_id, nib, name, new_owner_id, address, region_code, phone, commodity, products, legal_form,
           license_year, coalesce(kbli, '[]')
      FROM io_groups WHERE is_new`.execute(db);
  const set = columns.length > 0 ? sql`${assignments('g', columns)},` : sql``;
  await sql`
    UPDATE enterprises e
       SET ${set} owner_person_id = coalesce(e.owner_person_id, g.new_owner_id),
           version = e.version + 1, updated_at = now()
      FROM io_groups g
     WHERE e.id = g.target_id AND NOT g.is_new
       AND (${differs('e', 'g', columns)} OR (e.owner_person_id IS NULL AND g.new_owner_id IS NOT NULL))`.execute(
    db,
  );
  if (scope.present.has('nama_pemilik')) {
    await sql`
      UPDATE people p SET full_name = g.owner_name, version = p.version + 1, updated_at = now()
        FROM io_groups g
       WHERE p.id = g.owner_id AND g.owner_name IS NOT NULL AND p.erased_at IS NULL
         AND p.full_name IS DISTINCT FROM g.owner_name`.execute(db);
  }
  await sql`
    INSERT INTO person_affiliations (person_id, enterprise_id, role)
    SELECT new_owner_id, target_id, 'owner' FROM io_groups WHERE new_owner_id IS NOT NULL`.execute(db);
  await writeYears(db, scope);
  // Starts on 1 January of the enterprise's first year in the file, or the day after its last ended
  // membership of that centre if that is later: membership periods may not overlap.
  await sql`
    INSERT INTO center_memberships (center_id, enterprise_id, valid_from)
    SELECT DISTINCT m.center_id, m.target_id,
           greatest(make_date(coalesce(m.first_year, ${Number(todayWib().slice(0, 4))}::int), 1, 1),
                    (SELECT max(p.valid_to) + 1 FROM center_memberships p
                      WHERE p.center_id = m.center_id AND p.enterprise_id = m.target_id))
      FROM (${MISSING_MEMBERSHIPS}) m
    ON CONFLICT (center_id, enterprise_id, valid_from) DO NOTHING`.execute(db);
}

const YEAR_INSERT = [
  'workers_male',
  'workers_female',
  'investment_excl_land_building',
  'production_qty',
  'production_unit',
  'production_value',
  'raw_aux_material_value',
];

/**
 * Inserts the yearly figures of new enterprises plainly (no conflict is possible, and a speculative
 * insert costs more), then upserts those of existing ones. Rows already stored with the same fed values
 * are left out by one hashed anti-join first, so a re-import sends no row through ON CONFLICT at all.
 */
async function writeYears(db: Db, scope: ImportScope): Promise<void> {
  const insert = (isNew: boolean, filter = sql``) => sql`
    INSERT INTO enterprise_year_data AS y (enterprise_id, year, source, vintage, ${columnList(YEAR_INSERT)})
    SELECT g.target_id, s.year, s.source, s.vintage, ${columnList(YEAR_INSERT, 's')}
      FROM io_stage s JOIN io_groups g USING (group_key)
     WHERE s.year IS NOT NULL AND g.is_new = ${isNew} ${filter}`;
  await insert(true).execute(db);
  const columns = yearColumns(scope);
  const unchanged = sql`AND NOT EXISTS (
    SELECT 1 FROM enterprise_year_data y
     WHERE y.enterprise_id = g.target_id AND y.year = s.year AND y.source = s.source
       AND NOT ${differs('y', 's', columns)})`;
  const onConflict =
    columns.length === 0
      ? sql`DO NOTHING`
      : sql`DO UPDATE SET ${assignments('excluded', columns)}, updated_at = now()
             WHERE ${differs('y', 'excluded', columns)}`;
  await sql`${insert(false, unchanged)} ON CONFLICT (enterprise_id, year, source) ${onConflict}`.execute(db);
}

import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { tr } from '../../shared/i18n.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import { ioPolicy, outOfScopeMessage, regionAllowed } from '../io.policy.ts';
import { normSql } from '../staging.ts';
import { centerMatches } from './enterprises-fields.ts';
import { assignments, differs, presentColumns } from './fields.ts';
import {
  INSTITUTION_COLUMNS,
  INSTITUTION_FIELDS,
  INSTITUTION_STAGING,
  institutionRowReader,
} from './institutions.layout.ts';
import type { ImportScope, KindDefinition, RowIssue } from './kind.ts';
import {
  codeTakenIssues,
  keyIssues,
  markNew,
  matchByCode,
  matchByKey,
  prepareTargets,
} from './record-keys.ts';

interface Located {
  sheet: number;
  row_no: number;
}

const NAME_MATCHES = sql`
  SELECT s.sheet, s.row_no, min(i.id::text)::uuid AS id, count(*)::int AS n
    FROM io_stage s JOIN institutions i
      ON ${normSql(sql`i.name`)} = ${normSql(sql`s.name`)} AND coalesce(i.region_code, '') = coalesce(s.region_code, '')
   WHERE s.target_id IS NULL AND (s.external_id IS NULL OR i.external_id IS NULL)
   GROUP BY s.sheet, s.row_no`;

/** Differences beyond plain columns: services as a set, and (when the file has `sentra`) the centres served. */
function extraDiffers(scope: ImportScope) {
  const services = scope.present.has('layanan')
    ? sql`ARRAY(SELECT x FROM unnest(i.services) x ORDER BY x COLLATE "C") IS DISTINCT FROM s.services`
    : sql`false`;
  const centers = scope.present.has('sentra')
    ? sql`ARRAY(SELECT ic.center_id FROM institution_centers ic WHERE ic.institution_id = s.target_id
                 ORDER BY ic.center_id) IS DISTINCT FROM s.center_ids`
    : sql`false`;
  return sql<boolean>`(${services} OR ${centers})`;
}

async function resolve(db: Db, scope: ImportScope, limit: number): Promise<RowIssue[]> {
  await prepareTargets(db);
  await matchByCode(db, 'institutions');
  await matchByKey(db, NAME_MATCHES);
  await markNew(db, 'institutions');
  await sql`ALTER TABLE io_stage ADD COLUMN center_ids uuid[]`.execute(db);
  await sql`
    UPDATE io_stage s SET center_ids = ARRAY(
      SELECT DISTINCT c.id FROM unnest(s.center_refs) AS u(ref) JOIN centers c ON ${centerMatches(sql`u.ref`, 'c')}
       ORDER BY c.id)
     WHERE s.center_refs IS NOT NULL OR ${scope.present.has('sentra')}`.execute(db);
  const what = tr(M.institutionWhat);
  const issues = await keyIssues(db, scope, limit, what, {
    key: sql`CASE WHEN id IS NOT NULL THEN 'id' WHEN external_id IS NOT NULL THEN 'kode_lembaga' ELSE 'nama_lembaga' END`,
    name: 'nama_lembaga',
  });
  issues.push(...(await codeTakenIssues(db, 'institutions', 'kode_lembaga', what, limit)));
  const unknown = await sql<Located & { value: string; column: string; kind: string }>`
    SELECT s.sheet, s.row_no, s.region_code AS value, 'kode_wilayah' AS column, 'region' AS kind FROM io_stage s
     WHERE s.region_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = s.region_code)
    UNION ALL
    SELECT s.sheet, s.row_no, u.ref, 'sentra', 'center' FROM io_stage s, unnest(s.center_refs) AS u(ref)
     WHERE NOT EXISTS (SELECT 1 FROM centers c WHERE ${centerMatches(sql`u.ref`, 'c')})
     ORDER BY 1, 2 LIMIT ${limit}`.execute(db);
  for (const r of unknown.rows) {
    const message = tr(r.kind === 'region' ? M.regionUnknown : M.centerUnknown, { value: r.value });
    issues.push({ sheet: r.sheet, row: r.row_no, column: r.column, message });
  }
  if (scope.regions) {
    // In scope by its own region or a centre it serves, after the import and (if it exists) before it.
    const servesInScope = (centerIds: RawBuilder<unknown>) => sql`EXISTS (
      SELECT 1 FROM center_regions cr WHERE cr.center_id = ANY (${centerIds})
         AND ${regionAllowed(sql`cr.region_code`, scope.regions)})`;
    const outside = await sql<Located>`
      SELECT s.sheet, s.row_no FROM io_stage s LEFT JOIN institutions i ON i.id = s.target_id AND NOT s.is_new
       WHERE NOT (${regionAllowed(sql`s.region_code`, scope.regions)} OR ${servesInScope(sql`s.center_ids`)})
          OR (i.id IS NOT NULL AND NOT (${regionAllowed(sql`i.region_code`, scope.regions)}
              OR ${servesInScope(sql`ARRAY(SELECT ic.center_id FROM institution_centers ic WHERE ic.institution_id = i.id)`)}))
       ORDER BY s.sheet, s.row_no LIMIT ${limit}`.execute(db);
    for (const r of outside.rows) {
      issues.push({ sheet: r.sheet, row: r.row_no, column: 'kode_wilayah', message: outOfScopeMessage() });
    }
  }
  return issues;
}

async function count(db: Db, scope: ImportScope) {
  const columns = presentColumns(INSTITUTION_FIELDS, scope.present);
  const { rows } = await sql<{ inserted: number; updated: number; total: number }>`
    SELECT count(*) FILTER (WHERE s.is_new)::int AS inserted,
           count(*) FILTER (WHERE NOT s.is_new AND (${differs('i', 's', columns)} OR ${extraDiffers(scope)}))::int
             AS updated,
           count(*)::int AS total
      FROM io_stage s LEFT JOIN institutions i ON i.id = s.target_id`.execute(db);
  const r = rows[0] ?? { inserted: 0, updated: 0, total: 0 };
  return { inserted: r.inserted, updated: r.updated, unchanged: r.total - r.inserted - r.updated };
}

async function write(db: Db, scope: ImportScope): Promise<void> {
  const columns = presentColumns(INSTITUTION_FIELDS, scope.present);
  const sets = scope.present.has('layanan') ? [...columns, 'services'] : columns;
  await sql`ALTER TABLE io_stage ADD COLUMN changed boolean`.execute(db);
  await sql`
    UPDATE io_stage s SET changed = ${differs('i', 's', columns)} OR ${extraDiffers(scope)}
      FROM institutions i WHERE i.id = s.target_id AND NOT s.is_new`.execute(db);
  await sql`
    INSERT INTO institutions (id, external_id, name, type, legal_status, services, region_code, founded_year,
                              description)
    SELECT target_id, external_id, name, type, legal_status, coalesce(services, '{}'), region_code, founded_year,
           description
      FROM io_stage WHERE is_new`.execute(db);
  await sql`
    UPDATE institutions i SET ${assignments('s', sets)}, version = i.version + 1, updated_at = now()
      FROM io_stage s WHERE i.id = s.target_id AND s.changed`.execute(db);
  if (scope.present.has('sentra')) {
    await sql`
      DELETE FROM institution_centers ic USING io_stage s
       WHERE (s.changed OR s.is_new) AND ic.institution_id = s.target_id AND NOT ic.center_id = ANY (s.center_ids)`.execute(
      db,
    );
    await sql`
      INSERT INTO institution_centers (institution_id, center_id)
      SELECT s.target_id, u.id FROM io_stage s, unnest(s.center_ids) AS u(id) WHERE s.changed OR s.is_new
      ON CONFLICT DO NOTHING`.execute(db);
  }
}

/** Institutions around centres (cooperatives, associations, UPT, Dinas …), one row each. */
export const institutionsKind: KindDefinition = {
  kind: 'institutions',
  sheetName: 'lembaga',
  columns: INSTITUTION_COLUMNS,
  stagingColumns: INSTITUTION_STAGING,
  rowReader: async () => institutionRowReader(),
  resolve,
  count,
  write,
  exportQuery: (actor) => sql`
    SELECT i.id::text AS id, i.external_id AS kode_lembaga, i.name AS nama_lembaga, i.type AS jenis,
           i.legal_status AS status_hukum,
           (SELECT array_agg(x ORDER BY x COLLATE "C") FROM unnest(i.services) x) AS layanan,
           i.region_code AS kode_wilayah, i.founded_year AS tahun_berdiri,
           (SELECT array_agg(ref ORDER BY ref COLLATE "C")
              FROM (SELECT coalesce(c.external_id, c.id::text) AS ref
                      FROM institution_centers ic JOIN centers c ON c.id = ic.center_id
                     WHERE ic.institution_id = i.id) refs) AS sentra,
           i.description AS keterangan
      FROM institutions i
     WHERE i.archived_at IS NULL AND ${ioPolicy.exportScope(actor, 'institutions', 'i.id')}
     ORDER BY i.name COLLATE "C", i.id`,
};

import { sql } from 'kysely';
import { canMoveStatus } from '../../centers/centers.rules.ts';
import type { CenterStatus } from '../../centers/centers.schema.ts';
import type { Db } from '../../db/database.ts';
import { tr } from '../../shared/i18n.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import { ioPolicy, outOfScopeMessage, regionAllowed } from '../io.policy.ts';
import { CENTER_STATUS_LABELS, labelOf } from '../labels.ts';
import { normSql } from '../staging.ts';
import { CENTER_COLUMNS, CENTER_FIELDS, CENTER_STAGING, centerRowReader } from './centers.layout.ts';
import { assignments, differs, presentColumns } from './fields.ts';
import { kbliExport } from './kbli-columns.ts';
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

/** Same normalised name and at least one shared village: how a centre without id or code is recognised. */
const NAME_MATCHES = sql`
  SELECT s.sheet, s.row_no, min(c.id::text)::uuid AS id, count(DISTINCT c.id)::int AS n
    FROM io_stage s JOIN centers c ON ${normSql(sql`c.name`)} = ${normSql(sql`s.name`)}
   WHERE s.target_id IS NULL AND (s.external_id IS NULL OR c.external_id IS NULL)
     AND EXISTS (SELECT 1 FROM center_regions cr WHERE cr.center_id = c.id AND cr.region_code = ANY (s.region_codes))
   GROUP BY s.sheet, s.row_no`;

const REGIONS_DIFFER = sql<boolean>`(s.region_codes IS DISTINCT FROM (
  SELECT coalesce(array_agg(cr.region_code ORDER BY cr.region_code COLLATE "C"), '{}') FROM center_regions cr
   WHERE cr.center_id = s.target_id))`;

async function resolve(db: Db, scope: ImportScope, limit: number): Promise<RowIssue[]> {
  await prepareTargets(db);
  await matchByCode(db, 'centers');
  await matchByKey(db, NAME_MATCHES);
  await markNew(db, 'centers');
  // An empty status means "recorded" for a new centre and "as it is" for an existing one.
  await sql`UPDATE io_stage s SET status = c.status FROM centers c WHERE c.id = s.target_id AND s.status IS NULL`.execute(
    db,
  );
  await sql`UPDATE io_stage SET status = 'recorded' WHERE status IS NULL`.execute(db);
  const what = tr(M.centerWhat);
  const issues = await keyIssues(db, scope, limit, what, {
    key: sql`CASE WHEN id IS NOT NULL THEN 'id' WHEN external_id IS NOT NULL THEN 'kode_sentra' ELSE 'nama_sentra' END`,
    name: 'nama_sentra',
  });
  issues.push(...(await codeTakenIssues(db, 'centers', 'kode_sentra', what, limit)));
  const regions = await sql<Located & { value: string; column: string }>`
    SELECT s.sheet, s.row_no, u.code AS value, 'kode_wilayah' AS column
      FROM io_stage s, unnest(s.region_codes) AS u(code)
     WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = u.code)
    UNION ALL
    SELECT s.sheet, s.row_no, s.statistical_criteria->>'villageCode', 'kriteria_kode_desa' FROM io_stage s
     WHERE s.statistical_criteria IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = s.statistical_criteria->>'villageCode')
     ORDER BY 1, 2 LIMIT ${limit}`.execute(db);
  for (const r of regions.rows) {
    issues.push({
      sheet: r.sheet,
      row: r.row_no,
      column: r.column,
      message: tr(M.regionUnknown, { value: r.value }),
    });
  }
  const moves = await sql<Located & { from_status: string; to_status: string }>`
    SELECT s.sheet, s.row_no, c.status AS from_status, s.status AS to_status FROM io_stage s JOIN centers c ON c.id = s.target_id
     WHERE c.status <> s.status`.execute(db);
  for (const r of moves.rows) {
    if (canMoveStatus(r.from_status as CenterStatus, r.to_status as CenterStatus)) continue;
    const from = labelOf(CENTER_STATUS_LABELS, r.from_status);
    const to = labelOf(CENTER_STATUS_LABELS, r.to_status);
    issues.push({ sheet: r.sheet, row: r.row_no, column: 'status', message: tr(M.statusMove, { from, to }) });
  }
  if (scope.regions) {
    // Every village a centre will have, and (for an existing one) at least one it has now, must be in scope.
    const outside = await sql<Located>`
      SELECT s.sheet, s.row_no FROM io_stage s
       WHERE EXISTS (SELECT 1 FROM unnest(s.region_codes) AS u(code)
                      WHERE NOT ${regionAllowed(sql`u.code`, scope.regions)})
          OR (NOT s.is_new AND NOT EXISTS (SELECT 1 FROM center_regions cr WHERE cr.center_id = s.target_id
                                             AND ${regionAllowed(sql`cr.region_code`, scope.regions)}))
       ORDER BY s.sheet, s.row_no LIMIT ${limit}`.execute(db);
    for (const r of outside.rows) {
      issues.push({ sheet: r.sheet, row: r.row_no, column: 'kode_wilayah', message: outOfScopeMessage() });
    }
  }
  return issues;
}

async function count(db: Db, scope: ImportScope) {
  const columns = presentColumns(CENTER_FIELDS, scope.present);
  const { rows } = await sql<{ inserted: number; updated: number; total: number }>`
    SELECT count(*) FILTER (WHERE s.is_new)::int AS inserted,
           count(*) FILTER (WHERE NOT s.is_new AND (${differs('c', 's', columns)} OR ${REGIONS_DIFFER}))::int AS updated,
           count(*)::int AS total
      FROM io_stage s LEFT JOIN centers c ON c.id = s.target_id`.execute(db);
  const r = rows[0] ?? { inserted: 0, updated: 0, total: 0 };
  return { inserted: r.inserted, updated: r.updated, unchanged: r.total - r.inserted - r.updated };
}

async function write(db: Db, scope: ImportScope): Promise<void> {
  const columns = presentColumns(CENTER_FIELDS, scope.present);
  await sql`ALTER TABLE io_stage ADD COLUMN regions_changed boolean`.execute(db);
  await sql`UPDATE io_stage s SET regions_changed = ${REGIONS_DIFFER}`.execute(db);
  await sql`
    INSERT INTO centers (id, external_id, name, main_product, commodity_group, dinas_group, kbli, origin, status,
                         designation_sk_number, designation_date, designation_issuer, statistical_criteria,
                         founding_year, latitude, longitude, description)
    SELECT target_id, external_id, name, main_product, commodity_group, dinas_group, coalesce(kbli, '[]'), origin,
           status, designation_sk_number, designation_date, designation_issuer, statistical_criteria,
           founding_year, latitude, longitude, description
      FROM io_stage WHERE is_new`.execute(db);
  await sql`
    UPDATE centers c SET ${assignments('s', columns)}, version = c.version + 1, updated_at = now()
      FROM io_stage s
     WHERE c.id = s.target_id AND NOT s.is_new AND (${differs('c', 's', columns)} OR s.regions_changed)`.execute(
    db,
  );
  await sql`
    DELETE FROM center_regions cr USING io_stage s
     WHERE s.regions_changed AND cr.center_id = s.target_id AND NOT cr.region_code = ANY (s.region_codes)`.execute(
    db,
  );
  await sql`
    INSERT INTO center_regions (center_id, region_code)
    SELECT s.target_id, u.code FROM io_stage s, unnest(s.region_codes) AS u(code) WHERE s.regions_changed
    ON CONFLICT DO NOTHING`.execute(db);
}

/** Centres (Sentra IKM), one row each; villages as a `;` list. */
export const centersKind: KindDefinition = {
  kind: 'centers',
  sheetName: 'sentra',
  columns: CENTER_COLUMNS,
  stagingColumns: CENTER_STAGING,
  rowReader: async () => centerRowReader(),
  resolve,
  count,
  write,
  exportQuery: (actor) => sql`
    SELECT c.id::text AS id, c.external_id AS kode_sentra, c.name AS nama_sentra, c.main_product AS produk_utama,
           c.commodity_group AS kelompok_komoditas, c.dinas_group AS kelompok_dinas, ${kbliExport(sql`c.kbli`)},
           c.origin AS asal, c.status, c.designation_sk_number AS no_sk, c.designation_date::text AS tanggal_sk,
           c.designation_issuer AS penerbit_sk, c.founding_year AS tahun_berdiri,
           (SELECT string_agg(cr.region_code, ';' ORDER BY cr.region_code COLLATE "C")
              FROM center_regions cr WHERE cr.center_id = c.id) AS kode_wilayah,
           c.latitude AS lintang, c.longitude AS bujur,
           c.statistical_criteria->>'villageCode' AS kriteria_kode_desa,
           (c.statistical_criteria->>'householdShare')::float8 AS kriteria_porsi_rt,
           (c.statistical_criteria->>'year')::int AS kriteria_tahun, c.description AS keterangan
      FROM centers c
     WHERE c.archived_at IS NULL AND ${ioPolicy.exportScope(actor, 'centers', 'c.id')}
     ORDER BY c.name COLLATE "C", c.id`,
};

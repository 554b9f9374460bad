import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { tr } from '../../shared/i18n.ts';
import { todayWib } from '../../shared/periods.ts';
import { IO_MESSAGES as IO } from '../io.messages.ts';
import { ioPolicy, outOfScopeMessage, regionAllowed } from '../io.policy.ts';
import { CAPABILITY_COLUMNS, CAPABILITY_STAGING, capabilityRowReader } from './capabilities.layout.ts';
import { CAPABILITY_IMPORT_MESSAGES as M } from './capabilities.messages.ts';
import { machinesDiffer, machinesExport, writeMachines } from './capabilities-machines.ts';
import type { ImportScope, KindDefinition, RowIssue } from './kind.ts';

const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/** The profile columns a file may set, by the header that carries each. */
const FIGURES = [
  ['kapasitas_per_bulan', 'monthly_capacity', 'numeric'],
  ['satuan_kapasitas', 'capacity_unit', 'text'],
  ['kapasitas_luang_persen', 'spare_capacity_pct', 'smallint'],
  ['waktu_pengerjaan_hari', 'lead_time_days', 'integer'],
  ['pesanan_minimum', 'min_order_qty', 'numeric'],
  ['terima_maklun', 'accepts_toll', 'boolean'],
  ['terima_subkontrak', 'accepts_subcontract', 'boolean'],
  ['terima_bahan_pemesan', 'accepts_client_materials', 'boolean'],
] as const;

async function resolve(db: Db, scope: ImportScope, limit: number): Promise<RowIssue[]> {
  await sql`ALTER TABLE io_stage ADD COLUMN enterprise_id uuid, ADD COLUMN is_new boolean NOT NULL DEFAULT false`.execute(
    db,
  );
  // An enterprise is named by its id, else its NIB, else its external code (as in the other layouts).
  await sql`UPDATE io_stage s SET enterprise_id = e.id FROM enterprises e
             WHERE e.id = CASE WHEN s.enterprise_ref ~* ${UUID_PATTERN} THEN s.enterprise_ref::uuid END`.execute(
    db,
  );
  await sql`UPDATE io_stage s SET enterprise_id = e.id FROM enterprises e
             WHERE s.enterprise_id IS NULL AND e.nib = s.enterprise_ref`.execute(db);
  await sql`UPDATE io_stage s SET enterprise_id = e.id FROM enterprises e
             WHERE s.enterprise_id IS NULL AND e.external_id = s.enterprise_ref`.execute(db);
  await sql`UPDATE io_stage s SET is_new = NOT EXISTS (
              SELECT 1 FROM capability_profiles p WHERE p.enterprise_id = s.enterprise_id)`.execute(db);
  await markChanges(db, scope);
  const issues: RowIssue[] = [];
  const unknown = await sql<{ sheet: number; row_no: number; value: string }>`
    SELECT sheet, row_no, enterprise_ref AS value FROM io_stage WHERE enterprise_id IS NULL
     ORDER BY sheet, row_no LIMIT ${limit}`.execute(db);
  for (const r of unknown.rows) {
    issues.push({
      sheet: r.sheet,
      row: r.row_no,
      column: 'ikm',
      message: tr(IO.enterpriseUnknown, { value: r.value }),
    });
  }
  const twice = await sql<{ sheet: number; row_no: number; other: number }>`
    SELECT b.sheet, b.row_no, a.row_no AS other FROM io_stage a JOIN io_stage b
        ON a.enterprise_id = b.enterprise_id AND (a.sheet, a.row_no) < (b.sheet, b.row_no)
     ORDER BY 1, 2 LIMIT ${limit}`.execute(db);
  for (const r of twice.rows) {
    issues.push({
      sheet: r.sheet,
      row: r.row_no,
      column: 'ikm',
      message: tr(M.duplicateEnterprise, { other: r.other }),
    });
  }
  issues.push(...(await processIssues(db, limit)));
  if (scope.regions) {
    const outside = await sql<{ sheet: number; row_no: number }>`
      SELECT s.sheet, s.row_no FROM io_stage s JOIN enterprises e ON e.id = s.enterprise_id
       WHERE NOT ${regionAllowed(sql`e.region_code`, scope.regions)} ORDER BY 1, 2 LIMIT ${limit}`.execute(
      db,
    );
    for (const r of outside.rows)
      issues.push({ sheet: r.sheet, row: r.row_no, column: 'ikm', message: outOfScopeMessage() });
  }
  return issues;
}

/**
 * Process codes the taxonomy does not offer: the message names the code and lists the valid codes of its
 * sector (or the sectors, when the sector itself is unknown), so the officer can correct the cell at once.
 * An archived process is accepted only for a profile that already has it.
 */
async function processIssues(db: Db, limit: number): Promise<RowIssue[]> {
  const { rows } = await sql<{
    sheet: number;
    row_no: number;
    code: string;
    sector: string;
    known_sector: boolean;
    valid: string;
  }>`
    WITH items AS (
      SELECT s.sheet, s.row_no, s.enterprise_id, i.code FROM io_stage s,
             jsonb_to_recordset(s.processes) AS i(code text, level int))
    SELECT it.sheet, it.row_no, it.code, split_part(it.code, '.', 1) AS sector,
           EXISTS (SELECT 1 FROM process_sectors ps WHERE ps.code = split_part(it.code, '.', 1)) AS known_sector,
           coalesce((SELECT string_agg(p.code, ', ' ORDER BY p.sort_order) FROM processes p
                      WHERE p.sector_code = split_part(it.code, '.', 1) AND p.archived_at IS NULL),
                    (SELECT string_agg(ps.code, ', ' ORDER BY ps.sort_order) FROM process_sectors ps
                      WHERE ps.archived_at IS NULL)) AS valid
      FROM items it
     WHERE NOT EXISTS (SELECT 1 FROM processes p WHERE p.code = it.code AND (p.archived_at IS NULL
             OR EXISTS (SELECT 1 FROM capability_processes c
                         WHERE c.enterprise_id = it.enterprise_id AND c.process_code = p.code)))
     ORDER BY 1, 2 LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({
    sheet: r.sheet,
    row: r.row_no,
    column: 'proses',
    message: tr(r.known_sector ? M.unknownProcess : M.unknownSector, {
      code: r.code,
      sector: r.sector,
      valid: r.valid,
    }),
  }));
}

/**
 * Which parts of each stored profile the row would change: its figures (only the columns the file has),
 * its process list, its certification list, its machines; an unchanged row is left alone and counted as
 * unchanged.
 */
async function markChanges(db: Db, scope: ImportScope): Promise<void> {
  await sql`ALTER TABLE io_stage ADD COLUMN figures_changed boolean NOT NULL DEFAULT false,
            ADD COLUMN processes_changed boolean NOT NULL DEFAULT false,
            ADD COLUMN certifications_changed boolean NOT NULL DEFAULT false,
            ADD COLUMN machines_changed boolean NOT NULL DEFAULT false`.execute(db);
  const present = FIGURES.filter(([header]) => scope.present.has(header));
  const differs = present.map(([, column, type]) =>
    type === 'boolean'
      ? sql`coalesce(${sql.ref(`s.${column}`)}::boolean, p.${sql.ref(column)}) IS DISTINCT FROM p.${sql.ref(column)}`
      : sql`${sql.ref(`s.${column}`)}::${sql.raw(type)} IS DISTINCT FROM p.${sql.ref(column)}`,
  );
  const stagedProcesses = sql`(SELECT string_agg(i.code || ':' || i.level, ';' ORDER BY i.code COLLATE "C")
      FROM jsonb_to_recordset(s.processes) AS i(code text, level int))`;
  const storedProcesses = sql`(SELECT string_agg(c.process_code || ':' || c.level, ';' ORDER BY c.process_code COLLATE "C")
      FROM capability_processes c WHERE c.enterprise_id = s.enterprise_id)`;
  const stagedCerts = sql`(SELECT string_agg(x, ';' ORDER BY x) FROM (
      SELECT c.kind || ':' || coalesce(c.until, '') AS x
        FROM jsonb_to_recordset(s.certifications) AS c(kind text, until text)) t)`;
  const storedCerts = sql`(SELECT string_agg(x, ';' ORDER BY x) FROM (
      SELECT c.kind || ':' || coalesce(c.valid_until::text, '') AS x
        FROM capability_certifications c WHERE c.enterprise_id = s.enterprise_id) t)`;
  const figures = differs.length > 0 ? sql.join(differs, sql` OR `) : sql`false`;
  const processes = scope.present.has('proses')
    ? sql`${stagedProcesses} IS DISTINCT FROM ${storedProcesses}`
    : sql`false`;
  const certifications = scope.present.has('sertifikasi')
    ? sql`${stagedCerts} IS DISTINCT FROM ${storedCerts}`
    : sql`false`;
  const machines = scope.present.has('mesin') ? machinesDiffer() : sql`false`;
  await sql`
    UPDATE io_stage s SET figures_changed = ${figures}, processes_changed = ${processes},
           certifications_changed = ${certifications}, machines_changed = ${machines}
      FROM capability_profiles p WHERE p.enterprise_id = s.enterprise_id AND NOT s.is_new`.execute(db);
}

async function count(db: Db) {
  const { rows } = await sql<{ inserted: number; updated: number; total: number }>`
    SELECT count(*) FILTER (WHERE is_new)::int AS inserted,
           count(*) FILTER (WHERE figures_changed OR processes_changed OR certifications_changed
                              OR machines_changed)::int AS updated,
           count(*)::int AS total FROM io_stage`.execute(db);
  const inserted = rows[0]?.inserted ?? 0;
  const updated = rows[0]?.updated ?? 0;
  return { inserted, updated, unchanged: (rows[0]?.total ?? 0) - inserted - updated };
}

/**
 * Writes the profiles set-based: new ones inserted, stored ones updated in the columns the file has (an
 * absent column leaves the stored value alone); the processes, certifications and machines are replaced when
 * their column is in the file. A spare capacity that is new or changed counts as confirmed on the import day.
 */
async function write(db: Db, scope: ImportScope): Promise<void> {
  const today = todayWib();
  const present = FIGURES.filter(([header]) => scope.present.has(header));
  const value = (column: string, type: string) => sql`${sql.ref(`s.${column}`)}::${sql.raw(type)}`;
  const columns = sql.join(
    present.map(([, column]) => sql`, ${sql.ref(column)}`),
    sql``,
  );
  const values = sql.join(
    present.map(
      ([, column, type]) =>
        sql`, coalesce(${value(column, type)}, ${type === 'boolean' ? sql`false` : sql`NULL`})`,
    ),
    sql``,
  );
  await sql`
    INSERT INTO capability_profiles (enterprise_id, spare_confirmed_on ${columns})
    SELECT s.enterprise_id, CASE WHEN s.spare_capacity_pct IS NOT NULL THEN ${today}::date END ${values}
      FROM io_stage s WHERE s.is_new`.execute(db);
  if (present.length > 0) {
    const sets = present.map(([, column, type]) =>
      type === 'boolean'
        ? sql`${sql.ref(column)} = coalesce(${value(column, type)}, p.${sql.ref(column)})`
        : sql`${sql.ref(column)} = ${value(column, type)}`,
    );
    const confirm = scope.present.has('kapasitas_luang_persen')
      ? sql`, spare_confirmed_on = CASE WHEN s.spare_capacity_pct IS NULL THEN NULL
              WHEN p.spare_capacity_pct IS DISTINCT FROM s.spare_capacity_pct THEN ${today}::date
              ELSE p.spare_confirmed_on END`
      : sql``;
    await sql`
      UPDATE capability_profiles p SET ${sql.join(sets)} ${confirm}
        FROM io_stage s WHERE s.figures_changed AND p.enterprise_id = s.enterprise_id`.execute(db);
  }
  await sql`
    UPDATE capability_profiles p SET version = p.version + 1, updated_at = now() FROM io_stage s
     WHERE p.enterprise_id = s.enterprise_id
       AND (s.figures_changed OR s.processes_changed OR s.certifications_changed
            OR s.machines_changed)`.execute(db);
  if (scope.present.has('proses')) {
    await sql`DELETE FROM capability_processes
               WHERE enterprise_id IN (SELECT enterprise_id FROM io_stage WHERE processes_changed)`.execute(
      db,
    );
    await sql`
      INSERT INTO capability_processes (enterprise_id, process_code, level)
      SELECT s.enterprise_id, i.code, i.level
        FROM io_stage s, jsonb_to_recordset(s.processes) AS i(code text, level int)
       WHERE s.is_new OR s.processes_changed`.execute(db);
  }
  if (scope.present.has('sertifikasi')) await writeCertifications(db);
  if (scope.present.has('mesin')) await writeMachines(db);
}

/**
 * Replaces the certifications of the rows that change them; a certificate the file names again with the
 * same end date keeps its stored number and start date (the file has neither column).
 */
async function writeCertifications(db: Db): Promise<void> {
  const changed = sql`(SELECT enterprise_id FROM io_stage WHERE certifications_changed)`;
  await sql`CREATE TEMP TABLE io_kept_certifications ON COMMIT DROP AS
      SELECT * FROM capability_certifications WHERE enterprise_id IN ${changed}`.execute(db);
  await sql`DELETE FROM capability_certifications WHERE enterprise_id IN ${changed}`.execute(db);
  const kept = (column: string) => sql`(SELECT ${sql.ref(`k.${column}`)} FROM io_kept_certifications k
      WHERE k.enterprise_id = s.enterprise_id AND k.kind = c.kind
        AND k.valid_until IS NOT DISTINCT FROM c.until::date LIMIT 1)`;
  await sql`
    INSERT INTO capability_certifications (enterprise_id, kind, number, valid_from, valid_until)
    SELECT s.enterprise_id, c.kind, ${kept('number')}, ${kept('valid_from')}, c.until::date
      FROM io_stage s, jsonb_to_recordset(s.certifications) AS c(kind text, until text)
     WHERE s.is_new OR s.certifications_changed`.execute(db);
}

/** Capability profiles, one row per enterprise (see capabilities.layout.ts for the cell formats). */
export const capabilitiesKind: KindDefinition = {
  kind: 'capabilities',
  sheetName: 'kemampuan',
  columns: CAPABILITY_COLUMNS,
  stagingColumns: CAPABILITY_STAGING,
  rowReader: async () => capabilityRowReader(),
  resolve,
  count,
  write,
  exportQuery: (actor) => sql`
    SELECT coalesce(e.external_id, e.id::text) AS ikm, e.name AS nama_ikm,
           (SELECT string_agg(c.process_code || ':' || c.level, '; ' ORDER BY c.process_code)
              FROM capability_processes c WHERE c.enterprise_id = p.enterprise_id) AS proses,
           p.monthly_capacity AS kapasitas_per_bulan, p.capacity_unit AS satuan_kapasitas,
           p.spare_capacity_pct AS kapasitas_luang_persen, p.lead_time_days AS waktu_pengerjaan_hari,
           p.min_order_qty AS pesanan_minimum,
           CASE WHEN p.accepts_toll THEN 'ya' ELSE 'tidak' END AS terima_maklun,
           CASE WHEN p.accepts_subcontract THEN 'ya' ELSE 'tidak' END AS terima_subkontrak,
           CASE WHEN p.accepts_client_materials THEN 'ya' ELSE 'tidak' END AS terima_bahan_pemesan,
           (SELECT string_agg(replace(c.kind, '_', '-') || coalesce(':' || c.valid_until::text, ''), '; ' ORDER BY c.kind)
              FROM capability_certifications c WHERE c.enterprise_id = p.enterprise_id) AS sertifikasi,
           ${machinesExport()} AS mesin
      FROM capability_profiles p JOIN enterprises e ON e.id = p.enterprise_id
     WHERE ${ioPolicy.exportScope(actor, 'enterprises', 'e.id')}
     ORDER BY e.name COLLATE "C", e.id`,
};

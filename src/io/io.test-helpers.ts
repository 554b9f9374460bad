import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { buildDinasRow } from '../../test/factories.ts';
import type { Db } from '../db/database.ts';
import { exportTable } from './export.service.ts';
import { type ImportOptions, importTable } from './import.service.ts';
import { importLimits } from './import-limits.ts';
import type { ImportKind, ImportReport, ImportSettings } from './io.schema.ts';
import type { TableFormat } from './read-table.ts';

type Cells = Record<string, string | number>;

/** A CSV file from rows (headers: every key any row has, or `headers`), quoting where needed. */
export function toCsv(
  rows: readonly Cells[],
  headers = [...new Set(rows.flatMap((row) => Object.keys(row)))],
): string {
  const quote = (value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[",\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [headers.join(','), ...rows.map((row) => headers.map((h) => quote(row[h])).join(','))].join('\n');
}

/** An XLSX workbook from sheets of rows, as bytes; numeric-looking cells stay text unless given as numbers. */
export async function toXlsx(
  sheets: Record<string, readonly Record<string, string | number | Date>[]>,
  titleRows: string[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const title of titleRows) sheet.addRow([title]);
    const headers = Object.keys(rows[0] ?? {});
    sheet.addRow(headers);
    for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of a Dinas sheet: enterprises `0…count-1`, each for `years`; `change` may edit any row. */
export function dinasRows(
  count: number,
  years: readonly number[],
  change: (row: Record<string, string>, index: number) => void = () => {},
): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (let n = 0; n < count; n += 1) for (const year of years) rows.push(buildDinasRow(n, year));
  rows.forEach(change);
  return rows;
}

/** Imports `content` (CSV text or XLSX bytes) as the system, the way the CLI does. */
export async function importContent(
  db: Db,
  kind: ImportKind,
  content: string | Buffer,
  settings: Partial<ImportSettings> = {},
  options: Partial<ImportOptions> = {},
): Promise<ImportReport> {
  const format: TableFormat = typeof content === 'string' ? 'csv' : 'xlsx';
  return importFile(db, kind, format, content, settings, options);
}

/** Imports a file of `format` with exactly these bytes (a CSV in any encoding) as the system. */
export async function importFile(
  db: Db,
  kind: ImportKind,
  format: TableFormat,
  content: string | Buffer,
  settings: Partial<ImportSettings> = {},
  options: Partial<ImportOptions> = {},
): Promise<ImportReport> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'simpul-test-import-'));
  const file = path.join(folder, `import.${format}`);
  await writeFile(file, content);
  try {
    return await importTable(
      db,
      kind,
      { format, path: file },
      { dryRun: false, ...settings },
      { limits: importLimits(1024 * 1024), timeoutSeconds: 600, ...options },
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Exports `kind` and returns the file's bytes. */
export async function exportBytes(db: Db, kind: ImportKind, format: TableFormat): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => output.on('end', resolve));
  await exportTable(db, kind, format, output);
  await ended;
  return Buffer.concat(chunks);
}

/** Row counts, versions and update times of the registry tables an enterprise import writes. */
export async function registryState(db: Db): Promise<Record<string, unknown>> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT (SELECT count(*) FROM enterprises) AS enterprises,
           (SELECT count(*) FROM people) AS people,
           (SELECT count(*) FROM person_affiliations) AS affiliations,
           (SELECT count(*) FROM enterprise_year_data) AS years,
           (SELECT count(*) FROM center_memberships) AS memberships,
           (SELECT coalesce(sum(version), 0) FROM enterprises) AS enterprise_versions,
           (SELECT coalesce(sum(version), 0) FROM people) AS people_versions,
           (SELECT max(updated_at)::text FROM enterprises) AS enterprises_updated,
           (SELECT max(updated_at)::text FROM people) AS people_updated,
           (SELECT max(updated_at)::text FROM enterprise_year_data) AS years_updated`.execute(db);
  return rows[0] ?? {};
}

import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import type { Db } from '../db/database.ts';
import { countRegions, insertRegions, type RegionRow } from './regions.repo.ts';

/**
 * Loads Indonesia's provinces, regencies/cities, districts and villages from the `idn-area-data`
 * 4.0.1 CSVs vendored in vendor/idn-area-data (Kemendagri codes), never typed by hand. Idempotent: a loaded table is left alone.
 */
export async function ensureRegions(db: Db): Promise<number> {
  const existing = await countRegions(db);
  if (existing > 0) return existing;
  const rows: RegionRow[] = [];
  for (const [file, toRow] of LEVELS) {
    for await (const record of readCsv(file)) rows.push(toRow(record));
  }
  await db.transaction().execute((trx) => insertRegions(trx, rows));
  return rows.length;
}

type CsvRecord = Record<string, string>;

const row = (code: string, name: string, level: RegionRow['level'], parent: string | null): RegionRow => ({
  code,
  code_system: 'kemendagri',
  name,
  level,
  parent_code: parent,
  province_code: code.slice(0, 2),
});

const LEVELS: [string, (r: CsvRecord) => RegionRow][] = [
  ['provinces.csv.gz', (r) => row(r.code!, r.name!, 'province', null)],
  [
    'regencies.csv.gz',
    (r) => row(r.code!, r.name!, r.name!.startsWith('Kota ') ? 'city' : 'regency', r.province_code!),
  ],
  ['districts.csv.gz', (r) => row(r.code!, r.name!, 'district', r.regency_code!)],
  // Kemendagri village codes: the fourth segment starts with 1 for a kelurahan, 2 for a desa.
  [
    'villages.csv.gz',
    (r) =>
      row(
        r.code!,
        r.name!,
        r.code!.split('.')[3]!.startsWith('1') ? 'urban_village' : 'village',
        r.district_code!,
      ),
  ],
];

// Vendored, not the npm package: idn-area-data 4 declares Node >= 22 for its library, which we never
// load; only its data files are used (docs/design-choices.md, "Region data vendored").
const DATA_DIR = new URL('../../vendor/idn-area-data/', import.meta.url);

function readCsv(file: string): AsyncIterable<CsvRecord> {
  return createReadStream(fileURLToPath(new URL(file, DATA_DIR)))
    .pipe(createGunzip())
    .pipe(parse({ columns: true, trim: true }));
}

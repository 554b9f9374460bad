import { type RawBuilder, sql } from 'kysely';
import { type Field, presentColumns } from './fields.ts';
import type { ImportScope } from './kind.ts';

/** Enterprise columns and the file columns that feed them (besides `name`, always present). */
export const ENTERPRISE_FIELDS: readonly Field[] = [
  { column: 'name', headers: ['nama_ikm'] },
  { column: 'nib', headers: ['nib'] },
  { column: 'address', headers: ['alamat'] },
  { column: 'region_code', headers: ['kode_wilayah', 'keldesa', 'kecamatan'] },
  { column: 'phone', headers: ['telp'] },
  { column: 'commodity', headers: ['komoditi'] },
  { column: 'products', headers: ['produk'] },
  { column: 'legal_form', headers: ['bentuk_badan_usaha'] },
  { column: 'license_year', headers: ['tahun_izin'] },
  { column: 'kbli', headers: ['kode_kbli'] },
];

/** Yearly columns (`enterprise_year_data`) and the file columns that feed them. */
export const YEAR_FIELDS: readonly Field[] = [
  { column: 'workers_male', headers: ['tkl'] },
  { column: 'workers_female', headers: ['tkp'] },
  { column: 'investment_excl_land_building', headers: ['nilai_investasi'] },
  { column: 'production_qty', headers: ['jumlah_produksi'] },
  { column: 'production_unit', headers: ['satuan'] },
  { column: 'production_value', headers: ['nilai_produksi'] },
  { column: 'raw_aux_material_value', headers: ['nilai_bbbp'] },
  { column: 'vintage', headers: ['vintage'] },
];

/** Every yearly column, written in full on insert. */
export const ALL_YEAR_COLUMNS = YEAR_FIELDS.map((f) => f.column);

/** Yearly columns this import compares and updates (`--vintage` makes `vintage` one of them). */
export function yearColumns(scope: ImportScope): string[] {
  const columns = presentColumns(YEAR_FIELDS, scope.present);
  if (scope.settings.vintage && !columns.includes('vintage')) columns.push('vintage');
  return columns;
}

const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/** A centre reference (`sentra` cell) matched by external id, or by id when it looks like one. */
export function centerMatches(ref: RawBuilder<unknown>, center: string): RawBuilder<boolean> {
  // CASE, not AND: PostgreSQL may evaluate AND operands in any order, and a bad cast would throw.
  return sql<boolean>`(${sql.ref(`${center}.external_id`)} = ${ref}
    OR ${sql.ref(`${center}.id`)} = CASE WHEN ${ref} ~* ${UUID_PATTERN} THEN ${ref}::uuid END)`;
}

import {
  choice,
  integer,
  list,
  normaliseName,
  optional,
  type RowReader,
  regionCode,
  required,
  rowReader,
  text,
  uuid,
} from '../cells.ts';
import { INSTITUTION_TYPE_LABELS, LEGAL_STATUS_LABELS, SERVICE_LABELS } from '../labels.ts';
import { col, type StagingColumn } from '../staging.ts';
import type { Field } from './fields.ts';
import type { ColumnSpec, StageRecord } from './kind.ts';

/** Institution layout: one row per institution. */
export const INSTITUTION_COLUMNS: readonly ColumnSpec[] = [
  { header: 'id', type: 'text', description: 'Id lembaga di Simpul (UUID); kosongkan untuk lembaga baru.' },
  {
    header: 'kode_lembaga',
    type: 'text',
    description: 'Kode lembaga dari data Anda; kunci pencocokan bila id kosong.',
  },
  { header: 'nama_lembaga', type: 'text', requiredHeader: true, description: 'Nama lembaga; wajib.' },
  {
    header: 'jenis',
    type: 'text',
    requiredHeader: true,
    labels: INSTITUTION_TYPE_LABELS,
    description: 'Jenis lembaga; wajib.',
  },
  {
    header: 'status_hukum',
    type: 'text',
    requiredHeader: true,
    labels: LEGAL_STATUS_LABELS,
    description: 'Status hukum; wajib.',
  },
  {
    header: 'layanan',
    type: 'text',
    labels: SERVICE_LABELS,
    description: 'Layanan bagi IKM, dipisah titik koma (;).',
    list: ';,',
  },
  { header: 'kode_wilayah', type: 'text', description: 'Kode wilayah Kemendagri tempat lembaga.' },
  { header: 'tahun_berdiri', type: 'integer', description: 'Tahun berdiri atau terdaftar.' },
  {
    header: 'sentra',
    type: 'text',
    description:
      'Kode sentra (atau id) yang dilayani, dipisah titik koma (;); daftar ini menggantikan yang lama.',
    list: ';,',
  },
  { header: 'keterangan', type: 'text', description: 'Catatan bebas.' },
];

const fields = {
  id: optional(uuid),
  kode_lembaga: optional(text(100)),
  nama_lembaga: required(text(200)),
  jenis: required(choice(INSTITUTION_TYPE_LABELS)),
  status_hukum: required(choice(LEGAL_STATUS_LABELS)),
  layanan: optional(list(choice(SERVICE_LABELS), true)),
  kode_wilayah: optional(regionCode),
  tahun_berdiri: optional(integer(1800, 2100)),
  sentra: optional(list(text(100), true)),
  keterangan: optional(text(5000, 'multi')),
};

/** Institution cells in, a staging record out; the key is `id`, else `kode_lembaga`, else name and region. */
export function institutionRowReader(): RowReader<StageRecord> {
  return rowReader(fields, (r) => ({
    row_key: r.id
      ? `i:${r.id}`
      : r.kode_lembaga
        ? `x:${r.kode_lembaga}`
        : `k:${normaliseName(r.nama_lembaga)}|${r.kode_wilayah ?? ''}`,
    id: r.id,
    external_id: r.kode_lembaga,
    name: r.nama_lembaga,
    type: r.jenis,
    legal_status: r.status_hukum,
    // Sorted so that the same set in another order is not a change.
    services: [...new Set(r.layanan ?? [])].sort(),
    region_code: r.kode_wilayah,
    founded_year: r.tahun_berdiri,
    center_refs: r.sentra,
    description: r.keterangan,
  }));
}

/** Columns of `io_stage` for institution rows. */
export const INSTITUTION_STAGING: readonly StagingColumn[] = [
  col('row_key', 'text', true),
  col('id', 'uuid'),
  col('external_id', 'text'),
  col('name', 'text', true),
  col('type', 'text', true),
  col('legal_status', 'text', true),
  col('services', 'text[]'),
  col('region_code', 'text'),
  col('founded_year', 'integer'),
  col('center_refs', 'text[]'),
  col('description', 'text'),
];

/** Institution columns and the file columns that feed them (services compared as a set, apart). */
export const INSTITUTION_FIELDS: readonly Field[] = [
  { column: 'external_id', headers: ['kode_lembaga'] },
  { column: 'name', headers: ['nama_lembaga'] },
  { column: 'type', headers: ['jenis'] },
  { column: 'legal_status', headers: ['status_hukum'] },
  { column: 'region_code', headers: ['kode_wilayah'] },
  { column: 'founded_year', headers: ['tahun_berdiri'] },
  { column: 'description', headers: ['keterangan'] },
];

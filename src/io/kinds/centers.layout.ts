import { tr } from '../../shared/i18n.ts';
import {
  choice,
  decimal,
  integer,
  isoDate,
  list,
  normaliseName,
  optional,
  type RowContext,
  type RowReader,
  regionCode,
  required,
  rowReader,
  text,
  uuid,
  year,
} from '../cells.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import {
  CENTER_ORIGIN_LABELS,
  CENTER_STATUS_LABELS,
  COMMODITY_GROUP_LABELS,
  DINAS_GROUP_LABELS,
} from '../labels.ts';
import { col, type StagingColumn } from '../staging.ts';
import type { Field } from './fields.ts';
import { KBLI_COLUMNS, kbliFields, readKbli } from './kbli-columns.ts';
import type { ColumnSpec, StageRecord } from './kind.ts';

/** Centre layout: one row per centre. */
export const CENTER_COLUMNS: readonly ColumnSpec[] = [
  { header: 'id', type: 'text', description: 'Id sentra di Simpul (UUID); kosongkan untuk sentra baru.' },
  {
    header: 'kode_sentra',
    type: 'text',
    description: 'Kode sentra dari data Dinas; kunci pencocokan bila id kosong.',
  },
  { header: 'nama_sentra', type: 'text', requiredHeader: true, description: 'Nama sentra; wajib.' },
  { header: 'produk_utama', type: 'text', requiredHeader: true, description: 'Produk utama; wajib.' },
  {
    header: 'kelompok_komoditas',
    type: 'text',
    requiredHeader: true,
    labels: COMMODITY_GROUP_LABELS,
    description: 'Kelompok komoditas Kemenperin; wajib.',
  },
  {
    header: 'kelompok_dinas',
    type: 'text',
    labels: DINAS_GROUP_LABELS,
    description: 'Kelompok komoditas Dinas.',
  },
  ...KBLI_COLUMNS,
  {
    header: 'asal',
    type: 'text',
    requiredHeader: true,
    labels: CENTER_ORIGIN_LABELS,
    description: 'Asal sentra; wajib.',
  },
  {
    header: 'status',
    type: 'text',
    labels: CENTER_STATUS_LABELS,
    description: 'Status sentra; kosong = tercatat (sentra baru) atau tetap (sentra lama).',
  },
  {
    header: 'no_sk',
    type: 'text',
    description: 'Nomor SK penetapan (isi bersama tanggal_sk dan penerbit_sk).',
  },
  { header: 'tanggal_sk', type: 'date', description: 'Tanggal SK, mis. 2021-03-15 atau 15/03/2021.' },
  { header: 'penerbit_sk', type: 'text', description: 'Penerbit SK (Bupati/Walikota …).' },
  { header: 'tahun_berdiri', type: 'integer', description: 'Tahun sentra mulai ada.' },
  {
    header: 'kode_wilayah',
    type: 'text',
    requiredHeader: true,
    description: 'Kode wilayah Kemendagri tempat sentra; beberapa desa dipisah titik koma (;); wajib.',
    list: ';,',
  },
  { header: 'lintang', type: 'decimal', description: 'Lintang WGS84, mis. -6,9446.' },
  { header: 'bujur', type: 'decimal', description: 'Bujur WGS84, mis. 107,6056.' },
  {
    header: 'kriteria_kode_desa',
    type: 'text',
    description: 'Kriteria BPS: kode desa (isi bersama kriteria_porsi_rt dan kriteria_tahun).',
  },
  {
    header: 'kriteria_porsi_rt',
    type: 'decimal',
    description: 'Kriteria BPS: porsi rumah tangga usaha sejenis, 0–1.',
  },
  { header: 'kriteria_tahun', type: 'integer', description: 'Kriteria BPS: tahun pendataan.' },
  { header: 'keterangan', type: 'text', description: 'Catatan bebas.' },
];

const fields = {
  id: optional(uuid),
  kode_sentra: optional(text(100)),
  nama_sentra: required(text(200)),
  produk_utama: required(text(200)),
  kelompok_komoditas: required(choice(COMMODITY_GROUP_LABELS)),
  kelompok_dinas: optional(choice(DINAS_GROUP_LABELS)),
  ...kbliFields,
  asal: required(choice(CENTER_ORIGIN_LABELS)),
  status: optional(choice(CENTER_STATUS_LABELS)),
  no_sk: optional(text(200)),
  tanggal_sk: optional(isoDate),
  penerbit_sk: optional(text(200)),
  tahun_berdiri: optional(integer(1500, 2100)),
  kode_wilayah: required(list(regionCode, true)),
  lintang: optional(decimal(-11.5, 6.5)),
  bujur: optional(decimal(94, 142)),
  kriteria_kode_desa: optional(regionCode),
  kriteria_porsi_rt: optional(decimal(0, 1)),
  kriteria_tahun: optional(year),
  keterangan: optional(text(5000, 'multi')),
};

/** Checks that a group of cells is filled all together or not at all. */
function allOrNone(values: readonly unknown[], columns: readonly string[], ctx: RowContext): boolean {
  const filled = values.filter((v) => v !== null).length;
  if (filled === 0 || filled === values.length) return filled > 0;
  const message = tr(M.allOrNone, { columns: columns.join(', ') });
  for (const [i, column] of columns.entries()) {
    if (values[i] === null) ctx.problem(column, message);
  }
  return false;
}

/** Centre cells in, a staging record out; the key is `id`, else `kode_sentra`, else the normalised name. */
export function centerRowReader(): RowReader<StageRecord> {
  return rowReader(fields, (r, ctx) => {
    const designated = allOrNone(
      [r.no_sk, r.tanggal_sk, r.penerbit_sk],
      ['no_sk', 'tanggal_sk', 'penerbit_sk'],
      ctx,
    );
    const criteria = allOrNone(
      [r.kriteria_kode_desa, r.kriteria_porsi_rt, r.kriteria_tahun],
      ['kriteria_kode_desa', 'kriteria_porsi_rt', 'kriteria_tahun'],
      ctx,
    );
    return {
      row_key: r.id
        ? `i:${r.id}`
        : r.kode_sentra
          ? `x:${r.kode_sentra}`
          : `k:${normaliseName(r.nama_sentra)}`,
      id: r.id,
      external_id: r.kode_sentra,
      name: r.nama_sentra,
      main_product: r.produk_utama,
      commodity_group: r.kelompok_komoditas,
      dinas_group: r.kelompok_dinas,
      kbli: readKbli(r, ctx),
      origin: r.asal,
      status: r.status,
      designation_sk_number: designated ? r.no_sk : null,
      designation_date: designated ? r.tanggal_sk : null,
      designation_issuer: designated ? r.penerbit_sk : null,
      statistical_criteria: criteria
        ? { villageCode: r.kriteria_kode_desa, householdShare: r.kriteria_porsi_rt, year: r.kriteria_tahun }
        : null,
      founding_year: r.tahun_berdiri,
      // Sorted byte-wise, as the export and the comparison with stored villages (COLLATE "C") order them.
      region_codes: [...new Set(r.kode_wilayah)].sort(),
      latitude: r.lintang,
      longitude: r.bujur,
      description: r.keterangan,
    };
  });
}

/** Columns of `io_stage` for centre rows. */
export const CENTER_STAGING: readonly StagingColumn[] = [
  col('row_key', 'text', true),
  col('id', 'uuid'),
  col('external_id', 'text'),
  col('name', 'text', true),
  col('main_product', 'text', true),
  col('commodity_group', 'text', true),
  col('dinas_group', 'text'),
  col('kbli', 'jsonb'),
  col('origin', 'text', true),
  col('status', 'text'),
  col('designation_sk_number', 'text'),
  col('designation_date', 'date'),
  col('designation_issuer', 'text'),
  col('statistical_criteria', 'jsonb'),
  col('founding_year', 'integer'),
  col('region_codes', 'text[]', true),
  col('latitude', 'double precision'),
  col('longitude', 'double precision'),
  col('description', 'text'),
];

/** Centre columns and the file columns that feed them. */
export const CENTER_FIELDS: readonly Field[] = [
  { column: 'external_id', headers: ['kode_sentra'] },
  { column: 'name', headers: ['nama_sentra'] },
  { column: 'main_product', headers: ['produk_utama'] },
  { column: 'commodity_group', headers: ['kelompok_komoditas'] },
  { column: 'dinas_group', headers: ['kelompok_dinas'] },
  { column: 'kbli', headers: ['kode_kbli'] },
  { column: 'origin', headers: ['asal'] },
  { column: 'status', headers: ['status'] },
  { column: 'designation_sk_number', headers: ['no_sk'] },
  { column: 'designation_date', headers: ['tanggal_sk'] },
  { column: 'designation_issuer', headers: ['penerbit_sk'] },
  { column: 'statistical_criteria', headers: ['kriteria_kode_desa'] },
  { column: 'founding_year', headers: ['tahun_berdiri'] },
  { column: 'latitude', headers: ['lintang'] },
  { column: 'longitude', headers: ['bujur'] },
  { column: 'description', headers: ['keterangan'] },
];

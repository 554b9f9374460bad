import type { Db } from '../../db/database.ts';
import { tr } from '../../shared/i18n.ts';
import {
  amount,
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
  year,
} from '../cells.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import type { ImportSettings } from '../io.schema.ts';
import { LEGAL_FORM_LABELS, SOURCE_LABELS } from '../labels.ts';
import { col, type StagingColumn } from '../staging.ts';
import { KBLI_COLUMNS, kbliFields, readKbli } from './kbli-columns.ts';
import type { ColumnSpec, StageRecord } from './kind.ts';
import { PlaceLookup } from './place-lookup.ts';

const DINAS_NOTE = 'Kolom baku templat Dinas.';

/** The Dinas template's 20 columns (DOMAIN.md §9) in their order, then Simpul's own, `id` first. */
export const ENTERPRISE_COLUMNS: readonly ColumnSpec[] = [
  { header: 'id', type: 'text', description: 'Id IKM di Simpul (UUID); kosongkan untuk IKM baru.' },
  {
    header: 'tahun',
    type: 'integer',
    requiredHeader: true,
    description: `Tahun data (satu baris per IKM per tahun). Kosong: baris hanya data IKM. ${DINAS_NOTE}`,
  },
  { header: 'nama_ikm', type: 'text', requiredHeader: true, description: `Nama usaha; wajib. ${DINAS_NOTE}` },
  {
    header: 'nama_pemilik',
    type: 'text',
    requiredHeader: true,
    aliases: ['pemilik'],
    description: `Nama pemilik; dicatat sebagai orang berperan pemilik. ${DINAS_NOTE}`,
  },
  { header: 'alamat', type: 'text', description: DINAS_NOTE },
  {
    header: 'keldesa',
    type: 'text',
    aliases: ['kel_desa', 'kelurahan_desa', 'desa_kelurahan'],
    description: `Nama kelurahan/desa; dicari di kabupaten/kota --region bila kode_wilayah kosong. ${DINAS_NOTE}`,
  },
  { header: 'kecamatan', type: 'text', description: `Nama kecamatan. ${DINAS_NOTE}` },
  { header: 'telp', type: 'text', aliases: ['telepon', 'no_telp', 'no_hp'], description: DINAS_NOTE },
  { header: 'komoditi', type: 'text', aliases: ['komoditas'], description: DINAS_NOTE },
  { header: 'produk', type: 'text', description: DINAS_NOTE },
  {
    header: 'bentuk_badan_usaha',
    type: 'text',
    aliases: ['badan_usaha'],
    labels: LEGAL_FORM_LABELS,
    description: `PO (perorangan), UD, CV, PT, KOPERASI atau LAINNYA; kosong = PO. ${DINAS_NOTE}`,
  },
  { header: 'tahun_izin', type: 'integer', description: `Tahun izin usaha. ${DINAS_NOTE}` },
  ...KBLI_COLUMNS.slice(0, 2),
  { header: 'tkl', type: 'integer', description: `Tenaga kerja laki-laki (orang). ${DINAS_NOTE}` },
  { header: 'tkp', type: 'integer', description: `Tenaga kerja perempuan (orang). ${DINAS_NOTE}` },
  {
    header: 'nilai_investasi',
    type: 'integer',
    description: `Investasi di luar tanah dan bangunan, rupiah penuh (bukan ribuan). ${DINAS_NOTE}`,
  },
  { header: 'jumlah_produksi', type: 'decimal', description: `Jumlah produksi setahun. ${DINAS_NOTE}` },
  {
    header: 'satuan',
    type: 'text',
    description: `Satuan produksi (pasang, kodi, lusin, kg…). ${DINAS_NOTE}`,
  },
  { header: 'nilai_produksi', type: 'integer', description: `Nilai produksi setahun, rupiah. ${DINAS_NOTE}` },
  {
    header: 'nilai_bbbp',
    type: 'integer',
    description: `Nilai bahan baku dan bahan penolong setahun, rupiah. ${DINAS_NOTE}`,
  },
  { header: 'nib', type: 'text', description: 'Nomor Induk Berusaha (OSS).' },
  {
    header: 'kode_wilayah',
    type: 'text',
    description: 'Kode wilayah Kemendagri (mis. 32.73.17.1003); bila diisi, keldesa/kecamatan tidak dipakai.',
  },
  ...KBLI_COLUMNS.slice(2),
  {
    header: 'sentra',
    type: 'text',
    description: 'Kode sentra (atau id) tempat IKM menjadi anggota aktif; beberapa dipisah titik koma (;).',
    list: ';,',
  },
  {
    header: 'sumber',
    type: 'text',
    labels: SOURCE_LABELS,
    description: 'Sumber data tahunan; kosong = pendataan_dinas (atau --source).',
  },
  { header: 'vintage', type: 'text', description: 'Edisi/putaran data; kosong = tahun (atau --vintage).' },
];

const fields = {
  id: optional(uuid),
  tahun: optional(year),
  nama_ikm: required(text(200)),
  nama_pemilik: optional(text(200)),
  alamat: optional(text(500, 'multi')),
  keldesa: optional(text(100)),
  kecamatan: optional(text(100)),
  telp: optional(text(30)),
  komoditi: optional(text(200)),
  produk: optional(text(500, 'multi')),
  bentuk_badan_usaha: optional(choice(LEGAL_FORM_LABELS)),
  tahun_izin: optional(year),
  ...kbliFields,
  tkl: optional(integer(0, 1_000_000)),
  tkp: optional(integer(0, 1_000_000)),
  nilai_investasi: optional(integer()),
  jumlah_produksi: optional(amount),
  satuan: optional(text(50)),
  nilai_produksi: optional(integer()),
  nilai_bbbp: optional(integer()),
  nib: optional(text(50)),
  kode_wilayah: optional(regionCode),
  sentra: optional(list(text(100), true)),
  sumber: optional(choice(SOURCE_LABELS)),
  vintage: optional(text(100)),
};

/** Cells that belong to one year and so make no sense without `tahun`. */
const YEAR_CELLS = [
  'tkl',
  'tkp',
  'nilai_investasi',
  'jumlah_produksi',
  'satuan',
  'nilai_produksi',
  'nilai_bbbp',
  'sumber',
  'vintage',
] as const;

/**
 * Builds the enterprise row reader: Dinas cells in, a staging record out (enterprise columns, one
 * year's figures, the owner's name, the region resolved, and the key that groups an enterprise's rows).
 */
export async function enterpriseRowReader(db: Db, settings: ImportSettings): Promise<RowReader<StageRecord>> {
  const places = settings.region ? await PlaceLookup.load(db, settings.region) : undefined;
  return rowReader(fields, (r, ctx) => {
    if (r.tahun === null) {
      for (const cell of YEAR_CELLS) {
        if (r[cell] !== null) ctx.problem(cell, tr(M.needsYear));
      }
    }
    let region = r.kode_wilayah;
    if (!region && (r.keldesa || r.kecamatan)) {
      const column = r.keldesa ? 'keldesa' : 'kecamatan';
      const found = places?.resolve(r.keldesa, r.kecamatan);
      if (!found) ctx.problem(column, tr(M.needsRegionOption));
      else if ('problem' in found) ctx.problem(column, found.problem);
      else region = found.code;
    }
    const groupKey = r.id
      ? `i:${r.id}`
      : r.nib
        ? `n:${r.nib}`
        : `k:${normaliseName(r.nama_ikm)}|${normaliseName(r.nama_pemilik ?? '')}|${region ?? ''}`;
    return {
      group_key: groupKey,
      id: r.id,
      nib: r.nib,
      name: r.nama_ikm,
      owner_name: r.nama_pemilik,
      address: r.alamat,
      region_code: region,
      phone: r.telp,
      commodity: r.komoditi,
      products: r.produk,
      legal_form: r.bentuk_badan_usaha ?? 'individual',
      license_year: r.tahun_izin,
      kbli: readKbli(r, ctx),
      year: r.tahun,
      workers_male: r.tkl,
      workers_female: r.tkp,
      investment_excl_land_building: r.nilai_investasi,
      production_qty: r.jumlah_produksi,
      production_unit: r.satuan,
      production_value: r.nilai_produksi,
      raw_aux_material_value: r.nilai_bbbp,
      center_refs: r.sentra,
      source: r.sumber ?? settings.source ?? 'dinas_census',
      vintage: r.vintage ?? settings.vintage ?? (r.tahun === null ? null : String(r.tahun)),
    };
  });
}

/** Columns of `io_stage` for enterprise rows. */
export const ENTERPRISE_STAGING: readonly StagingColumn[] = [
  col('group_key', 'text', true),
  col('id', 'uuid'),
  col('nib', 'text'),
  col('name', 'text', true),
  col('owner_name', 'text'),
  col('address', 'text'),
  col('region_code', 'text'),
  col('phone', 'text'),
  col('commodity', 'text'),
  col('products', 'text'),
  col('legal_form', 'text', true),
  col('license_year', 'integer'),
  col('kbli', 'jsonb'),
  col('year', 'integer'),
  col('workers_male', 'integer'),
  col('workers_female', 'integer'),
  col('investment_excl_land_building', 'bigint'),
  col('production_qty', 'numeric'),
  col('production_unit', 'text'),
  col('production_value', 'bigint'),
  col('raw_aux_material_value', 'bigint'),
  col('center_refs', 'text[]'),
  col('source', 'text', true),
  col('vintage', 'text'),
];

import { CERTIFICATION_KINDS, type CertificationKind } from '../../capabilities/capabilities.constants.ts';
import { tr } from '../../shared/i18n.ts';
import {
  amount,
  type CellParser,
  CellProblem,
  choice,
  integer,
  isoDate,
  list,
  optional,
  type RowReader,
  required,
  rowReader,
  text,
} from '../cells.ts';
import { col, type StagingColumn } from '../staging.ts';
import { CAPABILITY_IMPORT_MESSAGES as M } from './capabilities.messages.ts';
import { MACHINE_COLUMN, machineItem } from './capabilities-machines.ts';
import type { ColumnSpec, StageRecord } from './kind.ts';

/** How files write yes and no. */
export const YES_NO_LABELS = { yes: 'ya', no: 'tidak' } as const;
const CERTIFICATION_WORDS = Object.fromEntries(
  CERTIFICATION_KINDS.map((k) => [k, k.replace('_', '-')]),
) as Record<CertificationKind, string>;

/**
 * Capability profiles, one row per enterprise, as a Dinas officer keeps them in a sheet: the processes in
 * one cell as `kode:tingkat` pairs separated by `;` (`footwear.cutting:2; footwear.lasting:3`), the
 * certifications as `JENIS:berlaku_sampai` (`SNI:2027-12-31; HALAL`), the machines as
 * `jenis:jumlah:asal[:kapasitas]` (`mesin jahit:4:milik sendiri:300 pasang/hari; mesin press sol:1:hibah`).
 */
export const CAPABILITY_COLUMNS: readonly ColumnSpec[] = [
  {
    header: 'ikm',
    type: 'text',
    requiredHeader: true,
    description: 'Id IKM di Simpul, NIB-nya, atau kode IKM dari Dinas; wajib.',
  },
  { header: 'nama_ikm', type: 'text', informational: true, description: 'Nama IKM.' },
  {
    header: 'proses',
    type: 'text',
    list: ';',
    description:
      'Proses yang dikuasai, kode:tingkat dipisah titik koma, mis. footwear.cutting:2; footwear.lasting:3. Tingkat 1 dasar, 2 terampil, 3 ahli. Kode proses ada di GET /api/process-sectors dan layar Taksonomi proses.',
  },
  {
    header: 'kapasitas_per_bulan',
    type: 'decimal',
    description: 'Kapasitas produksi sebulan bila bekerja penuh (angka > 0).',
  },
  {
    header: 'satuan_kapasitas',
    type: 'text',
    description: 'Satuan kapasitas: pasang, kodi, potong, lembar, kg…; wajib bila kapasitas diisi.',
  },
  {
    header: 'kapasitas_luang_persen',
    type: 'integer',
    description:
      'Kapasitas luang saat ini, 0–100 (%). Dianggap dikonfirmasi pada tanggal impor bila berubah.',
  },
  { header: 'waktu_pengerjaan_hari', type: 'integer', description: 'Waktu pengerjaan biasa, dalam hari.' },
  {
    header: 'pesanan_minimum',
    type: 'decimal',
    description: 'Pesanan terkecil yang diterima, dalam satuan kapasitas.',
  },
  {
    header: 'terima_maklun',
    type: 'text',
    labels: YES_NO_LABELS,
    description: 'Menerima maklun: ya atau tidak.',
  },
  {
    header: 'terima_subkontrak',
    type: 'text',
    labels: YES_NO_LABELS,
    description: 'Menerima subkontrak: ya atau tidak.',
  },
  {
    header: 'terima_bahan_pemesan',
    type: 'text',
    labels: YES_NO_LABELS,
    description: 'Mengerjakan bahan dari pemesan: ya atau tidak.',
  },
  {
    header: 'sertifikasi',
    type: 'text',
    list: ';',
    description: `Sertifikasi JENIS:berlaku_sampai dipisah titik koma, mis. SNI:2027-12-31; HALAL (tanpa tanggal: tanpa batas). Jenis: ${Object.values(CERTIFICATION_WORDS).join(', ')}.`,
  },
  MACHINE_COLUMN,
];

/** One `kode:tingkat` item: the code (checked against the taxonomy in SQL) and a level 1–3. */
const processItem: CellParser<{ code: string; level: number }> = (value) => {
  const match = /^\s*([^:\s]+)\s*:\s*(\S+)\s*$/.exec(String(value));
  if (!match) return new CellProblem(tr(M.processItem, { value: String(value) }));
  const level = Number(match[2]);
  if (![1, 2, 3].includes(level)) return new CellProblem(tr(M.processLevel, { value: String(value) }));
  return { code: (match[1] as string).toLowerCase(), level };
};

const certificationKind = choice(CERTIFICATION_WORDS);

/** One `JENIS` or `JENIS:berlaku_sampai` item. */
const certificationItem: CellParser<{ kind: CertificationKind; until: string | null }> = (value) => {
  const [kindText, untilText] = String(value)
    .split(':')
    .map((s) => s.trim());
  const kind = certificationKind(kindText ?? '');
  if (kind instanceof CellProblem || kind === null)
    return kind ?? new CellProblem(tr(M.certificationItem, { value: String(value) }));
  if (!untilText) return { kind, until: null };
  const until = isoDate(untilText);
  return until instanceof CellProblem || until === null ? (until ?? null) : { kind, until };
};

const yesNo = choice(YES_NO_LABELS);
const fields = {
  ikm: required(text(100)),
  proses: optional(list(processItem)),
  kapasitas_per_bulan: optional(amount),
  satuan_kapasitas: optional(text(50)),
  kapasitas_luang_persen: optional(integer(0, 100)),
  waktu_pengerjaan_hari: optional(integer(0, 3650)),
  pesanan_minimum: optional(amount),
  terima_maklun: optional(yesNo),
  terima_subkontrak: optional(yesNo),
  terima_bahan_pemesan: optional(yesNo),
  sertifikasi: optional(list(certificationItem)),
  mesin: optional(list(machineItem)),
};

/** Profile cells in, a staging record out; the taxonomy and the enterprise are checked in SQL. */
export function capabilityRowReader(): RowReader<StageRecord> {
  return rowReader(fields, (r, ctx) => {
    if (r.kapasitas_per_bulan !== null && r.satuan_kapasitas === null)
      ctx.problem('satuan_kapasitas', tr(M.unitMissing));
    if (r.kapasitas_per_bulan === null && r.satuan_kapasitas !== null)
      ctx.problem('kapasitas_per_bulan', tr(M.capacityMissing));
    if (r.kapasitas_per_bulan === 0) ctx.problem('kapasitas_per_bulan', tr(M.notPositive));
    if (r.pesanan_minimum === 0) ctx.problem('pesanan_minimum', tr(M.notPositive));
    return {
      enterprise_ref: r.ikm,
      processes: r.proses ?? [],
      monthly_capacity: r.kapasitas_per_bulan,
      capacity_unit: r.satuan_kapasitas,
      spare_capacity_pct: r.kapasitas_luang_persen,
      lead_time_days: r.waktu_pengerjaan_hari,
      min_order_qty: r.pesanan_minimum,
      accepts_toll: r.terima_maklun === null ? null : r.terima_maklun === 'yes',
      accepts_subcontract: r.terima_subkontrak === null ? null : r.terima_subkontrak === 'yes',
      accepts_client_materials: r.terima_bahan_pemesan === null ? null : r.terima_bahan_pemesan === 'yes',
      certifications: r.sertifikasi ?? [],
      machines: r.mesin ?? [],
    };
  });
}

/** Columns of `io_stage` for profile rows. */
export const CAPABILITY_STAGING: readonly StagingColumn[] = [
  col('enterprise_ref', 'text', true),
  col('processes', 'jsonb', true),
  col('monthly_capacity', 'numeric'),
  col('capacity_unit', 'text'),
  col('spare_capacity_pct', 'integer'),
  col('lead_time_days', 'integer'),
  col('min_order_qty', 'numeric'),
  col('accepts_toll', 'text'),
  col('accepts_subcontract', 'text'),
  col('accepts_client_materials', 'text'),
  col('certifications', 'jsonb', true),
  col('machines', 'jsonb', true),
];

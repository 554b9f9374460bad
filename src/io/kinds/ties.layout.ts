import {
  defaultConfidential,
  resolveValence,
  suggestedLegalPattern,
} from '../../interactions/interactions.rules.ts';
import {
  choice,
  integer,
  isoDate,
  optional,
  type RowReader,
  required,
  rowReader,
  text,
  uuid,
} from '../cells.ts';
import { col, type StagingColumn } from '../staging.ts';
import type { ColumnSpec, StageRecord } from './kind.ts';
import {
  CONFIDENCE_LABELS,
  FORMALITY_LABELS,
  FREQUENCY_LABELS,
  LEGAL_PATTERN_LABELS,
  REPORTER_LABELS,
  TYPE_LABELS,
  VALENCE_LABELS,
  YES_NO_LABELS,
} from './ties-labels.ts';

const ENTERPRISE_REF = 'Id IKM di Simpul, NIB, kode IKM, atau nama persis IKM anggota sentra.';

/** Tie layout: one row per tie, ends by id, NIB, code or exact name within the centre. */
export const TIE_COLUMNS: readonly ColumnSpec[] = [
  { header: 'id', type: 'text', description: 'Id ikatan di Simpul (UUID); kosongkan untuk yang baru.' },
  {
    header: 'sentra',
    type: 'text',
    aliases: ['kode_sentra', 'id_sentra'],
    description: 'Kode sentra (atau id-nya); perlu bila IKM ditulis dengan nama.',
  },
  { header: 'nama_sentra', type: 'text', informational: true, description: 'Nama sentra.' },
  {
    header: 'dari_ikm',
    type: 'text',
    requiredHeader: true,
    aliases: ['ikm_asal', 'dari'],
    description: `Ujung asal ikatan (arah sesuai jenis, mis. prinsipal pada maklun); wajib. ${ENTERPRISE_REF}`,
  },
  { header: 'nama_dari_ikm', type: 'text', informational: true, description: 'Nama IKM asal.' },
  {
    header: 'ke_ikm',
    type: 'text',
    aliases: ['ikm_tujuan', 'ke'],
    description: `Ujung tujuan bila IKM (isi ini atau ke_lembaga). ${ENTERPRISE_REF}`,
  },
  { header: 'nama_ke_ikm', type: 'text', informational: true, description: 'Nama IKM tujuan.' },
  {
    header: 'ke_lembaga',
    type: 'text',
    aliases: ['lembaga_tujuan'],
    description: 'Ujung tujuan bila lembaga (koperasi, UPT, paguyuban…): id, kode, atau nama persis lembaga.',
  },
  { header: 'nama_ke_lembaga', type: 'text', informational: true, description: 'Nama lembaga tujuan.' },
  {
    header: 'jenis',
    type: 'text',
    requiredHeader: true,
    aliases: ['jenis_interaksi', 'jenis_ikatan'],
    labels: TYPE_LABELS,
    description: 'Jenis interaksi: kode (TOLL_MANUFACTURING) atau label Indonesianya (Maklun); wajib.',
  },
  {
    header: 'valensi',
    type: 'text',
    labels: VALENCE_LABELS,
    description:
      'Kosongkan (diturunkan dari jenis); hanya usaha mantan pekerja boleh kerja_sama atau konflik.',
  },
  {
    header: 'pola_kemitraan',
    type: 'text',
    labels: LEGAL_PATTERN_LABELS,
    description: 'Pola kemitraan PP 7/2021; kosong = usulan dari jenisnya bila hanya ada satu.',
  },
  {
    header: 'mulai',
    type: 'date',
    requiredHeader: true,
    aliases: ['tanggal_mulai'],
    description: 'Tanggal mulai; wajib.',
  },
  {
    header: 'selesai',
    type: 'date',
    aliases: ['tanggal_selesai'],
    description: 'Hari pertama ikatan tidak berlaku lagi (tidak termasuk); kosong bila masih berlangsung.',
  },
  { header: 'frekuensi', type: 'text', labels: FREQUENCY_LABELS, description: 'Seberapa sering.' },
  { header: 'kekuatan', type: 'integer', description: 'Kekuatan ikatan 1–5.' },
  { header: 'volume', type: 'text', description: 'Volume, mis. "500 pasang/bulan".' },
  {
    header: 'formalitas',
    type: 'text',
    labels: FORMALITY_LABELS,
    description: 'Bentuk kesepakatan; kosong = lisan.',
  },
  {
    header: 'dilaporkan_oleh',
    type: 'text',
    requiredHeader: true,
    labels: REPORTER_LABELS,
    description: 'Siapa yang melaporkan ikatan; wajib.',
  },
  {
    header: 'keyakinan',
    type: 'text',
    labels: CONFIDENCE_LABELS,
    description: 'Tingkat keyakinan; kosong = dilaporkan.',
  },
  { header: 'catatan_bukti', type: 'text', description: 'Catatan bukti (bisa menyebut narasumber).' },
  {
    header: 'rahasia',
    type: 'text',
    labels: YES_NO_LABELS,
    description: 'ya/tidak; kosong = ya untuk konflik, tidak untuk yang lain.',
  },
];

const fields = {
  id: optional(uuid),
  sentra: optional(text(100)),
  dari_ikm: required(text(200)),
  ke_ikm: optional(text(200)),
  ke_lembaga: optional(text(200)),
  jenis: required(choice(TYPE_LABELS)),
  valensi: optional(choice(VALENCE_LABELS)),
  pola_kemitraan: optional(choice(LEGAL_PATTERN_LABELS)),
  mulai: required(isoDate),
  selesai: optional(isoDate),
  frekuensi: optional(choice(FREQUENCY_LABELS)),
  kekuatan: optional(integer(1, 5)),
  volume: optional(text(200)),
  formalitas: optional(choice(FORMALITY_LABELS)),
  dilaporkan_oleh: required(choice(REPORTER_LABELS)),
  keyakinan: optional(choice(CONFIDENCE_LABELS)),
  catatan_bukti: optional(text(5000, 'multi')),
  rahasia: optional(choice(YES_NO_LABELS)),
};

/** Which file column a rule's API field path points at, so a tie rule's message lands on its cell. */
export const TIE_FIELD_HEADERS: Readonly<Record<string, string>> = {
  fromEnterpriseId: 'dari_ikm',
  toEnterpriseId: 'ke_ikm',
  toInstitutionId: 'ke_lembaga',
  endDate: 'selesai',
  startDate: 'mulai',
  valence: 'valensi',
  type: 'jenis',
};

/**
 * Tie cells in, a staging record out. Valence, suggested legal pattern and confidentiality come from the
 * interaction rules, as for `POST /api/interactions`; the ends are resolved later, in SQL.
 */
export function tieRowReader(): RowReader<StageRecord> {
  return rowReader(fields, (r, ctx) => {
    const { valence, problem } = resolveValence(r.jenis, r.valensi ?? undefined);
    if (problem) ctx.problem('valensi', problem.message);
    return {
      row_key: r.id
        ? `i:${r.id}`
        : `k:${r.sentra}|${r.dari_ikm}|${r.ke_ikm ?? ''}|${r.ke_lembaga ?? ''}|${r.jenis}|${r.mulai}`,
      id: r.id,
      center_ref: r.sentra,
      from_ref: r.dari_ikm,
      to_ref: r.ke_ikm,
      institution_ref: r.ke_lembaga,
      type: r.jenis,
      valence,
      legal_pattern: r.pola_kemitraan ?? suggestedLegalPattern(r.jenis),
      start_date: r.mulai,
      end_date: r.selesai,
      frequency: r.frekuensi,
      strength: r.kekuatan,
      volume: r.volume,
      formality: r.formalitas ?? 'oral',
      reported_by: r.dilaporkan_oleh,
      confidence: r.keyakinan ?? 'reported',
      evidence_notes: r.catatan_bukti,
      confidential_text: r.rahasia ?? String(defaultConfidential(valence)),
    };
  });
}

/** Columns of `io_stage` a tie row fills (the name-generator layout stages its merged ties the same way). */
export const TIE_STAGING: readonly StagingColumn[] = [
  col('row_key', 'text', true),
  col('id', 'uuid'),
  col('center_ref', 'text'),
  col('from_ref', 'text', true),
  col('to_ref', 'text'),
  col('institution_ref', 'text'),
  col('type', 'text', true),
  col('valence', 'text', true),
  col('legal_pattern', 'text'),
  col('start_date', 'date', true),
  col('end_date', 'date'),
  col('frequency', 'text'),
  col('strength', 'integer'),
  col('volume', 'text'),
  col('formality', 'text', true),
  col('reported_by', 'text', true),
  col('confidence', 'text', true),
  col('evidence_notes', 'text'),
  col('confidential_text', 'text', true),
];

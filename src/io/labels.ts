import type {
  CENTER_ORIGINS,
  CENTER_STATUSES,
  COMMODITY_GROUPS,
  DINAS_GROUPS,
} from '../centers/centers.schema.ts';
import type { LEGAL_FORMS } from '../enterprises/enterprises.constants.ts';
import type {
  INSTITUTION_SERVICES,
  INSTITUTION_TYPES,
  LEGAL_STATUSES,
} from '../institutions/institutions.constants.ts';
import type {
  CENTER_MEMBERSHIP_ROLES,
  INSTITUTION_MEMBERSHIP_ROLES,
} from '../memberships/memberships.constants.ts';
import type { SOURCES } from '../shared/provenance.ts';

type Labels<T extends readonly string[]> = Readonly<Record<T[number], string>>;

/*
 * The words files use for our codes. Export writes these; import accepts them or the codes, in any
 * case and with spaces or underscores. Dinas sheets write PO/UD/CV/PT for the legal form.
 */

/** Bentuk badan usaha. */
export const LEGAL_FORM_LABELS: Labels<typeof LEGAL_FORMS> = {
  individual: 'PO',
  UD: 'UD',
  CV: 'CV',
  PT: 'PT',
  cooperative: 'KOPERASI',
  other: 'LAINNYA',
};

/** Kelompok komoditas (Kemenperin). */
export const COMMODITY_GROUP_LABELS: Labels<typeof COMMODITY_GROUPS> = {
  food: 'pangan',
  clothing: 'sandang',
  chemicals_building_materials: 'kimia_bahan_bangunan',
  crafts_misc: 'kerajinan_aneka',
  furniture: 'furnitur',
  metal_machinery_electronics: 'logam_mesin_elektronika',
};

/** Kelompok komoditas as most Dinas offices group them. */
export const DINAS_GROUP_LABELS: Labels<typeof DINAS_GROUPS> = {
  clothing: 'sandang',
  food: 'pangan',
  chemicals_building_materials: 'kimia_bahan_bangunan',
  crafts: 'kerajinan',
  metal_electronics: 'logam_elektronik',
};

/** Asal sentra. */
export const CENTER_ORIGIN_LABELS: Labels<typeof CENTER_ORIGINS> = {
  organic: 'tumbuh_sendiri',
  government_built: 'dibangun_pemerintah',
};

/** Status sentra. */
export const CENTER_STATUS_LABELS: Labels<typeof CENTER_STATUSES> = {
  potential: 'potensial',
  recorded: 'tercatat',
  designated: 'ditetapkan',
  coached: 'dibina',
  independent: 'mandiri',
  inactive: 'tidak_aktif',
};

/** Jenis lembaga. */
export const INSTITUTION_TYPE_LABELS: Labels<typeof INSTITUTION_TYPES> = {
  cooperative: 'koperasi',
  association: 'paguyuban',
  cluster_forum: 'forum_klaster',
  center_manager: 'pengelola_sentra',
  technical_unit: 'upt',
  shared_facility: 'fasilitas_bersama',
  government_office: 'dinas',
  ministry: 'kementerian',
  university: 'perguruan_tinggi',
  financial_institution: 'lembaga_keuangan',
  soe_offtaker: 'bumn_pembeli',
  ngo_facilitator: 'lsm_pendamping',
};

/** Status hukum lembaga. */
export const LEGAL_STATUS_LABELS: Labels<typeof LEGAL_STATUSES> = {
  legal_entity: 'badan_hukum',
  registered: 'terdaftar',
  informal: 'informal',
};

/** Layanan lembaga. */
export const SERVICE_LABELS: Labels<typeof INSTITUTION_SERVICES> = {
  joint_purchasing: 'pembelian_bersama',
  joint_marketing: 'pemasaran_bersama',
  equipment_rental: 'sewa_alat',
  training: 'pelatihan',
  quality_lab: 'lab_mutu',
  waste_treatment: 'pengolahan_limbah',
  financing: 'pembiayaan',
  mentoring: 'pendampingan',
  order_aggregation: 'agregasi_pesanan',
  ip_facilitation: 'fasilitasi_hki',
  showroom: 'ruang_pamer',
};

/** Peran dalam sentra or lembaga (the union of both lists; which applies is checked per row). */
export const MEMBERSHIP_ROLE_LABELS: Labels<
  [...typeof CENTER_MEMBERSHIP_ROLES, ...typeof INSTITUTION_MEMBERSHIP_ROLES]
> = {
  member: 'anggota',
  board: 'pengurus',
  manager: 'pengelola',
  chair: 'ketua',
  secretary: 'sekretaris',
  treasurer: 'bendahara',
};

/** Sumber data. */
export const SOURCE_LABELS: Labels<typeof SOURCES> = {
  dinas_census: 'pendataan_dinas',
  researcher_survey: 'survei_peneliti',
  siinas: 'siinas',
  bps: 'bps',
  self_report: 'lapor_mandiri',
  news: 'berita',
  estimate: 'perkiraan',
  synthetic: 'sintetis',
};

/** Jenis keanggotaan: in a centre or in an institution. */
export const MEMBERSHIP_KIND_LABELS = { center: 'sentra', institution: 'lembaga' } as const;

/** The file word for `code`, or the code itself when it has none (a value written by a newer version). */
export function labelOf<C extends string>(labels: Readonly<Record<C, string>>, code: string): string {
  return (labels as Readonly<Record<string, string>>)[code] ?? code;
}

import type { CENTER_ORIGINS, CenterStatus, COMMODITY_GROUPS } from '../../../src/centers/centers.schema.ts';
import type {
  FORMALITIES,
  LegalForm,
  VALUE_CHAIN_ROLES,
} from '../../../src/enterprises/enterprises.constants.ts';
import type {
  INSTITUTION_SERVICES,
  INSTITUTION_TYPES,
  LEGAL_STATUSES,
} from '../../../src/institutions/institutions.constants.ts';
import type {
  CONFIDENCE_LEVELS,
  FREQUENCIES,
  REPORTERS,
  FORMALITIES as TIE_FORMALITIES,
} from '../../../src/interactions/interactions.constants.ts';
import type { Message } from '../i18n/i18n.tsx';
import { STATUS_LABELS } from '../overview/messages.ts';

type Labels<T extends string> = Record<T, Message>;

/** Kemenperin commodity groups. */
export const COMMODITY_LABELS: Labels<(typeof COMMODITY_GROUPS)[number]> = {
  food: { id: 'Pangan', en: 'Food' },
  clothing: { id: 'Sandang', en: 'Clothing' },
  chemicals_building_materials: { id: 'Kimia dan bahan bangunan', en: 'Chemicals and building materials' },
  crafts_misc: { id: 'Kerajinan dan aneka', en: 'Crafts and miscellaneous' },
  furniture: { id: 'Furnitur', en: 'Furniture' },
  metal_machinery_electronics: { id: 'Logam, mesin dan elektronika', en: 'Metal, machinery and electronics' },
};
export const ORIGIN_LABELS: Labels<(typeof CENTER_ORIGINS)[number]> = {
  organic: { id: 'Tumbuh sendiri', en: 'Grew organically' },
  government_built: { id: 'Dibangun pemerintah', en: 'Built by government' },
};
export const CENTER_STATUS_LABELS: Labels<CenterStatus> = STATUS_LABELS;
export const LEGAL_FORM_LABELS: Labels<LegalForm> = {
  individual: { id: 'Perorangan (PO)', en: 'Individual (PO)' },
  UD: { id: 'UD', en: 'UD' },
  CV: { id: 'CV', en: 'CV' },
  PT: { id: 'PT', en: 'PT' },
  cooperative: { id: 'Koperasi', en: 'Cooperative' },
  other: { id: 'Lainnya', en: 'Other' },
};
export const FORMALITY_LABELS: Labels<(typeof FORMALITIES)[number]> = {
  formal: { id: 'Formal (punya NIB)', en: 'Formal (has a NIB)' },
  informal: { id: 'Informal', en: 'Informal' },
};
export const VALUE_CHAIN_LABELS: Labels<(typeof VALUE_CHAIN_ROLES)[number]> = {
  producer: { id: 'Produsen', en: 'Producer' },
  material_supplier: { id: 'Pemasok bahan', en: 'Material supplier' },
  component_supplier: { id: 'Pemasok komponen', en: 'Component supplier' },
  subcontractor: { id: 'Penerima maklun', en: 'Subcontractor (maklun)' },
  exporter: { id: 'Eksportir', en: 'Exporter' },
  showroom_trader: { id: 'Pedagang/showroom', en: 'Trader/showroom' },
  finishing_service: { id: 'Jasa finishing', en: 'Finishing service' },
};
export const INSTITUTION_TYPE_LABELS: Labels<(typeof INSTITUTION_TYPES)[number]> = {
  cooperative: { id: 'Koperasi', en: 'Cooperative' },
  association: { id: 'Paguyuban/asosiasi', en: 'Association' },
  cluster_forum: { id: 'Forum klaster', en: 'Cluster forum' },
  center_manager: { id: 'Pengelola sentra', en: 'Centre manager' },
  technical_unit: { id: 'UPT', en: 'Technical unit (UPT)' },
  shared_facility: { id: 'Fasilitas bersama', en: 'Shared facility' },
  government_office: { id: 'Dinas', en: 'Government office' },
  ministry: { id: 'Kementerian', en: 'Ministry' },
  university: { id: 'Perguruan tinggi', en: 'University' },
  financial_institution: { id: 'Lembaga keuangan', en: 'Financial institution' },
  soe_offtaker: { id: 'BUMN/offtaker', en: 'SOE / offtaker' },
  ngo_facilitator: { id: 'LSM/pendamping', en: 'NGO / facilitator' },
};
export const LEGAL_STATUS_LABELS: Labels<(typeof LEGAL_STATUSES)[number]> = {
  legal_entity: { id: 'Berbadan hukum', en: 'Legal entity' },
  registered: { id: 'Terdaftar', en: 'Registered' },
  informal: { id: 'Informal', en: 'Informal' },
};
export const SERVICE_LABELS: Labels<(typeof INSTITUTION_SERVICES)[number]> = {
  joint_purchasing: { id: 'Pembelian bahan bersama', en: 'Joint purchasing' },
  joint_marketing: { id: 'Pemasaran bersama', en: 'Joint marketing' },
  equipment_rental: { id: 'Sewa peralatan', en: 'Equipment rental' },
  training: { id: 'Pelatihan', en: 'Training' },
  quality_lab: { id: 'Uji mutu', en: 'Quality lab' },
  waste_treatment: { id: 'Pengolahan limbah', en: 'Waste treatment' },
  financing: { id: 'Pembiayaan', en: 'Financing' },
  mentoring: { id: 'Pendampingan', en: 'Mentoring' },
  order_aggregation: { id: 'Penghimpunan order', en: 'Order aggregation' },
  ip_facilitation: { id: 'Fasilitasi HKI', en: 'IP facilitation' },
  showroom: { id: 'Ruang pamer', en: 'Showroom' },
};
export const FREQUENCY_LABELS: Labels<(typeof FREQUENCIES)[number]> = {
  once: { id: 'Sekali', en: 'Once' },
  seasonal: { id: 'Musiman', en: 'Seasonal' },
  recurring: { id: 'Berulang', en: 'Recurring' },
  routine: { id: 'Rutin', en: 'Routine' },
};
export const TIE_FORMALITY_LABELS: Labels<(typeof TIE_FORMALITIES)[number]> = {
  oral: { id: 'Lisan', en: 'Oral' },
  written: { id: 'Tertulis', en: 'Written' },
  notarised: { id: 'Akta notaris', en: 'Notarised' },
};
export const REPORTER_LABELS: Labels<(typeof REPORTERS)[number]> = {
  both_parties: { id: 'Kedua pihak', en: 'Both parties' },
  one_party: { id: 'Satu pihak', en: 'One party' },
  third_party: { id: 'Pihak ketiga', en: 'Third party' },
  researcher: { id: 'Peneliti', en: 'Researcher' },
};
export const CONFIDENCE_LABELS: Labels<(typeof CONFIDENCE_LEVELS)[number]> = {
  verified: { id: 'Terverifikasi', en: 'Verified' },
  reported: { id: 'Dilaporkan', en: 'Reported' },
  suspected: { id: 'Dugaan', en: 'Suspected' },
};

/** Select options from a label table, in the table's order. */
export function optionsOf<T extends string>(labels: Labels<T>, t: (m: Message) => string) {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: t(labels[value]) }));
}

/**
 * How the conflict screen shows a value: by the field's own format where `formats` has one (KBLI lines),
 * a choice code (or a list of them) by its label where `choices` names the field's labels, anything else
 * as typed.
 */
export function showWith(
  choices: Record<string, Labels<string>>,
  t: (m: Message) => string,
  formats: Record<string, (value: unknown) => string> = {},
) {
  return (key: string, value: unknown): string => {
    const format = formats[key];
    if (format) return format(value);
    const labels = choices[key];
    const one = (v: unknown) =>
      labels && typeof v === 'string' && labels[v] ? t(labels[v]) : String(v ?? '');
    return Array.isArray(value) ? value.map(one).join(', ') : one(value);
  };
}

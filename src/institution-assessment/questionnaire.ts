import type { Message } from '../shared/lang.ts';
import type { AssessmentArea } from './assessment.constants.ts';

/** A questionnaire item: a 0–4 scale (with a word for each step) or a yes/no question. */
export interface QuestionnaireItem {
  id: string;
  area: AssessmentArea;
  scale: 'scale4' | 'yes_no';
  label: Message;
  /** The five steps' words of a 0–4 item, lowest first. */
  steps?: readonly Message[];
}

const FREQUENCY: readonly Message[] = [
  { id: 'Tidak pernah', en: 'Never' },
  { id: 'Sekali setahun', en: 'Once a year' },
  { id: 'Tiap semester', en: 'Twice a year' },
  { id: 'Tiap triwulan', en: 'Quarterly' },
  { id: 'Tiap bulan', en: 'Monthly' },
];
const SHARE: readonly Message[] = [
  { id: 'Tidak ada', en: 'None' },
  { id: 'Kurang dari 25%', en: 'Under 25%' },
  { id: '25–50%', en: '25–50%' },
  { id: '50–75%', en: '50–75%' },
  { id: 'Lebih dari 75%', en: 'Over 75%' },
];
const EXTENT: readonly Message[] = [
  { id: 'Sama sekali tidak', en: 'Not at all' },
  { id: 'Sedikit', en: 'A little' },
  { id: 'Sebagian', en: 'Partly' },
  { id: 'Sebagian besar', en: 'Mostly' },
  { id: 'Sepenuhnya', en: 'Fully' },
];

/**
 * The questionnaire, version 1: what Simpul cannot see in its own data (meetings, money, services used,
 * facility use). A new wording or item is a new version; answers keep the version they were given under.
 */
export const QUESTIONNAIRE_VERSION = 1;

/** The items of the current version, in the order they are asked. */
export const QUESTIONNAIRE: readonly QuestionnaireItem[] = [
  {
    id: 'legal_documents',
    area: 'structure_membership',
    scale: 'yes_no',
    label: {
      id: 'Lembaga punya akta/AD-ART dan SK pengurus yang masih berlaku',
      en: 'The institution has its deed or statutes and a current board decree',
    },
  },
  {
    id: 'board_meetings',
    area: 'governance',
    scale: 'scale4',
    label: { id: 'Seberapa sering pengurus rapat?', en: 'How often does the board meet?' },
    steps: FREQUENCY,
  },
  {
    id: 'members_meeting',
    area: 'governance',
    scale: 'yes_no',
    label: {
      id: 'Rapat anggota (RAT) diadakan dalam 12 bulan terakhir',
      en: 'A members’ meeting (RAT) was held in the last 12 months',
    },
  },
  {
    id: 'books_shared',
    area: 'governance',
    scale: 'scale4',
    label: {
      id: 'Pembukuan dan laporan keuangan dibagikan kepada anggota',
      en: 'Books and financial reports are shared with the members',
    },
    steps: EXTENT,
  },
  {
    id: 'dues_paid',
    area: 'financing',
    scale: 'scale4',
    label: { id: 'Bagian anggota yang membayar iuran rutin', en: 'Share of members who pay their dues' },
    steps: SHARE,
  },
  {
    id: 'own_income',
    area: 'financing',
    scale: 'scale4',
    label: {
      id: 'Pendapatan sendiri (jasa, sewa alat) menutup biaya operasional',
      en: 'Own income (services, equipment rental) covers the running costs',
    },
    steps: EXTENT,
  },
  {
    id: 'runs_without_aid',
    area: 'financing',
    scale: 'yes_no',
    label: {
      id: 'Tahun lalu biaya operasional dibayar tanpa bantuan pemerintah',
      en: 'Last year the running costs were paid without government aid',
    },
  },
  {
    id: 'services_used',
    area: 'services',
    scale: 'scale4',
    label: {
      id: 'Bagian anggota yang memakai layanan lembaga tahun ini',
      en: 'Share of members who used a service of the institution this year',
    },
    steps: SHARE,
  },
  {
    id: 'facility_use',
    area: 'services',
    scale: 'scale4',
    label: {
      id: 'Fasilitas bersama (tungku, IPAL, mesin, ruang pamer) dipakai',
      en: 'The shared facilities (kiln, waste-water plant, machines, showroom) are in use',
    },
    steps: EXTENT,
  },
  {
    id: 'training_held',
    area: 'services',
    scale: 'yes_no',
    label: {
      id: 'Pelatihan untuk anggota diadakan dalam 12 bulan terakhir',
      en: 'A training for members was held in the last 12 months',
    },
  },
  {
    id: 'joint_activities',
    area: 'interaction',
    scale: 'scale4',
    label: {
      id: 'Seberapa sering ada kegiatan bersama (pameran, pemasaran, pembelian)?',
      en: 'How often are there joint activities (fairs, marketing, purchasing)?',
    },
    steps: FREQUENCY,
  },
  {
    id: 'joint_orders',
    area: 'achievements',
    scale: 'scale4',
    label: {
      id: 'Lembaga membawa pesanan atau pasar baru bagi anggota',
      en: 'The institution brought orders or new markets to its members',
    },
    steps: EXTENT,
  },
  {
    id: 'recognition',
    area: 'achievements',
    scale: 'yes_no',
    label: {
      id: 'Lembaga atau produknya meraih penghargaan, sertifikasi atau merek terdaftar',
      en: 'The institution or its products won an award, a certification or a registered mark',
    },
  },
];

/** Past versions' items, by version, so an old snapshot's answers can still be read. */
export const QUESTIONNAIRES: Readonly<Record<number, readonly QuestionnaireItem[]>> = {
  [QUESTIONNAIRE_VERSION]: QUESTIONNAIRE,
};

/** An answer's value as a share of the best answer: 0–4 over 4, yes/no as 1/0. */
export function answerScore(item: QuestionnaireItem, value: number): number {
  return item.scale === 'yes_no' ? (value >= 1 ? 1 : 0) : value / 4;
}

import type {
  CHALLENGE_CATEGORIES,
  CHALLENGE_SEVERITIES,
  CHALLENGE_STATUSES,
  INSTITUTION_TYPES,
} from '../../../src/institutions/institutions.constants.ts';
import type { Message } from '../i18n/i18n.tsx';

/** Institution kinds as officers name them. */
export const INSTITUTION_TYPE_LABELS: Record<(typeof INSTITUTION_TYPES)[number], Message> = {
  cooperative: { id: 'Koperasi', en: 'Cooperative' },
  association: { id: 'Paguyuban / asosiasi', en: 'Association' },
  cluster_forum: { id: 'Forum klaster', en: 'Cluster forum' },
  center_manager: { id: 'Pengelola sentra', en: 'Centre manager' },
  technical_unit: { id: 'UPT', en: 'Technical unit (UPT)' },
  shared_facility: { id: 'Rumah produksi bersama', en: 'Shared facility' },
  government_office: { id: 'Dinas / kantor pemerintah', en: 'Government office' },
  ministry: { id: 'Kementerian', en: 'Ministry' },
  university: { id: 'Perguruan tinggi', en: 'University' },
  financial_institution: { id: 'Lembaga keuangan', en: 'Financial institution' },
  soe_offtaker: { id: 'BUMN / pembeli besar', en: 'SOE / offtaker' },
  ngo_facilitator: { id: 'LSM / pendamping', en: 'NGO / facilitator' },
};

/** Challenge categories of the institutions log. */
export const CHALLENGE_LABELS: Record<(typeof CHALLENGE_CATEGORIES)[number], Message> = {
  inactive_board: { id: 'Pengurus tidak aktif', en: 'Inactive board' },
  passive_members: { id: 'Anggota pasif', en: 'Passive members' },
  idle_facility: { id: 'Fasilitas menganggur', en: 'Idle facility' },
  board_conflict: { id: 'Konflik pengurus', en: 'Board conflict' },
  aid_dependence: { id: 'Bergantung pada bantuan', en: 'Aid dependence' },
  weak_legal_status: { id: 'Status hukum lemah', en: 'Weak legal status' },
  elite_capture: { id: 'Dikuasai segelintir orang', en: 'Elite capture' },
  operating_funds: { id: 'Kekurangan dana operasional', en: 'Lack of operating funds' },
  succession: { id: 'Regenerasi pengurus', en: 'Succession' },
};

export const SEVERITY_LABELS: Record<(typeof CHALLENGE_SEVERITIES)[number], Message> = {
  low: { id: 'ringan', en: 'low' },
  medium: { id: 'sedang', en: 'medium' },
  high: { id: 'berat', en: 'high' },
};

export const CHALLENGE_STATUS_LABELS: Record<(typeof CHALLENGE_STATUSES)[number], Message> = {
  open: { id: 'terbuka', en: 'open' },
  addressing: { id: 'sedang ditangani', en: 'being addressed' },
  resolved: { id: 'selesai', en: 'resolved' },
};

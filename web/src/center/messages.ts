import type { Source } from '../../../src/shared/provenance.ts';
import { defineMessages, type Message } from '../i18n/i18n.tsx';

/** Strings of the centre page. */
export const cm = defineMessages({
  archived: { id: 'Sentra ini diarsipkan sejak {date}.', en: 'This centre was archived on {date}.' },
  overview: { id: 'Ikhtisar', en: 'Overview' },
  breadcrumbs: { id: 'Lokasi halaman', en: 'Breadcrumbs' },
  mainProduct: { id: 'Produk utama', en: 'Main product' },
  status: { id: 'Status', en: 'Status' },
  regions: { id: 'Wilayah', en: 'Regions' },
  designation: { id: 'SK penetapan', en: 'Designation decree' },
  noDesignation: { id: 'Belum ber-SK', en: 'Not designated' },
  founded: { id: 'Tahun berdiri', en: 'Founded' },
  activeMembers: { id: 'IKM anggota aktif', en: 'Active member firms' },
  kbli: { id: 'KBLI', en: 'KBLI' },
  origin: { id: 'Asal', en: 'Origin' },
  organic: { id: 'Tumbuh sendiri', en: 'Organic' },
  government_built: { id: 'Dibangun pemerintah', en: 'Government-built' },
  figures: { id: 'Angka sentra dan sumbernya', en: 'Centre figures and their sources' },
  figuresCount: {
    id: 'Angka sentra dan sumbernya ({n})',
    en: 'Centre figures and their sources ({n})',
  },
  noFigures: { id: 'Belum ada angka sentra yang tercatat.', en: 'No centre figures recorded yet.' },
  colIndicator: { id: 'Indikator', en: 'Indicator' },
  colValue: { id: 'Nilai', en: 'Value' },
  colYear: { id: 'Tahun', en: 'Year' },
  colSource: { id: 'Sumber', en: 'Source' },
  colVintage: { id: 'Edisi', en: 'Vintage' },
  colDefinition: { id: 'Definisi / rujukan', en: 'Definition / reference' },
  tabs: { id: 'Bagian halaman sentra', en: 'Centre page sections' },
  tabNetwork: { id: 'Jaringan', en: 'Network' },
  tabEnterprises: { id: 'IKM', en: 'Firms' },
  tabInstitutions: { id: 'Lembaga', en: 'Institutions' },
  tabIndicators: { id: 'Indikator', en: 'Indicators' },
  networkTitle: { id: 'Jaringan {name}', en: 'Network of {name}' },
  // Enterprises tab
  searchFirms: { id: 'Cari nama IKM atau pemilik', en: 'Search firm or owner name' },
  sort: { id: 'Urutkan', en: 'Sort' },
  sortNameAsc: { id: 'Nama (A–Z)', en: 'Name (A–Z)' },
  sortNameDesc: { id: 'Nama (Z–A)', en: 'Name (Z–A)' },
  sortNewest: { id: 'Terbaru dicatat', en: 'Newest recorded' },
  legalForm: { id: 'Bentuk usaha', en: 'Legal form' },
  formality: { id: 'Formalitas', en: 'Formality' },
  all: { id: 'Semua', en: 'All' },
  formal: { id: 'Formal', en: 'Formal' },
  informal: { id: 'Informal', en: 'Informal' },
  colName: { id: 'Nama IKM', en: 'Firm' },
  colOwner: { id: 'Pemilik', en: 'Owner' },
  colRegion: { id: 'Desa/kelurahan', en: 'Village' },
  colCommodity: { id: 'Komoditi', en: 'Commodity' },
  colNib: { id: 'NIB', en: 'NIB' },
  results: { id: '{from}–{to} dari {total} IKM', en: '{from}–{to} of {total} firms' },
  noFirms: { id: 'Tidak ada IKM yang cocok.', en: 'No matching firm.' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
  csv: { id: 'Unduh CSV', en: 'Download CSV' },
  csvBusy: { id: 'Menyiapkan CSV…', en: 'Preparing CSV…' },
  hidden: { id: '(disembunyikan)', en: '(hidden)' },
  // Institutions tab
  noInstitutions: {
    id: 'Belum ada lembaga yang melayani sentra ini.',
    en: 'No institution serves this centre yet.',
  },
  instType: { id: 'Jenis', en: 'Type' },
  instMembers: { id: '{n} anggota aktif', en: '{n} active members' },
  challenges: { id: 'Tantangan kelembagaan', en: 'Institutional challenges' },
  noChallenges: { id: 'Tidak ada tantangan tercatat.', en: 'No challenges recorded.' },
  observedOn: { id: 'dicatat {date}', en: 'observed {date}' },
  resolvedOn: { id: 'selesai {date}', en: 'resolved {date}' },
  // Indicators tab
  indicatorsTitle: { id: 'Indikator jaringan', en: 'Network indicators' },
  indicatorsMissing: {
    id: 'Indikator jaringan belum dihitung untuk sentra ini.',
    en: 'Network indicators have not been computed for this centre yet.',
  },
});

/** Centre lifecycle names: one list for every screen (defined with the overview's words). */
export { STATUS_LABELS } from '../overview/messages.ts';

/** Where a figure comes from. */
export const SOURCE_LABELS: Record<Source, Message> = {
  dinas_census: { id: 'Pendataan Dinas', en: 'Regional office census' },
  researcher_survey: { id: 'Survei peneliti', en: 'Researcher survey' },
  siinas: { id: 'SIINas', en: 'SIINas' },
  bps: { id: 'BPS', en: 'Statistics Indonesia (BPS)' },
  self_report: { id: 'Laporan sendiri', en: 'Self-reported' },
  news: { id: 'Berita', en: 'News' },
  estimate: { id: 'Perkiraan', en: 'Estimate' },
  synthetic: { id: 'Data contoh (sintetis)', en: 'Demo data (synthetic)' },
};

/** Centre-level figure names. */
export const FIGURE_LABELS: Record<string, Message> = {
  units: { id: 'Unit usaha', en: 'Business units' },
  workers: { id: 'Tenaga kerja', en: 'Workers' },
  households: { id: 'Rumah tangga', en: 'Households' },
  production_value: { id: 'Nilai produksi', en: 'Production value' },
  investment: { id: 'Investasi', en: 'Investment' },
  export_value: { id: 'Nilai ekspor', en: 'Export value' },
};

/** Rupiah-valued centre figures (the rest are counts). */
export const RUPIAH_FIGURES = new Set(['production_value', 'investment', 'export_value']);

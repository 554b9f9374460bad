import type { CenterIndicators } from '../../../src/networks/analysis/analysis.schema.ts';
import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the comparison screen. */
export const m = defineMessages({
  title: { id: 'Perbandingan sentra', en: 'Compare centres' },
  intro: {
    id: 'Bandingkan indikator jejaring hingga {max} sentra pilihan, atau semua sentra di satu provinsi atau kabupaten/kota.',
    en: 'Compare the network indicators of up to {max} chosen centres, or of every centre in a province or regency/city.',
  },
  modeLabel: { id: 'Bandingkan', en: 'Compare' },
  modeCenters: { id: 'Sentra pilihan', en: 'Chosen centres' },
  modeRegion: { id: 'Satu wilayah', en: 'One region' },
  searchCenter: { id: 'Cari sentra', en: 'Find a centre' },
  searchHint: {
    id: 'Ketik sebagian nama sentra, lalu pilih.',
    en: 'Type part of a centre’s name, then pick it.',
  },
  add: { id: 'Tambah {name}', en: 'Add {name}' },
  remove: { id: 'Hapus {name}', en: 'Remove {name}' },
  chosen: { id: 'Sentra dipilih ({count} dari {max})', en: 'Chosen centres ({count} of {max})' },
  noneChosen: { id: 'Belum ada sentra dipilih.', en: 'No centre chosen yet.' },
  full: {
    id: 'Sudah {max} sentra: hapus satu untuk menambah yang lain.',
    en: 'Already {max} centres: remove one to add another.',
  },
  noMatch: { id: 'Tidak ada sentra dengan nama itu.', en: 'No centre has that name.' },
  province: { id: 'Provinsi', en: 'Province' },
  regency: { id: 'Kabupaten/kota', en: 'Regency/city' },
  wholeProvince: { id: '— seluruh provinsi —', en: '— the whole province —' },
  results: { id: 'Indikator', en: 'Indicators' },
  resultsCaption: { id: 'Indikator jejaring per sentra', en: 'Network indicators per centre' },
  smallMultiples: { id: 'Grafik per indikator', en: 'One chart per indicator' },
  downloadXlsx: { id: 'Unduh XLSX', en: 'Download XLSX' },
  center: { id: 'Sentra', en: 'Centre' },
  pattern: { id: 'Pola', en: 'Pattern' },
  notAnalysed: {
    id: 'Sentra bertanda – belum punya ikatan tercatat untuk dianalisis.',
    en: 'Centres marked – have no recorded ties to analyse yet.',
  },
  pickSomething: {
    id: 'Pilih sentra atau wilayah untuk mulai membandingkan.',
    en: 'Choose centres or a region to start comparing.',
  },
  noCenters: { id: 'Tidak ada sentra di wilayah ini.', en: 'No centre in this region.' },
});

/** The indicators shown, in order (`frustrationExact` is a flag, not shown); names come from the glossary. */
export const INDICATORS: (keyof CenterIndicators)[] = [
  'firms',
  'institutions',
  'collaborationTies',
  'conflictTies',
  'collaborationDensity',
  'conflictDensity',
  'collaborationConflictRatio',
  'largestCollaborativeComponentShare',
  'orderGiverDominance',
  'institutionalCoverage',
  'balanceRatio',
  'weakBalanceRatio',
  'frustration',
  'normalizedFrustration',
  'modularity',
  'communities',
  'reciprocity',
  'dyadReciprocity',
  'degreeCentralization',
  'outDegreeCentralization',
  'inDegreeCentralization',
  'betweennessCentralization',
  'closenessCentralization',
];

import type { CenterIndicators } from '../../../src/networks/analysis/analysis.schema.ts';
import { defineMessages, type Message } from '../i18n/i18n.tsx';

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

/** How an indicator is written: a count, a 0–1 share (as %), or a plain ratio. */
export type IndicatorKind = 'count' | 'share' | 'ratio';

/** The indicators shown, in order, with their names and kinds (`frustrationExact` is a flag, not shown). */
export const INDICATORS: { key: keyof CenterIndicators; label: Message; kind: IndicatorKind }[] = [
  { key: 'firms', label: { id: 'IKM', en: 'Firms' }, kind: 'count' },
  { key: 'institutions', label: { id: 'Lembaga', en: 'Institutions' }, kind: 'count' },
  { key: 'collaborationTies', label: { id: 'Ikatan kerja sama', en: 'Collaboration ties' }, kind: 'count' },
  { key: 'conflictTies', label: { id: 'Ikatan konflik', en: 'Conflict ties' }, kind: 'count' },
  {
    key: 'collaborationDensity',
    label: { id: 'Kepadatan kerja sama', en: 'Collaboration density' },
    kind: 'share',
  },
  { key: 'conflictDensity', label: { id: 'Kepadatan konflik', en: 'Conflict density' }, kind: 'share' },
  {
    key: 'collaborationConflictRatio',
    label: { id: 'Rasio kerja sama : konflik', en: 'Collaboration : conflict ratio' },
    kind: 'ratio',
  },
  {
    key: 'largestCollaborativeComponentShare',
    label: { id: 'Porsi komponen kerja sama terbesar', en: 'Largest collaborative component' },
    kind: 'share',
  },
  {
    key: 'orderGiverDominance',
    label: { id: 'Dominasi pemberi order', en: 'Order-giver dominance' },
    kind: 'share',
  },
  {
    key: 'institutionalCoverage',
    label: { id: 'Cakupan kelembagaan', en: 'Institutional coverage' },
    kind: 'share',
  },
  { key: 'balanceRatio', label: { id: 'Rasio keseimbangan', en: 'Balance ratio' }, kind: 'share' },
  {
    key: 'weakBalanceRatio',
    label: { id: 'Rasio keseimbangan lemah', en: 'Weak balance ratio' },
    kind: 'share',
  },
  { key: 'frustration', label: { id: 'Indeks frustrasi', en: 'Frustration index' }, kind: 'count' },
  {
    key: 'normalizedFrustration',
    label: { id: 'Keseimbangan ternormalkan (1 − 2L/m)', en: 'Normalised balance (1 − 2L/m)' },
    kind: 'ratio',
  },
  { key: 'modularity', label: { id: 'Modularitas', en: 'Modularity' }, kind: 'ratio' },
  { key: 'communities', label: { id: 'Komunitas', en: 'Communities' }, kind: 'count' },
];

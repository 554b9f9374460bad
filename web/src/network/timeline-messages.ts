import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the centre's change over the years and its tie-type layers (analysis panel). */
export const tm = defineMessages({
  title: {
    id: 'Perubahan per tahun dan lapisan jenis ikatan',
    en: 'Change over the years and tie-type layers',
  },
  intro: {
    id: 'Dihitung saat diminta dari tanggal ikatan: jaringan pada 31 Desember tiap tahun (tahun ini: hari ini).',
    en: 'Computed on request from the tie dates: the network on 31 December of each year (this year: today).',
  },
  show: { id: 'Tampilkan perubahan per tahun', en: 'Show the change over the years' },
  noYears: {
    id: 'Belum ada ikatan bertanggal, jadi belum ada perubahan per tahun.',
    en: 'No dated ties yet, so there is no change over the years to show.',
  },
  densityChart: {
    id: 'Kepadatan kerja sama dan konflik per tahun',
    en: 'Collaboration and conflict density by year',
  },
  balanceChart: {
    id: 'Frustrasi ternormalkan dan ketahanan ikatan per tahun',
    en: 'Normalised frustration and tie persistence by year',
  },
  collaborationDensity: { id: 'Kepadatan kerja sama', en: 'Collaboration density' },
  conflictDensity: { id: 'Kepadatan konflik', en: 'Conflict density' },
  normalizedFrustration: {
    id: 'Frustrasi ternormalkan (1 = seimbang)',
    en: 'Normalised frustration (1 = balanced)',
  },
  persistence: {
    id: 'Ketahanan ikatan (pasangan yang masih terikat tahun berikutnya)',
    en: 'Tie persistence (pairs still tied the next year)',
  },
  jaccard: { id: 'Kemiripan dengan tahun berikutnya (Jaccard)', en: 'Similarity to the next year (Jaccard)' },
  pattern: { id: 'Pola sentra', en: 'Centre pattern' },
  patternBand: { id: 'Pola sentra per tahun', en: 'Centre pattern by year' },
  year: { id: 'Tahun', en: 'Year' },
  firms: { id: 'IKM', en: 'Firms' },
  collaborationTies: { id: 'Ikatan kerja sama', en: 'Collaboration ties' },
  conflictTies: { id: 'Ikatan konflik', en: 'Conflict ties' },
  pointHint: {
    id: 'Arahkan penunjuk atau fokus (Tab) ke sebuah tahun untuk melihat angkanya.',
    en: 'Point at a year or focus it (Tab) to read its figures.',
  },
  asTable: { id: 'Tampilkan sebagai tabel', en: 'Show as a table' },
  tableCaption: { id: 'Indikator sentra per tahun', en: 'Centre indicators by year' },
  layersTitle: { id: 'Lapisan jenis ikatan', en: 'Tie-type layers' },
  layersIntro: {
    id: 'Tiap jenis ikatan antar-IKM adalah satu lapisan. Tumpang tindih: indeks Jaccard pasangan IKM dua lapisan (1 = pasangan yang sama persis).',
    en: 'Each type of tie between firms is one layer. Overlap: the Jaccard index of two layers’ firm pairs (1 = exactly the same pairs).',
  },
  layersCaption: { id: 'Indikator per lapisan', en: 'Indicators by layer' },
  layer: { id: 'Lapisan', en: 'Layer' },
  valence: { id: 'Sifat', en: 'Valence' },
  ties: { id: 'Pasangan terikat', en: 'Tied pairs' },
  density: { id: 'Kepadatan', en: 'Density' },
  components: { id: 'Kelompok terhubung', en: 'Connected groups' },
  activeFirms: { id: 'IKM aktif', en: 'Active firms' },
  activeShare: { id: 'Bagian IKM aktif', en: 'Share of firms active' },
  overlapCaption: { id: 'Tumpang tindih lapisan (Jaccard)', en: 'Layer overlap (Jaccard)' },
  multiplex: {
    id: '{multiplex} dari {pairs} pasangan IKM terikat di dua lapisan atau lebih.',
    en: '{multiplex} of {pairs} firm pairs are tied in two or more layers.',
  },
  noLayers: { id: 'Belum ada ikatan antar-IKM.', en: 'No ties between firms yet.' },
  collaboration: { id: 'Kerja sama', en: 'Collaboration' },
  conflict: { id: 'Konflik', en: 'Conflict' },
  coopetition: { id: 'Bersaing sambil bekerja sama', en: 'Coopetition' },
});

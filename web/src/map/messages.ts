import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the map of centres and regions. */
export const mm = defineMessages({
  show: { id: 'Tampilkan', en: 'Show' },
  indonesia: { id: 'Indonesia', en: 'Indonesia' },
  modeCenters: { id: 'Sentra (ukuran = unit usaha)', en: 'Centres (size = business units)' },
  modeCentersPattern: {
    id: 'Sentra menurut pola jejaring (ukuran = unit usaha)',
    en: 'Centres by network pattern (size = business units)',
  },
  modecenters: { id: 'Jumlah sentra per wilayah', en: 'Centres per region' },
  modeunits: { id: 'Unit usaha per wilayah', en: 'Business units per region' },
  modeworkers: { id: 'Tenaga kerja per wilayah', en: 'Workers per region' },
  modeproductionValue: { id: 'Nilai produksi per wilayah', en: 'Production value per region' },
  mapSummary: {
    id: '{title}: {count} sentra pada peta {area}; daftar lengkap ada di tabel.',
    en: '{title}: {count} centres on a map of {area}; the table lists them all.',
  },
  regionSummary: {
    id: '{title}: {indicator} untuk {count} wilayah pada peta {area}; angkanya ada di tabel wilayah.',
    en: '{title}: {indicator} for {count} regions on a map of {area}; the region table has the figures.',
  },
  noPoints: { id: 'Belum ada sentra dengan koordinat.', en: 'No centre has coordinates yet.' },
  legend: { id: 'Keterangan peta', en: 'Map legend' },
  noPattern: { id: 'Belum dianalisis', en: 'Not analysed yet' },
  sizeNote: {
    id: 'Lingkaran lebih besar = lebih banyak unit usaha.',
    en: 'Larger circle = more business units.',
  },
  upTo: { id: 'hingga {value}', en: 'up to {value}' },
  regionNote: {
    id: 'Titik di rata-rata lokasi sentra tiap wilayah; batas provinsi dan kabupaten/kota belum tersedia.',
    en: 'Placed at the mean position of each region’s centres; province and regency boundaries are not available yet.',
  },
  scale: { id: 'Skala', en: 'Scale' },
  source: {
    id: 'Garis pantai dan batas negara: Natural Earth (domain publik).',
    en: 'Coastlines and national borders: Natural Earth (public domain).',
  },
  loading: { id: 'Memuat peta…', en: 'Loading the map…' },
});

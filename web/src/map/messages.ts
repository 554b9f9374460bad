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
  modePattern: {
    id: 'Pangsa sentra berpola “{pattern}” per wilayah (dari sentra yang dianalisis)',
    en: 'Share of centres with the pattern “{pattern}” per region (of the centres analysed)',
  },
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
    id: 'Titik di rata-rata lokasi sentra tiap kecamatan; batas kecamatan belum tersedia.',
    en: 'Placed at the mean position of each district’s centres; district boundaries are not available.',
  },
  scale: { id: 'Skala', en: 'Scale' },
  choroplethNote: {
    id: 'Warna wilayah menurut kelas angkanya; arahkan penunjuk atau fokus ke wilayah untuk melihat angkanya.',
    en: 'Regions are coloured by the class of their figure; point at or focus a region to read its figure.',
  },
  noData: { id: 'tidak ada data', en: 'no data' },
  source: {
    id: 'Garis pantai dan batas negara: Natural Earth (domain publik). Batas provinsi dan kabupaten/kota: wilayah_boundaries oleh Cahya DSN (lisensi MIT), kode Kemendagri 2025; batas untuk peta tematik, bukan penegasan batas wilayah.',
    en: 'Coastlines and national borders: Natural Earth (public domain). Province and regency/city boundaries: wilayah_boundaries by Cahya DSN (MIT licence), Kemendagri 2025 codes; boundaries for a thematic map, not an official delimitation.',
  },
  creditShort: {
    id: 'Natural Earth · wilayah_boundaries (MIT)',
    en: 'Natural Earth · wilayah_boundaries (MIT)',
  },
  credit: {
    id: 'Natural Earth (domain publik) · wilayah_boundaries © Cahya DSN (MIT)',
    en: 'Natural Earth (public domain) · wilayah_boundaries © Cahya DSN (MIT)',
  },
  loading: { id: 'Memuat peta…', en: 'Loading the map…' },
});

import type { CenterStatus } from '../../../src/centers/centers.schema.ts';
import { defineMessages, type Message } from '../i18n/i18n.tsx';

/** Strings of the overview (region drill-down) screen. */
export const m = defineMessages({
  indonesia: { id: 'Indonesia', en: 'Indonesia' },
  titleCountry: { id: 'Ikhtisar Sentra IKM', en: 'Small-industry centres at a glance' },
  breadcrumbs: { id: 'Lokasi wilayah', en: 'Region path' },
  centers: { id: 'Sentra', en: 'Centres' },
  units: { id: 'Unit usaha (IKM)', en: 'Business units' },
  workers: { id: 'Tenaga kerja', en: 'Workers' },
  productionValue: { id: 'Nilai produksi', en: 'Production value' },
  figuresNote: {
    id: 'Angka dari IKM anggota aktif, masing-masing dengan tahun data terakhirnya.',
    en: 'Figures of active member enterprises, each with its latest year of data.',
  },
  sizeClasses: { id: 'Skala usaha (Permenperin 64/2016)', en: 'Size classes (Permenperin 64/2016)' },
  sizeIK: { id: 'Industri kecil (IK)', en: 'Small industry (IK)' },
  sizeIM: { id: 'Industri menengah (IM)', en: 'Medium industry (IM)' },
  sizeIB: { id: 'Industri besar (IB)', en: 'Large industry (IB)' },
  sizeUnknown: { id: 'Data belum lengkap', en: 'Figures missing' },
  unitsPer: { id: 'Unit usaha per {what}', en: 'Business units per {what}' },
  workersPer: { id: 'Tenaga kerja per {what}', en: 'Workers per {what}' },
  valuePer: { id: 'Nilai produksi per {what}', en: 'Production value per {what}' },
  perCenter: { id: 'sentra', en: 'centre' },
  perRegion: { id: 'wilayah', en: 'region' },
  patterns: { id: 'Pola jejaring sentra', en: 'Centre network patterns' },
  patternsNone: {
    id: 'Belum ada analisis jejaring tersimpan untuk sentra di wilayah ini.',
    en: 'No stored network analysis for the centres of this region yet.',
  },
  map: { id: 'Peta sentra', en: 'Map of centres' },
  childRegions: { id: 'Wilayah', en: 'Regions' },
  centerList: { id: 'Daftar sentra', en: 'Centres' },
  name: { id: 'Nama', en: 'Name' },
  region: { id: 'Wilayah', en: 'Region' },
  mainProduct: { id: 'Produk utama', en: 'Main product' },
  status: { id: 'Status', en: 'Status' },
  pattern: { id: 'Pola', en: 'Pattern' },
  year: { id: 'Tahun data', en: 'Data year' },
  tooManyCenters: {
    id: '{region} memuat {count} sentra, terlalu banyak untuk didaftar satu per satu. Pilih wilayah di atas, atau cari sentra dengan namanya.',
    en: '{region} holds {count} centres, too many to list one by one. Choose a region above, or find a centre by its name.',
  },
  searchCenter: { id: 'Cari sentra', en: 'Find a centre' },
  searchHint: {
    id: 'Ketik paling sedikit 2 huruf dari nama sentra.',
    en: 'Type at least 2 letters of the centre’s name.',
  },
  noMatch: { id: 'Tidak ada sentra dengan nama itu.', en: 'No centre has that name.' },
  moreMatches: {
    id: '{shown} dari {total} sentra yang cocok; ketik lebih banyak untuk mempersempit.',
    en: '{shown} of {total} matching centres; type more to narrow down.',
  },
  noCenters: {
    id: 'Belum ada sentra tercatat di wilayah ini.',
    en: 'No centre is recorded in this region yet.',
  },
});

/**
 * A centre status in the app's words, the one list every screen uses: the same participles as the
 * import/export files (`ditetapkan`, `dibina`), so a page never says "Binaan" where another says "Dibina".
 */
export const STATUS_LABELS: Record<CenterStatus, Message> = {
  potential: { id: 'Potensial', en: 'Potential' },
  recorded: { id: 'Tercatat', en: 'Recorded' },
  designated: { id: 'Ditetapkan (ber-SK)', en: 'Designated' },
  coached: { id: 'Dibina', en: 'Coached' },
  independent: { id: 'Mandiri', en: 'Independent' },
  inactive: { id: 'Tidak aktif', en: 'Inactive' },
};

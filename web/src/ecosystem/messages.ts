import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the centre ecosystem index (card on the centre page and the overlay page). */
export const em = defineMessages({
  title: { id: 'Ekosistem sentra', en: 'Centre ecosystem' },
  pageTitle: { id: 'Ekosistem sentra: perbandingan', en: 'Centre ecosystem: comparison' },
  explain: {
    id: 'Sepuluh elemen ekosistem (Stam & van de Ven 2021). Tiap proksi dibagi rata-ratanya di antara sentra yang dibandingkan: 1 = rata-rata. Indeks aditif menjumlah skor elemen (rata-rata 10); indeks geometrik (rata-rata 1) menghukum ketimpangan.',
    en: 'Ten ecosystem elements (Stam & van de Ven 2021). Each proxy is divided by its mean over the compared centres: 1 = average. The additive index sums the element scores (average 10); the geometric index (average 1) penalises imbalance.',
  },
  comparedWith: { id: 'Dibandingkan dengan: {names}', en: 'Compared with: {names}' },
  alone: {
    id: 'Tidak ada sentra lain di provinsi ini yang bisa Anda baca: setiap skor adalah rata-rata dirinya sendiri.',
    en: 'No other centre of this province is readable to you: every score is its own average.',
  },
  overlay: {
    id: 'Lihat bertumpuk di halaman perbandingan ekosistem',
    en: 'Overlay on the ecosystem comparison page',
  },
  radar: { id: 'Diagram radar ekosistem', en: 'Ecosystem radar chart' },
  legend: { id: 'Keterangan', en: 'Legend' },
  element: { id: 'Elemen', en: 'Element' },
  meaning: { id: 'Arti', en: 'Meaning' },
  additive: { id: 'Indeks aditif', en: 'Additive index' },
  geometric: { id: 'Indeks geometrik', en: 'Geometric index' },
  present: { id: '{n} dari 10 elemen', en: '{n} of 10 elements' },
  missing: { id: 'tidak ada data', en: 'missing' },
  missingNote: {
    id: 'Elemen tanpa data tidak dihitung: indeks diambil atas elemen yang ada (aditif diskalakan ke 10 elemen). Skor 0 dihitung {floor} dalam indeks geometrik.',
    en: 'Elements without data are left out: the indices are taken over the present ones (the additive one rescaled to ten elements). A score of 0 counts as {floor} in the geometric index.',
  },
  proxies: { id: 'Proksi dan sumbernya', en: 'Proxies and their sources' },
  proxy: { id: 'Proksi', en: 'Proxy' },
  value: { id: 'Nilai', en: 'Value' },
  normalized: { id: 'Terhadap rata-rata', en: 'Against the mean' },
  source: { id: 'Sumber', en: 'Source' },
  n: { id: 'n', en: 'n' },
  year: { id: 'Tahun', en: 'Year' },
  notRecorded: { id: 'tidak dicatat', en: 'not recorded' },
  noVariation: { id: 'semua 0: tidak dibandingkan', en: 'all 0: not compared' },
  centers: {
    id: 'Sentra (id dipisah koma, paling banyak 10)',
    en: 'Centres (ids separated by commas, at most 10)',
  },
  show: { id: 'Tampilkan', en: 'Show' },
  chooseCenters: {
    id: 'Pilih sentra di halaman Perbandingan, lalu buka ekosistemnya dari sana.',
    en: 'Choose centres on the Comparison page and open their ecosystem from there.',
  },
  openFromCompare: { id: 'Ekosistem sentra-sentra ini', en: 'Ecosystem of these centres' },
});

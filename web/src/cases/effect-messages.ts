import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the agreement's effect on the centre's network. */
export const em = defineMessages({
  title: {
    id: 'Jaringan sentra sebelum dan sesudah kesepakatan',
    en: "The centre's network before and after the agreement",
  },
  intro: {
    id: 'Indeks frustrasi: jumlah hubungan yang melawan pembagian terbaik ke dua kubu. Makin kecil, makin sedikit ketegangan yang tersisa.',
    en: 'Frustration index: the number of ties that go against the best split into two camps. The smaller, the less strain is left.',
  },
  ended: {
    id: '{count} hubungan konflik kasus ini diakhiri pada tanggal kesepakatan.',
    en: "{count} of this case's conflict ties were ended on the agreement date.",
  },
  noneEnded: {
    id: 'Tidak ada hubungan konflik yang diakhiri oleh kesepakatan ini.',
    en: 'The agreement ended no conflict ties.',
  },
  measure: { id: 'Ukuran', en: 'Measure' },
  beforeOn: { id: 'Sebelum ({day})', en: 'Before ({day})' },
  afterOn: { id: 'Sesudah ({day})', en: 'After ({day})' },
  frustration: { id: 'Indeks frustrasi', en: 'Frustration index' },
  normalized: { id: 'Frustrasi ternormalkan', en: 'Normalised frustration' },
  conflictTies: { id: 'Hubungan konflik', en: 'Conflict ties' },
  camps: { id: 'Kubu (jumlah IKM)', en: 'Camps (firms)' },
  noConflict: { id: 'tanpa konflik', en: 'no conflict' },
  approximate: { id: '(perkiraan)', en: '(approximate)' },
  openNetwork: { id: 'Buka jaringan sentra', en: "Open the centre's network" },
});

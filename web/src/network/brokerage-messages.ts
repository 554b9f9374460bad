import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the brokerage section of a centre's analysis (grouping, roles, expected values, z). */
export const bkm = defineMessages({
  title: { id: 'Peran perantara menurut kelompok', en: 'Brokerage roles by grouping' },
  intro: {
    id: 'Berapa kali tiap titik menjembatani dua pihak yang tidak saling terhubung, menurut kelompok mereka, dihitung pada ikatan kerja sama saja. Harapan dan z membandingkan dengan jaringan acak berkepadatan sama (kelompok tetap): z ≥ {z} (ditandai ★) berarti lebih sering daripada kebetulan.',
    en: 'How often each node links two parties that are not tied to each other, by their groups, counted on collaboration ties only. Expected and z compare with a random network of the same density (groups kept): z ≥ {z} (marked ★) means more often than chance.',
  },
  grouping: { id: 'Kelompokkan menurut', en: 'Group by' },
  community: { id: 'Komunitas', en: 'Community' },
  village: { id: 'Desa/kelurahan', en: 'Village' },
  commodity: { id: 'Produk (komoditas)', en: 'Product line (commodity)' },
  kbli: { id: 'KBLI', en: 'KBLI' },
  size: { id: 'Kelas ukuran (tenaga kerja, BPS)', en: 'Size class (workers, BPS)' },
  institution: { id: 'Keanggotaan lembaga', en: 'Institution membership' },
  groups: { id: '{n} kelompok: {list}', en: '{n} groups: {list}' },
  colNode: { id: 'Titik', en: 'Node' },
  colGroup: { id: 'Kelompok', en: 'Group' },
  colOtherRoles: { id: 'Lebih dari kebetulan sebagai', en: 'More than chance as' },
  colConflicts: { id: 'Pihak berkonflik yang dijembatani', en: 'Conflicting parties brokered' },
  role: { id: 'Peran', en: 'Role' },
  colTotal: { id: 'Semua peran (total)', en: 'All roles (total)' },
  colObserved: { id: 'Teramati', en: 'Observed' },
  colExpected: { id: 'Harapan', en: 'Expected' },
  significant: { id: 'lebih dari kebetulan', en: 'more than chance' },
  conflictPairs: {
    id: '{n} pasang, mis. {a} – {b}',
    en: '{n} pairs, e.g. {a} – {b}',
  },
  none: { id: 'Tidak ada titik yang menjadi perantara.', en: 'No node brokers.' },
  showAll: { id: 'Tampilkan semua ({n})', en: 'Show all ({n})' },
  showTop: { id: 'Tampilkan {n} teratas', en: 'Show top {n}' },
  loading: { id: 'Menghitung peran perantara…', en: 'Computing brokerage roles…' },
});

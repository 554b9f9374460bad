import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the brokerage section of a centre's analysis (grouping, roles, expected values, z). */
export const bkm = defineMessages({
  title: { id: 'Peran perantara menurut kelompok', en: 'Brokerage roles by grouping' },
  intro: {
    id: 'Berapa kali tiap titik menjembatani dua pihak yang tidak saling terhubung, menurut kelompok mereka, dihitung pada ikatan kerja sama saja. Harapan dan z membandingkan dengan kebetulan: z ≥ {z} (ditandai ★) berarti lebih sering daripada kebetulan. Dengan jaringan acak, titik dengan banyak ikatan hampir selalu menonjol; dengan kelompok diacak, yang menonjol adalah titik yang menjembatani kelompok tertentu lebih dari jumlah ikatannya sendiri.',
    en: 'How often each node links two parties that are not tied to each other, by their groups, counted on collaboration ties only. Expected and z compare with chance: z ≥ {z} (marked ★) means more often than chance. Against a random network, nodes with many ties almost always stand out; with groups shuffled, what stands out is a node bridging particular groups more than its own ties would.',
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
  model: { id: 'Dibandingkan dengan', en: 'Compared with' },
  modelRandomGraph: {
    id: 'jaringan acak berkepadatan sama (sna, UCINET)',
    en: 'a random network of the same density (sna, UCINET)',
  },
  modelPermutation: {
    id: 'ikatan yang sama, kelompok diacak',
    en: 'the same ties, groups shuffled',
  },
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

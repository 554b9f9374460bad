import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the glossary screen and the measure info buttons. */
export const gm = defineMessages({
  title: { id: 'Glosarium', en: 'Glossary' },
  intro: {
    id: 'Arti setiap ukuran dan kata yang dipakai di layar jaringan, dan mengapa penting bagi sentra. Satu IKM atau lembaga dalam gambar jaringan disebut titik; Simpul adalah nama aplikasi ini.',
    en: 'What every measure and word of the network screens means, and why it matters for a centre. One firm or institution in the network drawing is a node; Simpul is the name of this app.',
  },
  formats: {
    id: 'Angka ditulis sama di semua layar: porsi dan kepadatan sebagai persen (6,5%), jumlah sebagai bilangan bulat (1.250), indeks dengan desimal tetap (0,42).',
    en: 'Numbers are written the same on every screen: shares and densities as percentages (6.5%), counts as whole numbers (1,250), indices with fixed decimals (0.42).',
  },
  contents: { id: 'Daftar isi', en: 'Contents' },
  why: { id: 'Mengapa penting bagi sentra:', en: 'Why it matters for a centre:' },
  whatIs: { id: 'Apa arti {term}?', en: 'What does {term} mean?' },
  more: { id: 'Buka di glosarium', en: 'Open in the glossary' },
  close: { id: 'Tutup', en: 'Close' },
  seeGlossary: {
    id: 'Arti setiap ukuran ada di glosarium.',
    en: 'What each measure means is in the glossary.',
  },
});

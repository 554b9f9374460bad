import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of a centre's network change between two dates. */
export const cgm = defineMessages({
  link: { id: 'Perubahan jaringan antara dua tanggal', en: 'Network change between two dates' },
  title: { id: 'Perubahan jaringan: {name}', en: 'Network change: {name}' },
  intro: {
    id: 'Ikatan yang muncul, hilang atau berbalik sifat (kerja sama ↔ konflik) antara dua tanggal, dan indikator sentra pada kedua tanggal.',
    en: 'Ties gained, lost or flipped (collaboration ↔ conflict) between two dates, and the centre’s indicators on both dates.',
  },
  back: { id: 'Kembali ke {name}', en: 'Back to {name}' },
  from: { id: 'Tanggal awal', en: 'From date' },
  to: { id: 'Tanggal akhir', en: 'To date' },
  gained: { id: 'Ikatan baru ({n})', en: 'Ties gained ({n})' },
  lost: { id: 'Ikatan hilang ({n})', en: 'Ties lost ({n})' },
  flipped: { id: 'Ikatan berbalik sifat ({n})', en: 'Ties flipped ({n})' },
  none: { id: 'Tidak ada.', en: 'None.' },
  colFrom: { id: 'Dari', en: 'From' },
  colTo: { id: 'Ke', en: 'To' },
  colType: { id: 'Jenis ikatan', en: 'Tie type' },
  colStart: { id: 'Mulai', en: 'Start' },
  colEnd: { id: 'Berakhir', en: 'End' },
  colBefore: { id: 'Sebelumnya', en: 'Before' },
  colAfter: { id: 'Sesudahnya', en: 'After' },
  indicators: { id: 'Indikator pada kedua tanggal', en: 'Indicators on both dates' },
  colIndicator: { id: 'Indikator', en: 'Indicator' },
  noIndicators: {
    id: 'Indikator belum dihitung untuk salah satu tanggal.',
    en: 'The indicators have not been computed for one of the dates.',
  },
});

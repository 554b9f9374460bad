import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the coding screen and the round page. */
export const cm = defineMessages({
  title: { id: 'Pengodean: {title}', en: 'Coding: {title}' },
  help: {
    id: 'Pilih teks dengan tetikus, atau dengan Shift + panah setelah mengklik teks; lalu tekan angka kode (1–9) atau klik kode.',
    en: 'Select text with the mouse, or with Shift + arrows after clicking in the text; then press a code’s number (1–9) or click the code.',
  },
  codes: { id: 'Kode', en: 'Codes' },
  selection: { id: 'Pilihan: karakter {start}–{end}', en: 'Selection: characters {start}–{end}' },
  noSelection: { id: 'Belum ada teks yang dipilih.', en: 'No text selected.' },
  mine: { id: 'Segmen saya', en: 'My segments' },
  noSegments: { id: 'Belum ada segmen.', en: 'No segments yet.' },
  hidden: {
    id: '{n} segmen pengode lain disembunyikan sampai putaran ditutup (putaran buta).',
    en: "{n} of other coders' segments are hidden until the round is closed (blind round).",
  },
  others: { id: 'Segmen lain', en: 'Other segments' },
  delete: { id: 'Hapus', en: 'Delete' },
  coded: { id: 'Dikode: {code}', en: 'Coded: {code}' },
  round: { id: 'Putaran terbuka: ', en: 'Open round: ' },
  roundLink: { id: 'lihat putaran', en: 'see the round' },
  noText: {
    id: 'Dokumen ini tidak punya teks (dihapus setelah informan mengundurkan diri).',
    en: 'This document has no text (erased after its informants withdrew).',
  },
  roundTitle: { id: 'Putaran pengodean: {name}', en: 'Coding round: {name}' },
  open: {
    id: 'Terbuka (buta: pengode hanya melihat segmennya sendiri)',
    en: 'Open (blind: coders see only their own segments)',
  },
  closed: { id: 'Ditutup', en: 'Closed' },
  close: { id: 'Tutup putaran', en: 'Close the round' },
  documents: { id: 'Dokumen', en: 'Documents' },
  coders: { id: 'Pengode', en: 'Coders' },
  segmentsCount: { id: '{n} segmen', en: '{n} segments' },
  agreement: { id: 'Kesepakatan antar-pengode per kode', en: 'Inter-coder agreement per code' },
  agreementLater: {
    id: 'Kesepakatan dihitung setelah putaran ditutup.',
    en: 'Agreement is computed once the round is closed.',
  },
  unitisation: { id: 'Satuan', en: 'Units' },
  allText: { id: 'Semua teks (seperti NVivo)', en: 'All text (as NVivo)' },
  codedText: { id: 'Hanya teks yang dikode', en: 'Coded text only' },
  code: { id: 'Kode', en: 'Code' },
  percent: { id: 'Persentase kesepakatan', en: 'Percent agreement' },
  kappa: { id: 'κ Cohen', en: "Cohen's κ" },
  alpha: { id: 'α Krippendorff', en: "Krippendorff's α" },
  overall: { id: 'Keseluruhan (rata-rata kode yang dipakai)', en: 'Overall (mean over the codes used)' },
  notUsed: { id: 'tidak dipakai', en: 'not used' },
  undefinedValue: { id: 'tak terdefinisi', en: 'undefined' },
});

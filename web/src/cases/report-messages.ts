import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the report forms (signed in and anonymous) and the anonymous follow-up page. */
export const rm = defineMessages({
  reportButton: { id: 'Laporkan konflik', en: 'Report a conflict' },
  reportTitle: { id: 'Laporkan konflik', en: 'Report a conflict' },
  reportIntro: {
    id: 'Laporan ini dibaca oleh penangan kasus (pengelola sentra, Dinas) menurut kerahasiaan yang Anda pilih.',
    en: 'The case handlers (centre managers, Dinas) read this report as the confidentiality you choose allows.',
  },
  center: { id: 'Sentra', en: 'Centre' },
  title: { id: 'Judul singkat', en: 'Short title' },
  description: { id: 'Apa yang terjadi', en: 'What happened' },
  partiesHint: {
    id: 'Centang usaha yang terlibat dan pilih posisinya. Pelaku IKM harus menyebut usahanya sendiri.',
    en: 'Tick the firms involved and choose their side. An enterprise user must name their own firm.',
  },
  chooseCenterFirst: {
    id: 'Pilih sentra dulu untuk melihat usahanya.',
    en: 'Choose a centre first to see its firms.',
  },
  side: { id: 'Posisi {name}', en: 'Side of {name}' },
  send: { id: 'Kirim laporan', en: 'Send the report' },
  cancel: { id: 'Batal', en: 'Cancel' },
  anonymousLink: { id: 'Laporkan konflik tanpa akun', en: 'Report a conflict without an account' },
  anonymousTitle: { id: 'Laporkan konflik tanpa akun', en: 'Report a conflict without an account' },
  anonymousIntro: {
    id: 'Anda tidak perlu masuk dan nama Anda tidak dicatat. Jangan tulis nama atau nomor telepon Anda di laporan bila ingin tetap tanpa nama. Setelah terkirim Anda mendapat kode untuk menindaklanjuti.',
    en: 'You do not need to sign in and your name is not recorded. Do not write your name or phone number in the report if you want to stay anonymous. Once sent you get a code to follow it up.',
  },
  codeTitle: {
    id: 'Laporan diterima. Ini kode tindak lanjut Anda:',
    en: 'Report received. This is your follow-up code:',
  },
  codeWriteDown: {
    id: 'CATAT KODE INI SEKARANG. Kode hanya ditampilkan sekali ini dan tidak bisa dipulihkan: Simpul hanya menyimpan sidiknya. Tanpa kode ini Anda tidak bisa melihat status laporan atau menambah keterangan.',
    en: 'WRITE THIS CODE DOWN NOW. It is shown only this once and cannot be recovered: Simpul keeps only its fingerprint. Without it you cannot see the report’s status or add information.',
  },
  status: { id: 'Status: {status}', en: 'Status: {status}' },
  followUpLink: { id: 'Tindak lanjuti laporan dengan kode', en: 'Follow up a report with its code' },
  followUpTitle: { id: 'Tindak lanjut laporan konflik', en: 'Follow up a conflict report' },
  followUpIntro: {
    id: 'Ketik kode yang Anda terima saat melapor untuk melihat status laporan dan menambah keterangan.',
    en: 'Type the code you received when reporting to see the report’s status and add information.',
  },
  code: { id: 'Kode tindak lanjut', en: 'Follow-up code' },
  show: { id: 'Lihat status', en: 'Show the status' },
  reportedAt: {
    id: 'Dilaporkan {date}, terakhir berubah {updated}.',
    en: 'Reported {date}, last changed {updated}.',
  },
  notesAdded: {
    id: 'Keterangan tambahan yang sudah Anda kirim: {n}.',
    en: 'Further information you have sent: {n}.',
  },
  note: { id: 'Keterangan tambahan', en: 'Further information' },
  addNote: { id: 'Kirim keterangan', en: 'Send the information' },
  noteSent: { id: 'Keterangan terkirim.', en: 'Information sent.' },
  anotherReport: { id: 'Laporkan konflik lain', en: 'Report another conflict' },
});

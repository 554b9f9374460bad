import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the handlers' forms on a case page and of its status timeline. */
export const hm = defineMessages({
  handling: { id: 'Penanganan', en: 'Handling' },
  timeline: { id: 'Alur status', en: 'Status timeline' },
  reportedOn: { id: 'dilaporkan {date}', en: 'reported {date}' },
  sessionOn: { id: 'sesi mediasi {date}', en: 'mediation session {date}' },
  agreedOn: { id: 'sepakat {date}', en: 'agreed {date}' },
  lastChange: { id: 'perubahan terakhir {date}', en: 'last change {date}' },
  stepDone: { id: 'sudah dilalui', en: 'passed' },
  stepNow: { id: 'status sekarang', en: 'current status' },
  history: { id: 'Riwayat status', en: 'Status history' },
  historyReported: { id: 'Dilaporkan', en: 'Reported' },
  historyMove: { id: '{from} → {to}', en: '{from} → {to}' },
  historyBy: { id: 'oleh {who}', en: 'by {who}' },
  historyHidden: {
    id: 'Nama yang memindahkan status tidak ditampilkan untuk Anda.',
    en: 'Who moved the case is not shown to you.',
  },
  moveNote: {
    id: 'Catatan perpindahan (tersimpan di riwayat)',
    en: 'Note on the move (kept in the history)',
  },
  refer: { id: 'Rujuk kasus', en: 'Refer the case' },
  referTo: { id: 'Rujuk', en: 'Refer' },
  close: { id: 'Tutup kasus', en: 'Close the case' },
  endTiesChoice: {
    id: 'Akhiri {count} hubungan konflik kasus ini pada hari kesepakatan (analisis jaringan sentra dihitung ulang)',
    en: "End this case's {count} conflict ties on the day of the agreement (the centre's network analysis is recomputed)",
  },
  closeWith: { id: 'Tutup dengan hasil ini', en: 'Close with this outcome' },
  sessionTitle: { id: 'Catat sesi mediasi', en: 'Record a mediation session' },
  sessionSave: { id: 'Simpan sesi', en: 'Save the session' },
  evidenceTitle: { id: 'Tambah bukti', en: 'Add evidence' },
  evidenceFile: {
    id: 'Berkas (foto JPEG/PNG/WebP atau PDF, paling besar 5 MB)',
    en: 'File (JPEG/PNG/WebP photo or PDF, at most 5 MB)',
  },
  evidenceFileHint: {
    id: 'Server menghitung sidik SHA-256 berkas, sehingga perubahan sekecil apa pun terlihat. Foto disimpan tanpa data EXIF/GPS (lokasi pemotretan). Tanpa berkas, bukti dicatat sebagai keterangan saja.',
    en: 'The server computes the file’s SHA-256 fingerprint, so any later change shows. Photos are kept without their EXIF/GPS data (where they were taken). Without a file the item is recorded as a description only.',
  },
  storedHash: {
    id: 'SHA-256 tersimpan (tanpa EXIF/GPS) {hash}',
    en: 'Stored SHA-256 (without EXIF/GPS) {hash}',
  },
  evidenceSave: { id: 'Simpan bukti', en: 'Save the evidence' },
  evidenceSaved: { id: 'Bukti tersimpan. SHA-256: {hash}', en: 'Evidence saved. SHA-256: {hash}' },
  agreementTitle: { id: 'Catat kesepakatan', en: 'Record the agreement' },
  agreementHint: {
    id: 'Menyimpan kesepakatan memindahkan kasus ke "sepakat". Setiap janji menjadi pengingat pada tenggatnya.',
    en: 'Saving the agreement moves the case to "agreed". Each commitment becomes a reminder on its due date.',
  },
  addCommitment: { id: '+ Tambah janji', en: '+ Add a commitment' },
  removeCommitment: { id: 'Hapus janji {n}', en: 'Remove commitment {n}' },
  commitmentN: { id: 'Janji {n}', en: 'Commitment {n}' },
  agreementSave: { id: 'Simpan kesepakatan', en: 'Save the agreement' },
  markKept: { id: 'Ditepati', en: 'Kept' },
  markMissed: { id: 'Tidak ditepati', en: 'Missed' },
  referredTo: { id: 'Dirujuk ke: {to}', en: 'Referred to: {to}' },
  outcomeShown: { id: 'Hasil akhir: {outcome}', en: 'Outcome: {outcome}' },
});

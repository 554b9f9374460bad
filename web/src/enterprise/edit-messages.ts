import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of changing memberships and ties from the enterprise page. */
export const xm = defineMessages({
  endMembership: { id: 'Akhiri keanggotaan', en: 'End membership' },
  endMembershipOf: { id: 'Akhiri keanggotaan di {name}', en: 'End membership of {name}' },
  lastDay: { id: 'Hari terakhir sebagai anggota', en: 'Last day as a member' },
  confirmEnd: { id: 'Simpan tanggal akhir', en: 'Save the end date' },
  cancel: { id: 'Batal', en: 'Cancel' },
  saving: { id: 'Menyimpan…', en: 'Saving…' },
  ended: { id: 'Keanggotaan diakhiri.', en: 'Membership ended.' },
  actions: { id: 'Tindakan', en: 'Actions' },
  endTie: { id: 'Akhiri', en: 'End' },
  correctTie: { id: 'Perbaiki', en: 'Correct' },
  archiveTie: { id: 'Arsipkan', en: 'Archive' },
  tieWith: { id: 'Ikatan dengan {name}', en: 'Tie with {name}' },
  tieEndDate: { id: 'Berakhir pada (hari ini tidak lagi aktif)', en: 'Ended on (no longer active that day)' },
  tieStartDate: { id: 'Mulai', en: 'Start' },
  tieStrength: { id: 'Kekuatan (1–5)', en: 'Strength (1–5)' },
  save: { id: 'Simpan', en: 'Save' },
  confirmArchive: {
    id: 'Arsipkan ikatan dengan {name}? Ikatan tidak lagi dihitung dalam jaringan.',
    en: 'Archive the tie with {name}? It no longer counts in the network.',
  },
  tieSaved: { id: 'Ikatan diperbarui.', en: 'Tie updated.' },
  tieArchived: { id: 'Ikatan diarsipkan.', en: 'Tie archived.' },
  conflict: {
    id: 'Orang lain telah mengubah ikatan ini sementara itu. Daftar dimuat ulang; periksa lalu coba lagi.',
    en: 'Someone changed this tie meanwhile. The list has been reloaded; check it and try again.',
  },
  page: { id: '{from}–{to} dari {total}', en: '{from}–{to} of {total}' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
});

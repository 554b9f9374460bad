import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the job queue screen (admins). */
export const jm = defineMessages({
  nav: { id: 'Antrean tugas', en: 'Job queue' },
  title: { id: 'Antrean tugas', en: 'Job queue' },
  intro: {
    id: 'Pekerjaan yang berjalan di latar belakang: menunggu, berjalan, gagal (dengan galatnya) dan selesai sehari terakhir. Tugas yang gagal dapat dijalankan lagi; tugas yang menunggu dapat dibatalkan.',
    en: 'Work that runs in the background: waiting, running, failed (with its error) and done in the last day. A failed job can be run again; a waiting one can be cancelled.',
  },
  filter: { id: 'Keadaan', en: 'State' },
  all: { id: 'Semua', en: 'All' },
  waiting: { id: 'Menunggu', en: 'Waiting' },
  running: { id: 'Berjalan', en: 'Running' },
  failed: { id: 'Gagal', en: 'Failed' },
  done: { id: 'Selesai', en: 'Done' },
  colJob: { id: 'Tugas', en: 'Job' },
  colState: { id: 'Keadaan', en: 'State' },
  colAttempts: { id: 'Percobaan', en: 'Attempts' },
  colWhen: { id: 'Terakhir berubah', en: 'Last change' },
  colError: { id: 'Galat', en: 'Error' },
  colActions: { id: 'Tindakan', en: 'Actions' },
  retry: { id: 'Jalankan lagi', en: 'Run again' },
  retryLabel: { id: 'Jalankan lagi tugas {id}', en: 'Run job {id} again' },
  cancel: { id: 'Batalkan', en: 'Cancel' },
  cancelLabel: { id: 'Batalkan tugas {id}', en: 'Cancel job {id}' },
  none: { id: 'Tidak ada tugas.', en: 'No jobs.' },
  refresh: { id: 'Muat ulang', en: 'Reload' },
  historyLabel: { id: 'Riwayat tugas {id} dalam jejak audit', en: 'History of job {id} in the audit trail' },
});

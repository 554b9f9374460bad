import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the national recompute panel on the job queue screen. */
export const rm = defineMessages({
  title: { id: 'Analisis ulang semua sentra', en: 'Recompute every centre' },
  intro: {
    id: 'Analisis jaringan seluruh sentra dibagi ke pekerja antrean (`simpul worker`, di satu mesin atau beberapa). Sama dengan `simpul analyze --all`.',
    en: 'Every centre’s network analysis, shared among the queue’s workers (`simpul worker`, on one machine or several). The same as `simpul analyze --all`.',
  },
  start: { id: 'Mulai analisis ulang', en: 'Start the recompute' },
  force: { id: 'Hitung ulang juga hasil yang masih mutakhir', en: 'Recompute current results too' },
  none: { id: 'Belum pernah dijalankan.', en: 'Not run yet.' },
  running: { id: 'Berjalan', en: 'Running' },
  finished: { id: 'Selesai', en: 'Finished' },
  progress: { id: '{done} dari {total} sentra', en: '{done} of {total} centres' },
  rate: { id: '{rate} sentra/detik', en: '{rate} centres/s' },
  eta: { id: 'sisa sekitar {eta}', en: 'about {eta} left' },
  failed: { id: '{n} sentra gagal', en: '{n} centres failed' },
  failedList: { id: 'Sentra yang gagal', en: 'Centres that failed' },
  noWorker: {
    id: 'Tidak ada pekerja antrean yang berjalan: jalankan `simpul worker` agar proses ini maju.',
    en: 'No queue worker is running: start `simpul worker` for this run to move.',
  },
  joined: {
    id: 'Proses sebelumnya masih berjalan; proses itu yang ditampilkan.',
    en: 'The previous run is still under way; it is shown here.',
  },
  started: { id: 'Dimulai {when}', en: 'Started {when}' },
});

// Words for jobs, shared by `simpul audit`, the web's history screen and its queue screen (no server
// imports here: the web bundles this file).

interface Words {
  id: string;
  en: string;
}

/** What the audit trail calls the entity type `job`. */
export const JOB_ENTITY_LABEL: Words = { id: 'Tugas latar', en: 'Background job' };

/** The steps of a job's life as the trail names them (`after.event`). */
export const JOB_EVENT_LABELS: Record<string, Words> = {
  queued: { id: 'Masuk antrean', en: 'Queued' },
  done: { id: 'Selesai', en: 'Done' },
  failed: { id: 'Gagal (tidak dicoba lagi)', en: 'Failed for good' },
  retried: { id: 'Dijalankan lagi oleh admin', en: 'Run again by an admin' },
  cancelled: { id: 'Dibatalkan oleh admin', en: 'Cancelled by an admin' },
};

/** What each task does, by its internal name; a task not listed is shown by its name. */
export const JOB_TASK_LABELS: Record<string, Words> = {
  'analysis.refresh': { id: 'Hitung ulang analisis sentra', en: 'Recompute a centre’s analysis' },
  'analysis.run-chunk': {
    id: 'Analisis sekelompok sentra (proses nasional)',
    en: 'Analyse a chunk of centres (national run)',
  },
  'jobs.cleanup': { id: 'Bersihkan catatan tugas lama', en: 'Clear old job records' },
  'jobs.probe': { id: 'Tugas uji', en: 'Test job' },
  'notifications.send-outbox-message': { id: 'Kirim satu pesan', en: 'Send one message' },
  'notifications.send-due-outbox': { id: 'Kirim pesan yang tertunda', en: 'Send waiting messages' },
  'notifications.sweep-reminders': { id: 'Periksa pengingat jatuh tempo', en: 'Check due reminders' },
  'import.run': { id: 'Impor berkas dari web', en: 'Import a file from the web' },
  'region-export.run': { id: 'Ekspor data satu wilayah', en: 'Export a region’s data' },
  'overdue.sweep': { id: 'Periksa yang lewat batas waktu', en: 'Check what is overdue' },
  'region-export.expire': { id: 'Hapus berkas ekspor lama', en: 'Remove old export files' },
};

/** The fields of a job's audit entry, labelled for the history screen. */
export const JOB_FIELD_LABELS: Record<string, Words> = {
  event: { id: 'Langkah', en: 'Step' },
  task: { id: 'Jenis tugas', en: 'Kind of job' },
  key: { id: 'Kunci', en: 'Key' },
  attempts: { id: 'Percobaan', en: 'Attempts' },
  max_attempts: { id: 'Percobaan paling banyak', en: 'Most attempts' },
  run_at: { id: 'Dijalankan pada', en: 'Runs at' },
  error: { id: 'Galat', en: 'Error' },
};

/** A label of `table` for `value`, in `lang`, or the value itself when it has none. */
export function jobWord(table: Record<string, Words>, value: string, lang: 'id' | 'en'): string {
  return table[value]?.[lang] ?? value;
}

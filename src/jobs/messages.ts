/** What the job queue tells people, id and en. */
export const JOB_MESSAGES = {
  unknownTask: {
    id: 'Jenis tugas "{name}" tidak dikenal oleh pekerja ini; tugas tidak dijalankan.',
    en: 'The task kind "{name}" is not known to this worker; the job was not run.',
  },
  badPayload: {
    id: 'Data tugas "{name}" tidak sesuai: {problems}. Tugas tidak akan dicoba lagi.',
    en: 'The data of the "{name}" job is not valid: {problems}. The job will not be retried.',
  },
  cancelled: { id: 'Dibatalkan oleh admin.', en: 'Cancelled by an admin.' },
} as const;

import { defineMessages, type Message } from '../i18n/i18n.tsx';

/** Strings of a record's history (the audit trail). */
export const hm = defineMessages({
  link: { id: 'Riwayat perubahan', en: 'Change history' },
  title: { id: 'Riwayat: {name}', en: 'History: {name}' },
  intro: {
    id: 'Siapa mengubah apa dan kapan, isian demi isian (sebelum → sesudah), yang terbaru di atas.',
    en: 'Who changed what and when, field by field (before → after), newest first.',
  },
  back: { id: 'Kembali ke {name}', en: 'Back to {name}' },
  empty: { id: 'Belum ada perubahan tercatat.', en: 'No changes recorded yet.' },
  colWhen: { id: 'Waktu', en: 'When' },
  colWho: { id: 'Oleh', en: 'By' },
  colWhat: { id: 'Perubahan', en: 'Change' },
  colField: { id: 'Isian', en: 'Field' },
  colBefore: { id: 'Sebelum', en: 'Before' },
  colAfter: { id: 'Sesudah', en: 'After' },
  insert: { id: 'Dibuat', en: 'Created' },
  update: { id: 'Diubah', en: 'Changed' },
  delete: { id: 'Dihapus', en: 'Deleted' },
  read: { id: 'Dibaca', en: 'Read' },
  viaToken: { id: 'lewat token API', en: 'through an API token' },
  viaSystem: { id: 'oleh sistem', en: 'by the system' },
  noFieldChange: { id: 'Tidak ada isian yang berubah.', en: 'No field changed.' },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
  pageOf: { id: 'Perubahan {from}–{to} dari {total}', en: 'Changes {from}–{to} of {total}' },
  pages: { id: 'Halaman riwayat', en: 'History pages' },
  jobIntro: {
    id: 'Langkah-langkah tugas latar ini: masuk antrean (oleh siapa), selesai, gagal, dijalankan lagi atau dibatalkan oleh admin; yang terbaru di atas.',
    en: 'The steps of this background job: queued (by whom), done, failed, run again or cancelled by an admin; newest first.',
  },
  backToQueue: { id: 'Kembali ke antrean tugas', en: 'Back to the job queue' },
});

/** Columns stored under another name than the API field they show (the label comes from the API field). */
export const COLUMN_FIELDS: Record<string, string> = {
  designation_sk_number: 'skNumber',
  designation_date: 'date',
  designation_issuer: 'issuer',
};

/** Labels of stored columns that no request carries, so the shared field labels lack them. */
export const COLUMN_LABELS: Record<string, Message> = {
  archivedAt: { id: 'Diarsipkan', en: 'Archived' },
  ownerPersonId: { id: 'Pemilik', en: 'Owner' },
};

/** The five groups most Dinas offices file centres under, as a centre's history names them. */
export const DINAS_GROUP_LABELS: Record<string, Message> = {
  clothing: { id: 'Sandang', en: 'Clothing' },
  food: { id: 'Pangan', en: 'Food' },
  chemicals_building_materials: { id: 'Kimia dan bahan bangunan', en: 'Chemicals and building materials' },
  crafts: { id: 'Kerajinan', en: 'Crafts' },
  metal_electronics: { id: 'Logam dan elektronik', en: 'Metal and electronics' },
};

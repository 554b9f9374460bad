/** What backup and restore tell the operator, in both languages (`tr` picks the command's). */
export const BACKUP_MESSAGES = {
  exists: {
    id: 'Berkas {file} sudah ada: pilih nama lain, atau tambahkan --force untuk menimpanya',
    en: 'The file {file} already exists: choose another name, or add --force to overwrite it',
  },
  table: { id: 'tabel {table}: {rows} baris', en: 'table {table}: {rows} rows' },
  written: {
    id: 'Cadangan ditulis ke {file}: {size}, {tables} tabel, {rows} baris, dalam {seconds} s',
    en: 'Backup written to {file}: {size}, {tables} tables, {rows} rows, in {seconds} s',
  },
  missing: { id: 'Berkas {file} tidak ditemukan', en: 'The file {file} was not found' },
  damaged: {
    id: 'Berkas {file} bukan cadangan Simpul atau rusak ({reason}); basis data tidak diubah',
    en: 'The file {file} is not a Simpul backup or is damaged ({reason}); the database was not changed',
  },
  newer: {
    id: 'Cadangan {file} dibuat oleh Simpul yang lebih baru (migrasi yang tidak dikenal: {names}); perbarui Simpul lebih dulu. Basis data tidak diubah',
    en: 'The backup {file} was made by a newer Simpul (unknown migrations: {names}); upgrade Simpul first. The database was not changed',
  },
  inUse: {
    id: 'Basis data sedang dipakai oleh {n} sesi lain (simpul serve, worker?): hentikan dulu, lalu pulihkan',
    en: 'The database is in use by {n} other sessions (simpul serve, a worker?): stop them first, then restore',
  },
  notEmpty: {
    id: 'Basis data tidak kosong (berisi data di {tables}): pulihkan ke basis data kosong, atau tambahkan --force untuk menghapus isinya lebih dulu',
    en: 'The database is not empty (it holds data in {tables}): restore into an empty database, or add --force to delete its contents first',
  },
  confirm: {
    id: 'Semua data di basis data ini akan dihapus dan diganti isi {file}. Lanjutkan? Ketik "ya": ',
    en: 'Every row in this database will be deleted and replaced by the contents of {file}. Continue? Type "yes": ',
  },
  needsYes: {
    id: 'Memulihkan dengan --force menghapus data yang ada: tambahkan --yes bila dijalankan dari skrip',
    en: 'Restoring with --force deletes the existing data: add --yes when running from a script',
  },
  cancelled: {
    id: 'Pemulihan dibatalkan; basis data tidak diubah',
    en: 'Restore cancelled; the database was not changed',
  },
  checked: {
    id: 'Berkas diperiksa: {tables} tabel, {rows} baris, dari Simpul {version} ({created})',
    en: 'File checked: {tables} tables, {rows} rows, from Simpul {version} ({created})',
  },
  restored: {
    id: 'Dipulihkan dari {file}: {tables} tabel, {rows} baris, dalam {seconds} s',
    en: 'Restored from {file}: {tables} tables, {rows} rows, in {seconds} s',
  },
  migratedForward: {
    id: 'Cadangan lama dimigrasikan ke versi sekarang: {list}',
    en: 'The older backup was migrated to the current version: {list}',
  },
  incomplete: {
    id: 'Setelah pemulihan, migrasi berikut belum diterapkan: {names}',
    en: 'After the restore these migrations are not applied: {names}',
  },
} as const;

import type { Message } from '../shared/i18n.ts';

/** What the terminal says while commands run, in both languages (help texts live beside each command). */
export const CLI_MESSAGES = {
  applied: { id: 'Migrasi diterapkan: {list}', en: 'Migrations applied: {list}' },
  upToDate: { id: 'Basis data sudah mutakhir.', en: 'The database is up to date.' },
  regions: { id: 'Wilayah tersedia: {n}', en: 'Regions available: {n}' },
  error: { id: 'Galat: {message}', en: 'Error: {message}' },
  demoLoading: {
    id: 'Basis data kosong: memuat data demo (14 sentra nyata, IKM dan orang sintetis)…',
    en: 'Empty database: loading the demo data (14 real centres, synthetic enterprises and people)…',
  },
  demoLoaded: { id: 'Data demo dimuat: {summary}', en: 'Demo data loaded: {summary}' },
  analysesStored: {
    id: 'Analisis jaringan tersimpan untuk {total} sentra.',
    en: 'Network analyses stored for {total} centres.',
  },
  portInUse: {
    id: 'port {port} pada {host} sudah dipakai program lain. Hentikan program itu, atau pilih port lain: simpul serve --port {next} (atau PORT={next})',
    en: 'port {port} on {host} is already in use by another program. Stop it, or choose another port: simpul serve --port {next} (or PORT={next})',
  },
  running: {
    id: 'Simpul berjalan di {url} (basis data: {mode})',
    en: 'Simpul is running at {url} (database: {mode})',
  },
  apiDocs: { id: 'Dokumentasi API: {url}', en: 'API docs: {url}' },
  shuttingDown: {
    id: '{signal}: berhenti; permintaan yang berjalan diberi {seconds} detik ({signal} sekali lagi langsung keluar)',
    en: '{signal}: shutting down; running requests get {seconds} s ({signal} again exits at once)',
  },
  stoppingStartup: {
    id: '{signal}: menghentikan proses mulai ({signal} sekali lagi langsung keluar)',
    en: '{signal}: stopping the start-up ({signal} again exits at once)',
  },
  stillRunning: {
    id: 'masih berjalan {grace} detik + {after} detik setelah {signal}',
    en: 'still running {grace} s + {after} s after {signal}',
  },
  cutting: {
    id: 'Permintaan masih berjalan setelah {seconds} detik: koneksinya ditutup, perintah SQL-nya dibatalkan',
    en: 'Requests still running after {seconds} s: closing their connections, cancelling their statements',
  },
  shutdownFailed: { id: 'Penghentian: {message}', en: 'Shutdown: {message}' },
  again: { id: '{signal} lagi', en: '{signal} again' },
  exitingNow: { id: '{reason}: keluar sekarang', en: '{reason}: exiting now' },
  pgStopFailed: {
    id: 'PostgreSQL bawaan tidak dapat dihentikan: {message}',
    en: 'Could not stop the embedded PostgreSQL: {message}',
  },
  rowsRead: { id: '{rows} baris terbaca; memeriksa rujukan…', en: '{rows} rows read; checking references…' },
  imported: {
    id: '{kind}: {rows} baris; ditambahkan {inserted}, diperbarui {updated}, tetap {unchanged}',
    en: '{kind}: {rows} rows; inserted {inserted}, updated {updated}, unchanged {unchanged}',
  },
  wouldImport: {
    id: '{kind}: {rows} baris; akan ditambahkan {inserted}, diperbarui {updated}, tetap {unchanged}',
    en: '{kind}: {rows} rows; would insert {inserted}, updated {updated}, unchanged {unchanged}',
  },
  dryRun: { id: ' (uji coba: tidak ada yang ditulis)', en: ' (dry run: nothing written)' },
  exported: { id: '{kind}: {rows} baris ditulis ke {file}', en: '{kind}: {rows} rows written to {file}' },
  template: { id: 'Templat {kind} ditulis ke {file}', en: 'Template for {kind} written to {file}' },
  importBar: {
    id: '{kind} [{bar}] {percentage}% | {value}/{total} bita | {rows} baris',
    en: '{kind} [{bar}] {percentage}% | {value}/{total} bytes | {rows} rows',
  },
  exportBar: { id: '{kind}: {value} baris', en: '{kind}: {value} rows' },
  analyzeBar: {
    id: ' {bar} {value}/{total} sentra · {percentage}% · sisa {eta_formatted}',
    en: ' {bar} {value}/{total} centres · {percentage}% · {eta_formatted} left',
  },
  password: { id: 'Kata sandi: ', en: 'Password: ' },
  repeat: { id: 'Ulangi: ', en: 'Repeat: ' },
  mismatch: { id: 'Kata sandi tidak sama', en: 'The passwords do not match' },
  userCreated: { id: 'Dibuat: {email} ({role}), id {id}', en: 'Created {email} ({role}), id {id}' },
  userUpdated: { id: 'Diperbarui: {email} ({role}, {state})', en: 'Updated {email} ({role}, {state})' },
  active: { id: 'aktif', en: 'active' },
  disabled: { id: 'nonaktif', en: 'disabled' },
  passwordSet: { id: 'Kata sandi {email} sudah diatur', en: 'Password set for {email}' },
  tokenCreated: {
    id: 'Token {prefix}… ({access}) untuk {email}; simpan sekarang, token ini tidak ditampilkan lagi:',
    en: 'Token {prefix}… ({access}) for {email}; store it now, it is not shown again:',
  },
  tokenRevoked: { id: 'Dicabut: {prefix}… ({name})', en: 'Revoked {prefix}… ({name})' },
  auditCount: { id: '{shown} dari {total} entri', en: '{shown} of {total} entries' },
  centersCount: { id: '{n} sentra', en: '{n} centres' },
} satisfies Record<string, Message>;

/** Every user-facing message of the server and CLI, in Bahasa Indonesia and English. */
export const catalog = {
  validation_failed: { id: 'Data tidak valid.', en: 'The data is not valid.' },
  not_found: { id: '{entity} dengan id {id} tidak ditemukan.', en: '{entity} with id {id} was not found.' },
  route_not_found: { id: 'Alamat {url} tidak ada.', en: 'There is no {url}.' },
  version_conflict: {
    id: '{entity} sudah diubah orang lain (versi Anda {expected}, versi sekarang {actual}). Muat ulang lalu ulangi.',
    en: '{entity} was changed by someone else (your version {expected}, current {actual}). Reload and try again.',
  },
  duplicate: {
    id: '{entity} dengan {field} = {value} sudah ada.',
    en: '{entity} with {field} = {value} already exists.',
  },
  reference_missing: { id: '{field}: {value} tidak ditemukan.', en: '{field}: {value} does not exist.' },
  payload_too_large: {
    id: 'Kiriman terlalu besar (batas {limit} bait).',
    en: 'The request body is too large (limit {limit} bytes).',
  },
  unsupported_media_type: {
    id: 'Jenis isi (Content-Type) {type} tidak diterima di sini: kirim application/json (impor berkas: text/csv atau XLSX).',
    en: 'Content-Type {type} is not accepted here: send application/json (file imports: text/csv or XLSX).',
  },
  invalid_json: { id: 'Isi permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' },
  busy: {
    id: 'Server tidak sempat menyelesaikan permintaan ini (basis data terlalu lama menjawab); tidak ada yang diubah. Coba lagi sebentar lagi.',
    en: 'The server could not finish this request in time (the database took too long); nothing was changed. Try again in a moment.',
  },
  internal: {
    id: 'Terjadi kesalahan di server (kode permintaan {requestId}).',
    en: 'Something went wrong on the server (request id {requestId}).',
  },
  archived: { id: '{entity} ini sudah diarsipkan.', en: 'This {entity} is archived.' },
  not_archived: { id: '{entity} ini tidak diarsipkan.', en: 'This {entity} is not archived.' },
  invalid_status_transition: {
    id: 'Status tidak bisa berubah dari {from} ke {to}.',
    en: 'Status cannot change from {from} to {to}.',
  },
  region_unknown: { id: 'Kode wilayah {code} tidak dikenal.', en: 'Unknown region code {code}.' },
  kbli_code: { id: 'Kode KBLI terdiri dari 2–5 angka.', en: 'A KBLI code has 2–5 digits.' },
  date_order: {
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
  },
  center_few_members: {
    id: 'Sentra ini hanya punya {count} anggota aktif; PP 29/2018 menyebut paling sedikit {min} IKM.',
    en: 'This centre has only {count} active members; PP 29/2018 asks for at least {min} enterprises.',
  },
  center: { id: 'Sentra', en: 'Centre' },
  enterprise: { id: 'IKM', en: 'Enterprise' },
  institution: { id: 'Lembaga', en: 'Institution' },
  person: { id: 'Orang', en: 'Person' },
  region: { id: 'Wilayah', en: 'Region' },
  membership: { id: 'Keanggotaan', en: 'Membership' },
  challenge: { id: 'Tantangan', en: 'Challenge' },
  user: { id: 'Pengguna', en: 'User' },
  token: { id: 'Token API', en: 'API token' },
  notification: { id: 'Pemberitahuan', en: 'Notification' },
  importRun: { id: 'Proses impor', en: 'Import run' },
  regionExport: { id: 'Ekspor wilayah', en: 'Region export' },
  capabilityProfile: { id: 'Profil kemampuan produksi', en: 'Production capability profile' },
  processSector: { id: 'Sektor proses', en: 'Process sector' },
  process: { id: 'Proses produksi', en: 'Production process' },
  intervention: { id: 'Intervensi', en: 'Intervention' },
  facility: { id: 'Fasilitas bersama', en: 'Shared facility' },
  researchCode: { id: 'Kode', en: 'Code' },
  researchRound: { id: 'Putaran pengodean', en: 'Coding round' },
  researchSegment: { id: 'Segmen', en: 'Segment' },
  researchProjectOfCoding: { id: 'Proyek penelitian', en: 'Research project' },
  researchDocumentOfCoding: { id: 'Dokumen penelitian', en: 'Research document' },
} as const satisfies Record<string, { id: string; en: string }>;

export type MessageKey = keyof typeof catalog;

import type { Message } from '../shared/i18n.ts';

/** Every message of file import and export, in Bahasa Indonesia and English. */
export const IO_MESSAGES = {
  required: { id: 'Wajib diisi.', en: 'Required.' },
  unknownColumn: { id: 'Kolom ini tidak dikenal.', en: 'Unknown column.' },
  tooLong: {
    id: 'Terlalu panjang (paling banyak {max} karakter).',
    en: 'Too long (at most {max} characters).',
  },
  notNumber: {
    id: '"{value}" bukan angka (tulis 1250000, 1.250.000 atau 1.250.000,5).',
    en: '"{value}" is not a number (write 1250000, 1.250.000 or 1.250.000,5).',
  },
  notInteger: { id: '"{value}" bukan bilangan bulat.', en: '"{value}" is not a whole number.' },
  outOfRange: { id: 'Harus antara {min} dan {max}.', en: 'Must be between {min} and {max}.' },
  notSingleLine: {
    id: 'Harus satu baris, tanpa pindah baris, tab atau karakter kendali (mis. NUL).',
    en: 'Must be one line, without line breaks, tabs or control characters (such as NUL).',
  },
  controlCharacter: {
    id: 'Berisi karakter kendali (mis. NUL); hanya tab dan pindah baris yang boleh.',
    en: 'Contains a control character (such as NUL); only tabs and line breaks are allowed.',
  },
  dateOutOfRange: {
    id: 'Tanggal {value} di luar rentang {min} sampai {max}.',
    en: 'The date {value} is outside {min} to {max}.',
  },
  notDate: {
    id: '"{value}" bukan tanggal (tulis 2024-01-31 atau 31/01/2024).',
    en: '"{value}" is not a date (write 2024-01-31 or 31/01/2024).',
  },
  notUuid: {
    id: '"{value}" bukan id dari Simpul; salin id dari berkas ekspor atau kosongkan untuk data baru.',
    en: '"{value}" is not an id from Simpul; copy the id from an export or leave it empty for a new record.',
  },
  notAllowed: {
    id: '"{value}" tidak dikenal; pilihan: {allowed}.',
    en: '"{value}" is not allowed; choose: {allowed}.',
  },
  notListed: {
    id: '"{value}" tidak dikenal; pakai salah satu pilihan di lembar petunjuk templat.',
    en: '"{value}" is not allowed; use one of the choices on the template\'s petunjuk sheet.',
  },
  badRegionCode: {
    id: '"{value}" bukan kode wilayah Kemendagri (mis. 32.73.17.1003).',
    en: '"{value}" is not a Kemendagri region code (e.g. 32.73.17.1003).',
  },
  badKbli: { id: 'Kode KBLI "{value}" harus 2–5 angka.', en: 'KBLI code "{value}" must be 2–5 digits.' },
  kbliTitles: {
    id: 'Jumlah judul KBLI ({titles}) tidak sama dengan jumlah kode ({codes}).',
    en: 'The number of KBLI titles ({titles}) differs from the number of codes ({codes}).',
  },
  kbliVersions: {
    id: 'Tulis satu versi KBLI atau satu per kode ({codes}).',
    en: 'Write one KBLI version or one per code ({codes}).',
  },
  needsYear: {
    id: 'Kolom ini butuh tahun; isi kolom tahun atau kosongkan kolom ini.',
    en: 'This column needs a year; fill in tahun or leave this column empty.',
  },
  needsRegionOption: {
    id: 'Kode wilayah kosong: isi kode_wilayah atau jalankan impor dengan --region <kode kabupaten/kota>.',
    en: 'No region code: fill in kode_wilayah or import with --region <regency/city code>.',
  },
  placeNotFound: {
    id: '{place} tidak ditemukan di {region}.',
    en: '{place} was not found in {region}.',
  },
  placeAmbiguous: {
    id: '{place} ada lebih dari satu di {region}; isi kode_wilayah.',
    en: '{place} matches more than one place in {region}; fill in kode_wilayah.',
  },
  regionUnknown: { id: 'Kode wilayah {value} tidak dikenal.', en: 'Unknown region code {value}.' },
  regionOption: {
    id: '--region {value} harus kode kabupaten/kota yang ada (mis. 32.73).',
    en: '--region {value} must be an existing regency/city code (e.g. 32.73).',
  },
  centerUnknown: { id: 'Sentra {value} tidak ditemukan.', en: 'Centre {value} does not exist.' },
  institutionUnknown: { id: 'Lembaga {value} tidak ditemukan.', en: 'Institution {value} does not exist.' },
  enterpriseUnknown: { id: 'IKM {value} tidak ditemukan.', en: 'Enterprise {value} does not exist.' },
  duplicateRow: {
    id: 'Data ganda: baris {other} sudah memuat {what} yang sama.',
    en: 'Duplicate: row {other} already holds the same {what}.',
  },
  sameTarget: {
    id: 'Baris ini dan baris {other} merujuk {what} yang sama; samakan id dan kodenya di semua baris.',
    en: 'This row and row {other} refer to the same {what}; use the same id and code on every row.',
  },
  ambiguousMatch: {
    id: '{count} {what} yang sudah ada cocok dengan nama dan wilayah ini; isi kolom id.',
    en: '{count} existing {what} match this name and region; fill in the id column.',
  },
  codeTaken: {
    id: '{column} {value} sudah dipakai {what} lain.',
    en: '{column} {value} already belongs to another {what}.',
  },
  statusMove: {
    id: 'Status tidak bisa berubah dari {from} ke {to}.',
    en: 'Status cannot change from {from} to {to}.',
  },
  allOrNone: {
    id: 'Isi ketiga kolom {columns} atau kosongkan semuanya.',
    en: 'Fill in all of {columns} or none of them.',
  },
  dateOrder: {
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
  },
  membershipExists: {
    id: 'Keanggotaan dengan sentra/lembaga, IKM dan tanggal mulai yang sama sudah ada dengan id lain.',
    en: 'A membership with the same centre/institution, enterprise and start date already exists under another id.',
  },
  periodOverlap: {
    id: 'Masa keanggotaan ini bertumpang tindih dengan {other} ({period}); masa keanggotaan tidak boleh bertumpang tindih.',
    en: 'This membership period overlaps {other} ({period}); membership periods cannot overlap.',
  },
  storedMembership: { id: 'keanggotaan {id} yang sudah tersimpan', en: 'stored membership {id}' },
  fileRow: { id: 'baris {row}', en: 'row {row}' },
  roleForKind: {
    id: 'Peran {value} tidak berlaku untuk {kind}.',
    en: 'Role {value} does not apply to {kind}.',
  },
  unknownHeaders: {
    id: 'Kolom tidak dikenal: {headers}. Kolom yang bisa dipakai: {expected}.',
    en: 'Unknown column(s): {headers}. Expected columns: {expected}.',
  },
  missingHeaders: {
    id: 'Kolom wajib tidak ada: {headers}. Kolom yang bisa dipakai: {expected}.',
    en: 'Required column(s) missing: {headers}. Expected columns: {expected}.',
  },
  duplicateHeader: { id: 'Kolom {header} muncul dua kali.', en: 'Column {header} appears twice.' },
  noHeader: {
    id: 'Baris judul kolom tidak ditemukan di 20 baris pertama. Kolom yang bisa dipakai: {expected}.',
    en: 'No header row in the first 20 rows. Expected columns: {expected}.',
  },
  sheetColumns: {
    id: 'Lembar {sheet} memakai kolom yang berbeda dari lembar pertama; semua lembar harus sama kolomnya.',
    en: 'Sheet {sheet} has different columns from the first sheet; every sheet needs the same columns.',
  },
  malformedCsv: { id: 'Berkas CSV rusak: {detail}', en: 'The CSV file is malformed: {detail}' },
  csvQuoteInField: {
    id: 'tanda kutip (") di tengah isi sel tanpa kutip pada baris {row}; apit selnya dengan kutip dan tulis "" untuk satu kutip',
    en: 'a quote (") inside an unquoted cell on row {row}; quote the cell and write "" for one quote',
  },
  csvAfterClosingQuote: {
    id: 'ada isi sesudah kutip penutup pada baris {row}',
    en: 'text after a closing quote on row {row}',
  },
  csvQuoteNotClosed: {
    id: 'tanda kutip yang dibuka pada baris {row} tidak pernah ditutup',
    en: 'a quote opened on row {row} is never closed',
  },
  unknownEncoding: {
    id: 'Pengodean karakter berkas tidak dapat dipastikan: isinya bukan teks UTF-8, UTF-16 maupun Windows-1252 (mungkin bukan berkas CSV). Di Excel, simpan ulang sebagai "CSV UTF-8 (Comma delimited)"; tidak ada data yang diubah.',
    en: 'The file\'s character encoding cannot be determined: it is not UTF-8, UTF-16 or Windows-1252 text (it may not be a CSV file). In Excel, save it again as "CSV UTF-8 (Comma delimited)"; no data was changed.',
  },
  notEncodedAs: {
    id: 'Berkas dibaca sebagai {encoding}, tetapi pada baris {row} atau sesudahnya ada byte yang bukan teks {name}. Di Excel, simpan ulang sebagai "CSV UTF-8 (Comma delimited)"; tidak ada data yang diubah.',
    en: 'The file was read as {encoding}, but on row {row} or after it holds bytes that are not {name} text. In Excel, save it again as "CSV UTF-8 (Comma delimited)"; no data was changed.',
  },
  replacementCharacter: {
    id: 'Berisi karakter pengganti (�): huruf di sini sudah rusak saat berkas disimpan atau diubah pengodeannya. Ketik ulang huruf yang benar.',
    en: 'Contains the replacement character (�): a letter here was lost when the file was saved or converted. Type the right letter again.',
  },
  readAs: { id: 'dibaca sebagai {encoding}', en: 'read as {encoding}' },
  damagedXlsx: {
    id: 'Berkas XLSX rusak: isinya tidak cocok dengan daftar isinya, atau ini bukan buku kerja Excel. Buka lalu simpan ulang di Excel atau LibreOffice, atau simpan sebagai CSV.',
    en: 'The XLSX file is damaged: its content does not match its table of contents, or it is not an Excel workbook. Open it and save it again in Excel or LibreOffice, or save it as CSV.',
  },
  xlsxExpandsTooMuch: {
    id: 'Berkas XLSX ini akan menjadi lebih dari {limit} MB saat dibuka; batasnya {limit} MB. Bagi menjadi beberapa berkas atau simpan sebagai CSV.',
    en: 'This XLSX file would expand to more than {limit} MB when opened; the limit is {limit} MB. Split it into several files or save it as CSV.',
  },
  xlsxTooManyParts: {
    id: 'Berkas XLSX ini berisi lebih dari {limit} bagian; buku kerja Excel biasa jauh lebih sedikit. Simpan ulang di Excel atau simpan sebagai CSV.',
    en: 'This XLSX file holds more than {limit} parts; an ordinary Excel workbook has far fewer. Save it again in Excel or save it as CSV.',
  },
  tooManyRows: {
    id: 'Berkas ini berisi lebih dari {limit} baris (batas satu lembar Excel). Bagi menjadi beberapa berkas.',
    en: 'This file has more than {limit} rows (the limit of one Excel sheet). Split it into several files.',
  },
  rowNumberInvalid: {
    id: 'Lembar {sheet} menyebut nomor baris {row}; nomor baris harus antara 1 dan {limit}. Berkasnya rusak: simpan ulang di Excel.',
    en: 'Sheet {sheet} names row number {row}; row numbers must be between 1 and {limit}. The file is damaged: save it again in Excel.',
  },
  fileStalled: {
    id: 'Berkas tidak bisa dibaca: pembacaan berhenti maju selama {seconds} detik. Kemungkinan berkasnya rusak; buka lalu simpan ulang di Excel, atau simpan sebagai CSV.',
    en: 'The file cannot be read: reading made no progress for {seconds} seconds. The file is probably damaged; open it and save it again in Excel, or save it as CSV.',
  },
  importTimedOut: {
    id: 'Impor dihentikan setelah {seconds} detik (batas waktu impor); tidak ada data yang disimpan. Bagi berkas menjadi beberapa bagian.',
    en: 'The import was stopped after {seconds} seconds (the import time limit); nothing was saved. Split the file into several parts.',
  },
  importCancelled: {
    id: 'Impor dibatalkan karena pengirim memutus sambungan; tidak ada data yang disimpan.',
    en: 'The import was cancelled because the sender disconnected; nothing was saved.',
  },
  tooManyImports: {
    id: 'Anda sudah menjalankan {limit} impor sekaligus; tunggu salah satunya selesai lalu coba lagi.',
    en: 'You already have {limit} imports running; wait for one to finish, then try again.',
  },
  serverImportsBusy: {
    id: 'Server sedang menjalankan {limit} impor sekaligus; coba lagi sebentar lagi.',
    en: 'The server is running {limit} imports at once; try again in a moment.',
  },
  rowsInvalid: {
    id: '{count} kesalahan di berkas; tidak ada data yang disimpan.',
    en: '{count} error(s) in the file; nothing was saved.',
  },
  moreErrors: { id: '… dan {count} kesalahan lain', en: '… and {count} more errors' },
  unknownKind: {
    id: 'Jenis data "{value}" tidak dikenal; pilihan: {allowed}.',
    en: 'Unknown kind "{value}"; choose: {allowed}.',
  },
  badExtension: {
    id: 'Berkas {file} harus berakhiran .csv atau .xlsx.',
    en: 'File {file} must end in .csv or .xlsx.',
  },
  badImportExtension: {
    id: 'Berkas {file} harus berakhiran .csv, .txt, .tsv atau .xlsx.',
    en: 'File {file} must end in .csv, .txt, .tsv or .xlsx.',
  },
  templateExtension: { id: 'Templat harus berkas .xlsx.', en: 'A template must be an .xlsx file.' },
  fileMissing: { id: 'Berkas {file} tidak ada.', en: 'File {file} does not exist.' },
  badContentType: {
    id: 'Kirim berkas dengan Content-Type text/csv atau {xlsx}.',
    en: 'Send the file with Content-Type text/csv or {xlsx}.',
  },
  enterpriseWhat: { id: 'IKM dan tahun', en: 'enterprise and year' },
  enterpriseOnly: { id: 'IKM', en: 'enterprise' },
  centerWhat: { id: 'sentra', en: 'centre' },
  institutionWhat: { id: 'lembaga', en: 'institution' },
  membershipWhat: { id: 'keanggotaan', en: 'membership' },
  sheetRow: { id: '{row} (lembar {sheet})', en: '{row} (sheet {sheet})' },
  inSheet: { id: 'Lembar {sheet}: {message}', en: 'Sheet {sheet}: {message}' },
} as const satisfies Record<string, Message>;

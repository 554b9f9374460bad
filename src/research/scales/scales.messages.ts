import type { Message } from '../../shared/lang.ts';

/** The words of the survey scales' rules and errors, id and en. */
export const SCALE_MESSAGES = {
  alphaTooFewItems: {
    id: 'Tidak terdefinisi: skala ini kurang dari 2 butir.',
    en: 'Undefined: the scale has fewer than 2 items.',
  },
  alphaTooFewRespondents: {
    id: 'Tidak terdefinisi: kurang dari 2 responden menjawab semua butir.',
    en: 'Undefined: fewer than 2 respondents answered every item.',
  },
  alphaNoVariance: {
    id: 'Tidak terdefinisi: skor total semua responden sama (varians nol).',
    en: 'Undefined: every respondent has the same total (zero variance).',
  },
  scoreRule: {
    id: 'Skor skala = rata-rata butir yang dijawab (butir terbalik dibalik 6 − jawaban), bila sedikitnya separuh butir skala dijawab; jika kurang, tanpa skor. α memakai responden yang menjawab semua butir.',
    en: 'Scale score = mean of the answered items (reverse-keyed items as 6 − answer), when at least half of the scale’s items are answered; otherwise no score. α uses the respondents who answered every item.',
  },
  nothingToChange: {
    id: 'Tidak ada yang diubah: kirim teks butir atau arah skornya.',
    en: 'Nothing to change: send the item’s wording or its keying.',
  },
  notCurrentVersion: {
    id: 'Butir ini milik versi {version} yang sudah diganti; ubah butir versi terbaru.',
    en: 'This item belongs to version {version}, which has been replaced; edit the current version’s item.',
  },
  unknownItem: {
    id: 'Butir "{key}" tidak ada pada instrumen proyek ini.',
    en: 'There is no item "{key}" in this project’s instruments.',
  },
  noAnswers: { id: 'Isi sedikitnya satu jawaban.', en: 'Give at least one answer.' },
  firmNotInProject: {
    id: 'IKM ini bukan IKM sentra yang diteliti proyek ini.',
    en: 'This enterprise is not a firm of a centre the project studies.',
  },
  alreadyAnswered: {
    id: 'IKM ini sudah punya jawaban untuk gelombang "{wave}" ({scales}); hapus dahulu bila ingin mengganti.',
    en: 'This enterprise already has answers for wave "{wave}" ({scales}); delete them first to replace them.',
  },
  nothingDeleted: {
    id: 'Tidak ada jawaban IKM ini untuk gelombang "{wave}".',
    en: 'This enterprise has no answers for wave "{wave}".',
  },
  notCsv: { id: 'Kirim berkas CSV sebagai isi permintaan.', en: 'Send the CSV file as the request body.' },
} satisfies Record<string, Message>;

/** The words of a survey CSV's problems; every one names the row and column as a spreadsheet numbers them. */
export const CSV_MESSAGES = {
  notUtf8: {
    id: 'Berkas bukan teks UTF-8 (misalnya Windows-1252). Simpan sebagai "CSV UTF-8" lalu coba lagi.',
    en: 'The file is not UTF-8 text (Windows-1252, for instance). Save it as "CSV UTF-8" and try again.',
  },
  badQuotes: {
    id: 'Baris {row}: tanda kutip tidak tertutup atau salah tempat.',
    en: 'Row {row}: a quote mark is not closed or is misplaced.',
  },
  empty: {
    id: 'Berkas kosong: baris 1 harus judul kolom (IKM, gelombang, lalu kode butir).',
    en: 'The file is empty: row 1 must be the headings (enterprise, wave, then item codes).',
  },
  tooFewColumns: {
    id: 'Baris 1: perlu kolom IKM, kolom gelombang, lalu sedikitnya satu kolom kode butir.',
    en: 'Row 1: an enterprise column, a wave column, then at least one item-code column are needed.',
  },
  unknownColumn: {
    id: 'Baris 1, kolom {column}: "{heading}" bukan kode butir ({known}) atau answered_on.',
    en: 'Row 1, column {column}: "{heading}" is not an item code ({known}) or answered_on.',
  },
  duplicateColumn: {
    id: 'Baris 1, kolom {column}: "{heading}" sudah ada di kolom {first}.',
    en: 'Row 1, column {column}: "{heading}" is already column {first}.',
  },
  tooManyRows: {
    id: 'Berkas lebih dari {max} baris jawaban; bagi menjadi beberapa berkas.',
    en: 'The file has more than {max} rows of answers; split it into several files.',
  },
  tooManyCells: {
    id: 'Baris {row}: {cells} sel, padahal judul hanya {columns} kolom.',
    en: 'Row {row}: {cells} cells, but the headings have only {columns} columns.',
  },
  blankFirm: {
    id: 'Baris {row}, kolom 1 (IKM): kosong; isi id IKM atau kodenya.',
    en: 'Row {row}, column 1 (enterprise): empty; give the enterprise’s id or code.',
  },
  unknownFirm: {
    id: 'Baris {row}, kolom 1 (IKM): "{value}" bukan IKM sentra proyek ini (harapkan id, kode registri atau nama samaran seperti tampil di Simpul).',
    en: 'Row {row}, column 1 (enterprise): "{value}" is not a firm of the project’s centres (expected its id, registry code or pseudonym as Simpul shows it).',
  },
  blankWave: {
    id: 'Baris {row}, kolom 2 (gelombang): kosong; isi label gelombang, misalnya 2024-1.',
    en: 'Row {row}, column 2 (wave): empty; give the wave’s label, e.g. 2024-1.',
  },
  longWave: {
    id: 'Baris {row}, kolom 2 (gelombang): paling banyak 100 karakter pada satu baris.',
    en: 'Row {row}, column 2 (wave): at most 100 characters on one line.',
  },
  badDate: {
    id: 'Baris {row}, kolom {column} (answered_on): "{value}" bukan tanggal TTTT-BB-HH.',
    en: 'Row {row}, column {column} (answered_on): "{value}" is not a YYYY-MM-DD date.',
  },
  badAnswer: {
    id: 'Baris {row}, kolom {column} ({key}): "{value}" bukan jawaban; harapkan bilangan bulat 1–5 atau sel kosong.',
    en: 'Row {row}, column {column} ({key}): "{value}" is not an answer; expected a whole number 1–5 or an empty cell.',
  },
  noAnswers: {
    id: 'Baris {row}: tidak ada satu pun jawaban.',
    en: 'Row {row}: not a single answer.',
  },
  duplicateRow: {
    id: 'Baris {row}: IKM dan gelombang ini sudah ada di baris {first}.',
    en: 'Row {row}: this enterprise and wave are already in row {first}.',
  },
  alreadyAnswered: {
    id: 'Baris {row}: IKM ini sudah punya jawaban untuk gelombang "{wave}"; hapus dahulu bila ingin mengganti.',
    en: 'Row {row}: this enterprise already has answers for wave "{wave}"; delete them first to replace them.',
  },
  summary: {
    id: 'Berkas CSV tidak diimpor; tidak ada yang ditulis. Masalah: {count}.',
    en: 'The CSV file was not imported; nothing was written. Problems: {count}.',
  },
} satisfies Record<string, Message>;

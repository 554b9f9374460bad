import type { ImportKind } from '../../../src/io/io.schema.ts';
import { defineMessages, type Message } from '../i18n/i18n.tsx';

/** Strings of the import wizard. */
export const m = defineMessages({
  title: { id: 'Impor berkas', en: 'Import a file' },
  intro: {
    id: 'Impor berlaku utuh: bila satu baris salah, tidak ada yang disimpan. Periksa dulu, lalu impor.',
    en: 'An import is all or nothing: if one row is wrong, nothing is saved. Check first, then import.',
  },
  step1: { id: '1. Jenis data', en: '1. Kind of data' },
  step2: { id: '2. Berkas', en: '2. File' },
  step3: { id: '3. Periksa dan impor', en: '3. Check and import' },
  template: { id: 'Unduh templat XLSX', en: 'Download the XLSX template' },
  templateHint: {
    id: 'Templat berisi judul kolom dan lembar "petunjuk".',
    en: 'The template has the column headers and a "petunjuk" (instructions) sheet.',
  },
  file: { id: 'Berkas CSV atau XLSX', en: 'CSV or XLSX file' },
  region: { id: 'Kabupaten/kota untuk nama desa', en: 'Regency/city for village names' },
  regionHint: {
    id: 'Opsional: pilih bila kolom keldesa/kecamatan berisi nama, bukan kode.',
    en: 'Optional: choose one when the keldesa/kecamatan columns hold names rather than codes.',
  },
  province: { id: 'Provinsi', en: 'Province' },
  regency: { id: 'Kabupaten/kota', en: 'Regency/city' },
  check: { id: 'Periksa berkas', en: 'Check the file' },
  checking: { id: 'Memeriksa…', en: 'Checking…' },
  commit: { id: 'Impor sekarang', en: 'Import now' },
  committing: { id: 'Mengimpor…', en: 'Importing…' },
  chooseFile: { id: 'Pilih berkas dahulu.', en: 'Choose a file first.' },
  previewOk: {
    id: 'Berkas benar: {rows} baris; akan ditambah {inserted}, diperbarui {updated}, tidak berubah {unchanged}.',
    en: 'The file is correct: {rows} rows; {inserted} would be added, {updated} updated, {unchanged} unchanged.',
  },
  done: {
    id: 'Impor selesai: {rows} baris; ditambah {inserted}, diperbarui {updated}, tidak berubah {unchanged}.',
    en: 'Import done: {rows} rows; {inserted} added, {updated} updated, {unchanged} unchanged.',
  },
  researchProject: { id: 'Proyek penelitian (opsional)', en: 'Research project (optional)' },
  researchProjectHint: {
    id: 'Responden menjadi informan proyek ini (izin wawancara dan penautan registri) dan tiap jawaban menjadi bukti ikatannya.',
    en: 'Respondents become informants of this project (interview and registry-link consent) and each answer evidence of its tie.',
  },
  researchDone: {
    id: 'Proyek penelitian: {created} informan baru, {linked} informan yang sudah ada, {questionnaires} kuesioner, {evidence} bukti ikatan.',
    en: 'Research project: {created} new informants, {linked} existing informants, {questionnaires} questionnaires, {evidence} pieces of tie evidence.',
  },
  readAs: {
    id: 'Berkas dibaca sebagai {encoding}. Bila huruf beraksen tampak salah, simpan ulang sebagai "CSV UTF-8".',
    en: 'The file was read as {encoding}. If accented letters look wrong, save it again as "CSV UTF-8".',
  },
  errorsTitle: { id: 'Kesalahan dalam berkas', en: 'Problems in the file' },
  notImported: {
    id: 'Berkas tidak diimpor; tidak ada data yang diubah.',
    en: 'The file was not imported; no data was changed.',
  },
  errorsIntro: {
    id: 'Perbaiki baris berikut, lalu periksa lagi.',
    en: 'Fix these rows, then check again.',
  },
  sheet: { id: 'Lembar', en: 'Sheet' },
  row: { id: 'Baris', en: 'Row' },
  column: { id: 'Kolom', en: 'Column' },
  problem: { id: 'Masalah', en: 'Problem' },
  runQueued: {
    id: 'Impor sudah dalam antrean; menunggu giliran…',
    en: 'The import is queued; waiting for its turn…',
  },
  runReading: { id: 'Mengimpor: {rows} baris sudah dibaca…', en: 'Importing: {rows} rows read so far…' },
  runWriting: {
    id: 'Mengimpor: {rows} baris diperiksa, sedang disimpan…',
    en: 'Importing: {rows} rows checked, saving…',
  },
});

/** Each importable kind's name and what its file holds. */
export const KIND_LABELS: Record<ImportKind, { title: Message; description: Message }> = {
  centers: {
    title: { id: 'Sentra', en: 'Centres' },
    description: { id: 'Satu baris per sentra.', en: 'One row per centre.' },
  },
  enterprises: {
    title: { id: 'IKM (data Dinas)', en: 'Enterprises (Dinas sheet)' },
    description: {
      id: 'Lembar pendataan IKM: profil dan angka tahunan (TKL, TKP, nilai produksi…).',
      en: 'The Dinas enterprise sheet: profile and yearly figures (workers, production value…).',
    },
  },
  institutions: {
    title: { id: 'Lembaga', en: 'Institutions' },
    description: { id: 'Koperasi, paguyuban, UPT…', en: 'Cooperatives, associations, technical units…' },
  },
  memberships: {
    title: { id: 'Keanggotaan sentra', en: 'Centre memberships' },
    description: {
      id: 'IKM mana anggota sentra mana, sejak kapan.',
      en: 'Which firm belongs to which centre, since when.',
    },
  },
  interactions: {
    title: { id: 'Ikatan', en: 'Ties' },
    description: {
      id: 'Maklun, order bersama, konflik… antar-IKM.',
      en: 'Subcontracting, shared orders, conflicts… between firms.',
    },
  },
  'name-generator': {
    title: { id: 'Kuesioner name-generator', en: 'Name-generator survey' },
    description: {
      id: 'Jawaban survei "dengan siapa Anda bekerja sama".',
      en: 'Answers to the "who do you work with" survey.',
    },
  },
  capabilities: {
    title: { id: 'Profil kemampuan produksi', en: 'Production capability profiles' },
    description: {
      id: 'Satu baris per IKM: proses (kode:tingkat), kapasitas, kapasitas luang, sertifikasi, mesin (jenis:jumlah:asal).',
      en: 'One row per enterprise: processes (code:level), capacity, spare capacity, certifications, machines (type:count:acquired).',
    },
  },
};

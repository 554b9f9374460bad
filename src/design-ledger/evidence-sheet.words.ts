import type { Message } from '../shared/lang.ts';

/** The evidence sheet's words, id and en. */
export const SHEET_WORDS = {
  heading: { id: 'Lembar Bukti Buku Desain Simpul', en: 'Simpul Design Ledger Evidence Sheet' },
  intro: {
    id: 'Lembar ini mencatat bahwa desain di bawah ini tercatat di buku desain Simpul pada waktu yang tertera. Setiap catatan terkait dengan catatan sebelumnya melalui hash SHA-256, sehingga perubahan apa pun kemudian dapat diketahui.',
    en: 'This sheet records that the design below was entered in the Simpul design ledger at the time shown. Each record is linked to the one before it by a SHA-256 hash, so any later change can be detected.',
  },
  title: { id: 'Judul', en: 'Title' },
  enterprise: { id: 'IKM', en: 'Enterprise' },
  category: { id: 'Kategori', en: 'Category' },
  firstPublished: { id: 'Pertama dipublikasikan', en: 'First published' },
  unknown: { id: 'tidak diketahui', en: 'unknown' },
  description: { id: 'Uraian', en: 'Description' },
  recordedAt: { id: 'Dicatat pada (waktu server)', en: 'Recorded at (server time)' },
  position: { id: 'Posisi dalam rantai', en: 'Position in the chain' },
  previousHash: { id: 'Hash catatan sebelumnya', en: "Previous record's hash" },
  recordHash: { id: 'Hash catatan ini', en: "This record's hash" },
  code: { id: 'Kode verifikasi', en: 'Verification code' },
  howToCheck: {
    id: 'Siapa pun dapat memeriksa kode ini tanpa akun di {url}',
    en: 'Anyone can check this code, without an account, at {url}',
  },
  image: { id: 'Gambar {n}', en: 'Image {n}' },
  imageSha: { id: 'SHA-256 gambar tersimpan', en: 'SHA-256 of the stored image' },
  originalSha: { id: 'SHA-256 berkas asli', en: 'SHA-256 of the original file' },
  perceptual: { id: 'Hash perseptual (64 bit)', en: 'Perceptual hash (64 bits)' },
  footer: {
    id: 'Catatan ini bukan pendaftaran desain industri (DJKI) dan bukan nasihat hukum; ia bukti bertanggal bahwa desain ini sudah ada.',
    en: 'This record is not an industrial design registration (DJKI) and not legal advice; it is dated proof that the design existed.',
  },
} satisfies Record<string, Message>;

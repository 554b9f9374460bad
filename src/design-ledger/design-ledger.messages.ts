import type { Message } from '../shared/lang.ts';

/** The sentences of the design ledger, id and en; `{…}` are filled in by `tr`. */
export const LEDGER_MESSAGES = {
  notFound: { id: 'Catatan desain {id} tidak ditemukan.', en: 'Design record {id} was not found.' },
  imageNotFound: { id: 'Gambar desain {id} tidak ditemukan.', en: 'Design image {id} was not found.' },
  codeNotFound: {
    id: 'Kode verifikasi {code} tidak ada di buku desain.',
    en: 'Verification code {code} is not in the design ledger.',
  },
  badImages: { id: 'Gambar desain belum bisa diterima.', en: 'The design images cannot be accepted.' },
  notBase64: {
    id: 'Gambar {n} ({file}) tidak terbaca: isinya harus berkas gambar yang dikodekan base64.',
    en: 'Image {n} ({file}) cannot be read: it must be an image file encoded as base64.',
  },
  tooLarge: {
    id: 'Gambar {n} ({file}) berukuran {size} MB; paling besar {max} MB per gambar.',
    en: 'Image {n} ({file}) is {size} MB; at most {max} MB per image.',
  },
  notImage: {
    id: 'Gambar {n} ({file}) bukan gambar JPEG, PNG atau WebP.',
    en: 'Image {n} ({file}) is not a JPEG, PNG or WebP image.',
  },
  tooManyPixels: {
    id: 'Gambar {n} ({file}) berukuran {width} × {height} piksel; paling banyak {max} juta piksel.',
    en: 'Image {n} ({file}) is {width} × {height} pixels; at most {max} million pixels.',
  },
  broken: {
    id: 'Gambar {n} ({file}) rusak atau terpotong; kirim ulang berkas aslinya.',
    en: 'Image {n} ({file}) is damaged or cut short; send the original file again.',
  },
  sameImageTwice: {
    id: 'Gambar {n} sama dengan gambar {first} dalam catatan ini.',
    en: 'Image {n} is the same as image {first} in this record.',
  },
  enterpriseMissing: { id: 'IKM {id} tidak ditemukan.', en: 'Enterprise {id} was not found.' },
  linkBroken: {
    id: 'Rantai rusak di posisi {seq} (catatan {id}): {reason}.',
    en: 'The chain is broken at position {seq} (record {id}): {reason}.',
  },
  chainIntact: {
    id: 'Rantai utuh: {count} catatan diperiksa.',
    en: 'The chain is intact: {count} records checked.',
  },
} satisfies Record<string, Message>;

/** Why a link is broken, in words. */
export const BROKEN_REASONS = {
  record_hash: {
    id: 'isi catatan tidak lagi sesuai dengan hash-nya',
    en: "the record's content no longer matches its hash",
  },
  previous_hash: {
    id: 'hash catatan sebelumnya tidak cocok',
    en: "the previous record's hash does not match",
  },
  image_bytes: {
    id: 'sebuah gambar tidak lagi sesuai dengan SHA-256-nya',
    en: 'an image no longer matches its SHA-256',
  },
  sequence: { id: 'urutan rantai terputus', en: 'the chain sequence has a gap' },
} satisfies Record<string, Message>;

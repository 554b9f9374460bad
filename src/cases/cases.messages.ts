import type { Message } from '../shared/lang.ts';

/** The sentences of the cases domain, id and en; `{…}` are filled in by `tr`. */
export const CASE_MESSAGES = {
  notFound: { id: 'Kasus konflik {id} tidak ditemukan.', en: 'Conflict case {id} was not found.' },
  invalid: { id: 'Isian kasus belum benar.', en: 'The case is not filled in correctly.' },
  versionConflict: {
    id: 'Kasus ini sudah diubah orang lain (versi {actual}, Anda membaca versi {expected}). Muat ulang lalu coba lagi.',
    en: 'Someone else changed this case (version {actual}; you read version {expected}). Reload and try again.',
  },
  statusMove: {
    id: 'Kasus tidak bisa berpindah dari "{from}" ke "{to}".',
    en: 'A case cannot move from "{from}" to "{to}".',
  },
  notOpen: {
    id: 'Kasus ini sudah "{status}": tidak bisa ditambah lagi.',
    en: 'This case is {status}: nothing more can be added to it.',
  },
  dueBeforeAgreement: {
    id: 'Tenggat janji ({due}) tidak boleh sebelum tanggal kesepakatan ({agreedOn}).',
    en: 'A commitment cannot be due ({due}) before the agreement date ({agreedOn}).',
  },
  agreeWithText: {
    id: 'Catat kesepakatan (teks dan janji-janjinya) untuk memindahkan kasus ke "sepakat".',
    en: 'Record the agreement (its text and commitments) to move the case to "agreed".',
  },
  agreementNeedsMediation: {
    id: 'Kesepakatan hanya bisa dicatat saat mediasi berlangsung (sekarang "{status}").',
    en: 'An agreement can only be recorded while the case is in mediation (it is {status}).',
  },
  referralNeeded: {
    id: 'Pilih ke mana kasus dirujuk (DJKI, KPPU, pengadilan atau polisi).',
    en: 'Choose where the case is referred to (DJKI, KPPU, court or police).',
  },
  centerMissing: { id: 'Sentra {id} tidak ditemukan.', en: 'Centre {id} was not found.' },
  partyMissing: { id: 'Pihak {id} tidak ditemukan.', en: 'Party {id} was not found.' },
  ownFirmNotParty: {
    id: 'Laporan dari pihak harus menyebut usaha Anda sendiri sebagai salah satu pihak.',
    en: 'A report by a party must name your own enterprise as one of the parties.',
  },
  tieMissing: { id: 'Hubungan {id} tidak ditemukan.', en: 'Tie {id} was not found.' },
  tieNotConflict: {
    id: 'Hubungan {id} bukan hubungan konflik, jadi tidak bisa dikaitkan dengan kasus.',
    en: 'Tie {id} is not a conflict tie, so it cannot be linked to a case.',
  },
  tieOtherCenter: {
    id: 'Hubungan {id} milik sentra lain.',
    en: 'Tie {id} belongs to another centre.',
  },
  commitmentMissing: { id: 'Janji {id} tidak ditemukan.', en: 'Commitment {id} was not found.' },
  evidenceMissing: { id: 'Bukti {id} tidak ditemukan.', en: 'Evidence item {id} was not found.' },
  badMediaType: {
    id: 'Berkas bukti harus berupa foto (JPEG, PNG, WebP) atau PDF.',
    en: 'An evidence file must be a photo (JPEG, PNG, WebP) or a PDF.',
  },
  fileTooLarge: {
    id: 'Berkas bukti terlalu besar (paling besar {mb} MB).',
    en: 'The evidence file is too large (at most {mb} MB).',
  },
  fileEmpty: { id: 'Berkas bukti kosong.', en: 'The evidence file is empty.' },
  imageTooManyPixels: {
    id: 'Foto bukti berukuran {width} × {height} piksel; paling banyak {max} juta piksel.',
    en: 'The evidence photo is {width} × {height} pixels; at most {max} million pixels.',
  },
  imageBroken: {
    id: 'Foto bukti rusak atau terpotong; kirim ulang berkas aslinya.',
    en: 'The evidence photo is damaged or cut short; send the original file again.',
  },
  codeUnknown: {
    id: 'Kode tindak lanjut tidak dikenal. Periksa lagi kodenya.',
    en: 'This follow-up code is not known. Check the code again.',
  },
  tieFieldsNeeded: {
    id: 'Pilih hubungan yang sudah tercatat, atau isi kedua IKM dan tanggal mulai konflik.',
    en: 'Choose a recorded tie, or give both enterprises and the date the conflict began.',
  },
  tieNote: {
    id: 'Dicatat dari kasus konflik {id}.',
    en: 'Recorded from conflict case {id}.',
  },
  hidden: { id: '(disembunyikan)', en: '(withheld)' },
} as const satisfies Record<string, Message>;

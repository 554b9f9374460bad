/** Messages of sign-in, accounts and access control, in Bahasa Indonesia and English. */
export const authMessages = {
  signInRequired: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  forbidden: { id: 'Anda tidak berhak melakukan ini.', en: 'You are not allowed to do this.' },
  outOfScope: {
    id: 'Data ini di luar wilayah atau sentra tugas Anda.',
    en: 'This record is outside the regions or centres assigned to you.',
  },
  readOnlyToken: { id: 'Token API ini hanya untuk membaca.', en: 'This API token is read-only.' },
  badCredentials: { id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
  locked: {
    id: 'Terlalu banyak percobaan gagal. Akun dikunci sementara; coba lagi dalam {minutes} menit.',
    en: 'Too many failed attempts. The account is locked; try again in {minutes} minutes.',
  },
  inactive: { id: 'Akun ini dinonaktifkan.', en: 'This account is disabled.' },
  sessionExpired: {
    id: 'Sesi Anda berakhir. Silakan masuk lagi.',
    en: 'Your session has ended. Please sign in again.',
  },
  badToken: {
    id: 'Token API tidak sah, kedaluwarsa atau dicabut.',
    en: 'The API token is invalid, expired or revoked.',
  },
  csrf: {
    id: 'Permintaan ditolak: token CSRF tidak ada atau salah (kirim header X-CSRF-Token).',
    en: 'Request refused: missing or wrong CSRF token (send the X-CSRF-Token header).',
  },
  wrongPassword: { id: 'Kata sandi sekarang salah.', en: 'The current password is wrong.' },
  scopeRequired: {
    id: 'Peran {role} memerlukan paling sedikit satu cakupan {kind}.',
    en: 'Role {role} needs at least one {kind} scope.',
  },
  unknownScope: { id: 'Cakupan {kind} {ref} tidak ditemukan.', en: 'Unknown {kind} scope {ref}.' },
  rateLimited: {
    id: 'Terlalu banyak permintaan; coba lagi dalam {seconds} detik.',
    en: 'Too many requests; try again in {seconds} seconds.',
  },
} as const;

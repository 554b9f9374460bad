/** Messages about choosing a password, in Bahasa Indonesia and English; `{label}` names the field. */
export const passwordMessages = {
  label: {
    password: { id: 'Kata sandi', en: 'Password' },
    newPassword: { id: 'Kata sandi baru', en: 'New password' },
  },
  tooShort: {
    id: '{label} harus paling sedikit {min} karakter. Beberapa kata yang tidak umum, dipisah spasi, mudah diingat.',
    en: '{label} must have at least {min} characters. A few uncommon words with spaces are easy to remember.',
  },
  tooLong: {
    id: '{label} boleh paling banyak {max} karakter.',
    en: '{label} may have at most {max} characters.',
  },
  containsEmailName: {
    id: '{label} tidak boleh memuat nama pada alamat email ({name}).',
    en: '{label} must not contain the name in the e-mail address ({name}).',
  },
  containsName: {
    id: '{label} tidak boleh memuat nama Anda.',
    en: '{label} must not contain your name.',
  },
  weak: { id: '{label} terlalu mudah ditebak.', en: '{label} is too easy to guess.' },
  useWords: {
    id: 'Gunakan beberapa kata yang tidak umum; simbol dan huruf besar tidak wajib.',
    en: 'Use a few uncommon words; symbols and capitals are not required.',
  },
} as const;

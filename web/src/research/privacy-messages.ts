import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the privacy page, the re-identification badge and the code-by-centre matrix. */
export const pm = defineMessages({
  privacyTitle: { id: 'Risiko identifikasi ulang', en: 'Re-identification risk' },
  privacyIntro: {
    id: 'Peringatan di mana kutipan, kombinasi atribut, atau sentra yang kecil dapat membuat informan dikenali. Informan disebut dengan nama samaran; apa yang ditemukan tidak ditampilkan.',
    en: 'Warnings where a quotation, an attribute combination or a small centre could make an informant recognisable. Informants are named by pseudonym; what was found is not shown.',
  },
  rules: {
    id: 'Aturan: k = {k} (kombinasi atribut harus dimiliki sedikitnya {k} informan); sentra dengan kurang dari {firms} usaha sejenis dianggap kecil. Diperiksa {informants} informan dan {quotations} kutipan.',
    en: 'Rules: k = {k} (an attribute combination must be shared by at least {k} informants); a centre with fewer than {firms} firms of a kind is small. Checked {informants} informants and {quotations} quotations.',
  },
  none: { id: 'Tidak ada peringatan.', en: 'No warnings.' },
  informant: { id: 'Informan', en: 'Informant' },
  kind: { id: 'Jenis', en: 'Kind' },
  why: { id: 'Mengapa', en: 'Why' },
  whatToDo: { id: 'Yang perlu dilakukan', en: 'What to do' },
  quotation: { id: 'Kutipan', en: 'Quotation' },
  attributes: { id: 'Kombinasi atribut', en: 'Attribute combination' },
  small_center: { id: 'Sentra kecil', en: 'Small centre' },
  unknownInformant: { id: '(tidak diketahui)', en: '(unknown)' },
  masked: { id: 'Kutipan tersamar', en: 'Masked quotation' },
  badge: { id: 'Risiko identifikasi', en: 'Identification risk' },
  openPrivacy: { id: 'Risiko identifikasi ulang', en: 'Re-identification risk' },
  openMatrix: { id: 'Matriks kode × sentra', en: 'Code × centre matrix' },
  openEvidence: { id: 'Bukti ikatan', en: 'Tie evidence' },
  matrixTitle: { id: 'Matriks kode × sentra', en: 'Code × centre matrix' },
  matrixIntro: {
    id: 'Jumlah segmen berkode (dan dokumen) per kode dan sentra informan, tanpa kutipan informan yang mengundurkan diri. Di bawah tiap sentra: indikator jaringan dari analisis tersimpan sentra itu.',
    en: 'Coded segments (and documents) per code and informant’s centre, leaving out informants who withdrew. Under each centre: network indicators from its stored analysis.',
  },
  code: { id: 'Kode', en: 'Code' },
  cell: { id: '{s} segmen, {d} dokumen', en: '{s} segments, {d} documents' },
  indicators: { id: 'Indikator jaringan', en: 'Network indicators' },
  corroborationRate: { id: 'Tingkat koroborasi', en: 'Corroboration rate' },
  tiesWithEvidence: { id: 'Ikatan berbukti', en: 'Ties with evidence' },
  pattern: { id: 'Pola', en: 'Pattern' },
  noNetwork: { id: 'Jaringan tidak dapat dibaca', en: 'Network not readable' },
  withoutCenter: {
    id: '{n} segmen berkode berasal dari informan tanpa sentra (tidak masuk kolom mana pun).',
    en: '{n} coded segments come from informants without a centre (in no column).',
  },
  noCodes: { id: 'Proyek ini belum memiliki kode.', en: 'This project has no codes yet.' },
  noCenters: { id: 'Proyek ini belum meneliti sentra mana pun.', en: 'This project studies no centre yet.' },
});

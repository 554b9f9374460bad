import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the field research screens. */
export const rm = defineMessages({
  toolsIntro: {
    id: 'Untuk peneliti lapangan: hitung kesepakatan antarpengode dari tabel unit × pengode —',
    en: 'For field researchers: compute the agreement between coders from a units × coders table —',
  },
  title: { id: 'Kesepakatan antarpengode', en: 'Inter-coder agreement' },
  intro: {
    id: 'Unggah tabel unit × pengode (CSV UTF-8): kolom pertama id unit, lalu satu kolom per pengode; sel kosong berarti unit itu tidak dikode pengode tersebut. Koma atau titik koma; desimal titik atau koma.',
    en: 'Upload a units × coders table (CSV UTF-8): the first column the unit id, then one column per coder; an empty cell means that coder did not code the unit. Comma or semicolon; decimal point or comma.',
  },
  file: { id: 'Berkas CSV', en: 'CSV file' },
  level: { id: 'Tingkat ukur', en: 'Level of measurement' },
  nominal: {
    id: 'Nominal (kategori tanpa urutan, mis. kode tema)',
    en: 'Nominal (unordered categories, e.g. theme codes)',
  },
  ordinal: { id: 'Ordinal (berurutan, mis. skala Likert)', en: 'Ordinal (ordered, e.g. a Likert scale)' },
  interval: { id: 'Interval (selisih bermakna)', en: 'Interval (differences meaningful)' },
  ratio: { id: 'Rasio (nol mutlak, mis. jumlah)', en: 'Ratio (true zero, e.g. counts)' },
  compute: { id: 'Hitung', en: 'Compute' },
  chooseFile: { id: 'Pilih berkas CSV dulu.', en: 'Choose a CSV file first.' },
  summary: {
    id: '{coders} pengode · {units} unit ({pairable} diisi dua pengode atau lebih)',
    en: '{coders} coders · {units} units ({pairable} coded by two or more coders)',
  },
  coefficient: { id: 'Koefisien', en: 'Coefficient' },
  value: { id: 'Nilai', en: 'Value' },
  unitsUsed: { id: 'Unit yang dipakai', en: 'Units used' },
  readAlpha: {
    id: 'Cara membaca α: 1 berarti sepakat sempurna, 0 sama dengan kebetulan; Krippendorff menyarankan α ≥ 0,800 untuk kesimpulan, ≥ 0,667 untuk kesimpulan sementara.',
    en: 'Reading α: 1 is perfect agreement, 0 is chance; Krippendorff advises α ≥ 0.800 for conclusions and ≥ 0.667 for tentative ones.',
  },
});

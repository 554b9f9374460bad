import type { UndefinedReason } from '../analysis/index.ts';
import type { Message } from '../shared/lang.ts';

/** The coefficients' names, as a report or the terminal shows them. */
export const COEFFICIENT_NAMES: Record<string, Message> = {
  percentAgreement: { id: 'Persentase kesepakatan', en: 'Percent agreement' },
  krippendorffAlpha: { id: 'α Krippendorff', en: "Krippendorff's α" },
  cohenKappa: { id: 'κ Cohen', en: "Cohen's κ" },
  cohenKappaLinear: { id: 'κ Cohen berbobot linear', en: "Cohen's κ, linear weights" },
  cohenKappaQuadratic: { id: 'κ Cohen berbobot kuadratik', en: "Cohen's κ, quadratic weights" },
  scottPi: { id: 'π Scott', en: "Scott's π" },
  fleissKappa: { id: 'κ Fleiss', en: "Fleiss' κ" },
};

/** Why a coefficient has no value, in words. */
export const UNDEFINED_REASONS: Record<UndefinedReason, Message> = {
  single_coder: {
    id: 'tidak terdefinisi: hanya satu pengode yang mengisi',
    en: 'undefined: only one coder coded anything',
  },
  no_pairable_unit: {
    id: 'tidak terdefinisi: tidak ada unit yang diisi dua pengode atau lebih',
    en: 'undefined: no unit was coded by two or more coders',
  },
  single_value: {
    id: 'tidak terdefinisi: semua nilai sama (hanya satu kategori)',
    en: 'undefined: every value is the same (a single category)',
  },
  needs_two_coders: {
    id: 'hanya untuk tepat dua pengode',
    en: 'defined for exactly two coders',
  },
  not_numeric: {
    id: 'tidak terdefinisi: ada nilai yang bukan angka pada tingkat ukur ini',
    en: 'undefined: a value is not a number at this level of measurement',
  },
};

/** The levels of measurement in words. */
export const LEVEL_NAMES: Record<string, Message> = {
  nominal: { id: 'nominal', en: 'nominal' },
  ordinal: { id: 'ordinal', en: 'ordinal' },
  interval: { id: 'interval', en: 'interval' },
  ratio: { id: 'rasio', en: 'ratio' },
};

/** What can be wrong with a units × coders file. */
export const TABLE_PROBLEMS = {
  notUtf8: {
    id: 'Berkas bukan teks UTF-8. Simpan sebagai "CSV UTF-8" lalu coba lagi.',
    en: 'The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.',
  },
  empty: {
    id: 'Berkas kosong: baris pertama harus berisi judul kolom (unit, lalu satu kolom per pengode).',
    en: 'The file is empty: the first row must hold the headings (unit, then one column per coder).',
  },
  noCoders: {
    id: 'Baris judul hanya berisi kolom unit: tambahkan satu kolom per pengode.',
    en: 'The heading row holds only the unit column: add one column per coder.',
  },
  blankCoder: { id: 'Kolom {column}: nama pengode kosong.', en: 'Column {column}: the coder name is empty.' },
  duplicateCoder: {
    id: 'Kolom {column}: pengode "{name}" sudah ada di kolom lain.',
    en: 'Column {column}: coder "{name}" already has a column.',
  },
  blankUnit: { id: 'Baris {row}: id unit kosong.', en: 'Row {row}: the unit id is empty.' },
  duplicateUnit: {
    id: 'Baris {row}: unit "{unit}" sudah ada di baris {first}.',
    en: 'Row {row}: unit "{unit}" already appears in row {first}.',
  },
  tooManyCells: {
    id: 'Baris {row}: {cells} sel, lebih banyak dari {columns} kolom judul.',
    en: 'Row {row}: {cells} cells, more than the {columns} heading columns.',
  },
  notANumber: {
    id: 'Baris {row}, kolom {coder}: "{value}" bukan angka; tingkat ukur {level} memerlukan angka (mis. 3 atau 2,5), atau sel kosong bila tidak dikode.',
    en: 'Row {row}, column {coder}: "{value}" is not a number; the {level} level needs numbers (e.g. 3 or 2.5), or an empty cell when not coded.',
  },
  negativeRatio: {
    id: 'Baris {row}, kolom {coder}: {value} negatif; tingkat ukur rasio memerlukan angka nol atau lebih.',
    en: 'Row {row}, column {coder}: {value} is negative; the ratio level needs numbers of zero or more.',
  },
  tooManyUnits: {
    id: 'Berkas memuat lebih dari {max} unit.',
    en: 'The file holds more than {max} units.',
  },
  badQuotes: {
    id: 'Baris {row}: tanda kutip tidak tertutup atau salah tempat.',
    en: 'Row {row}: a quote mark is not closed or is misplaced.',
  },
} satisfies Record<string, Message>;

/**
 * Glossary of the conflict-case KPIs (issue #19; docs/design-choices.md "Conflict-case KPIs"): what each
 * means in one line and why it matters for a centre.
 */

import type { GlossaryEntry } from './glossary-types.ts';
import type { CaseKpiKey } from './measure-format.ts';

/** One entry per case KPI and per breakdown (a test checks every key of `CASE_KPI_FORMATS` is here). */
export const CASE_KPI_GLOSSARY: Record<CaseKpiKey | 'casesByType' | 'casesByStatus', GlossaryEntry> = {
  cases: {
    term: { id: 'Kasus konflik', en: 'Conflict cases' },
    meaning: {
      id: 'Kasus konflik kepentingan yang dilaporkan dalam periode. Jumlah di bawah 3 ditampilkan “< 3”.',
      en: 'Conflict-of-interest cases reported in the period. Counts under 3 are shown as “< 3”.',
    },
    why: {
      id: 'Menunjukkan seberapa sering perselisihan antarpengrajin sampai dilaporkan, tanpa membuka kasus mana pun.',
      en: 'Shows how often disputes between craftsmen get reported, without revealing any single case.',
    },
  },
  casesByType: {
    term: { id: 'Kasus menurut jenis', en: 'Cases by type' },
    meaning: {
      id: 'Kasus dalam periode menurut jenis konflik (banting harga, tiru desain, …). Sel kecil disembunyikan.',
      en: 'Cases of the period by conflict type (undercutting, design copying, …). Small cells are hidden.',
    },
    why: {
      id: 'Jenis yang sering muncul menunjukkan aturan bersama atau pendampingan yang dibutuhkan sentra.',
      en: 'The frequent types show which shared rules or support the centre needs.',
    },
  },
  casesByStatus: {
    term: { id: 'Kasus menurut status', en: 'Cases by status' },
    meaning: {
      id: 'Kasus dalam periode menurut tahapnya sekarang, dari dilaporkan sampai selesai. Sel kecil disembunyikan.',
      en: 'Cases of the period by where they stand now, from reported to closed. Small cells are hidden.',
    },
    why: {
      id: 'Banyak kasus yang tertahan di satu tahap menandakan mediasi yang tersendat.',
      en: 'Many cases held at one stage point to mediation that is stuck.',
    },
  },
  resolutionRate: {
    term: { id: 'Tingkat penyelesaian', en: 'Resolution rate' },
    meaning: {
      id: 'Kasus yang sepakat (atau selesai dengan kesepakatan) dibagi kasus yang sudah berakhir: sepakat, tidak sepakat, dirujuk atau selesai.',
      en: 'Cases agreed (or closed with an agreement) divided by the cases that ended: agreed, not agreed, referred or closed.',
    },
    why: {
      id: 'Mengukur apakah mediasi di sentra berhasil, bukan hanya dijalankan.',
      en: 'Measures whether mediation in the centre works, not only whether it is held.',
    },
  },
  medianDaysToAgreement: {
    term: { id: 'Hari sampai sepakat (median)', en: 'Days to agreement (median)' },
    meaning: {
      id: 'Median jumlah hari dari laporan sampai tanggal kesepakatan, atas kasus yang mencapai kesepakatan.',
      en: 'The median number of days from the report to the agreement date, over the cases that reached one.',
    },
    why: {
      id: 'Perselisihan yang lama dibiarkan merusak kerja sama; penyelesaian cepat menjaga jaringan.',
      en: 'Disputes left open damage collaboration; quick settlement keeps the network together.',
    },
  },
  recurrenceRate: {
    term: { id: 'Kasus berulang', en: 'Recurrence' },
    meaning: {
      id: 'Bagian kasus antara pihak yang sama (sedikitnya dua pihak) dengan kasus lain dalam 12 bulan sebelumnya.',
      en: 'Share of cases between the same parties (at least two) as another case in the 12 months before.',
    },
    why: {
      id: 'Kasus berulang berarti kesepakatan tidak bertahan atau akar masalahnya belum tersentuh.',
      en: 'Recurring cases mean agreements do not hold or the root cause is untouched.',
    },
  },
  keptOnTimeShare: {
    term: { id: 'Komitmen ditepati tepat waktu', en: 'Commitments kept on time' },
    meaning: {
      id: 'Komitmen kesepakatan yang ditandai ditepati paling lambat pada tanggalnya, dibagi komitmen yang sudah diputuskan atau lewat tanggalnya.',
      en: 'Agreement commitments marked kept by their due date, divided by those decided or past their due date.',
    },
    why: {
      id: 'Kesepakatan hanya berarti bila janjinya dijalankan; ini yang dipantau setelah mediasi.',
      en: 'An agreement only counts if its promises are kept; this is what monitoring after mediation watches.',
    },
  },
};

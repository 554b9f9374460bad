/**
 * Glossary of the centre development measures of issue #20 (docs/design-choices.md "Ecosystem index",
 * "Institution self-assessment", "Interventions"): the ecosystem index and its parts, the institution
 * assessment's score and tier, the interventions' difference-in-differences. Facility utilisation has its
 * own file (glossary-facilities.ts).
 */

import type { GlossaryEntry } from './glossary-types.ts';
import type { DevelopmentMeasureKey } from './measure-format.ts';

/** One entry per centre development measure (the keys of `DEVELOPMENT_FORMATS`, the tier and the DiD). */
export const DEVELOPMENT_GLOSSARY: Record<
  DevelopmentMeasureKey | 'assessmentTier' | 'interventionDid',
  GlossaryEntry
> = {
  ecosystemNormalized: {
    term: { id: 'Nilai proksi ternormalisasi', en: 'Normalised proxy value' },
    meaning: {
      id: 'Nilai satu proksi sentra dibagi rata-ratanya di antara sentra yang dibandingkan; 1,00 = rata-rata.',
      en: 'A centre’s value of one proxy divided by its mean across the compared centres; 1.00 = the average.',
    },
    why: {
      id: 'Proksi dengan satuan berbeda (jumlah, persen, rupiah) jadi bisa dijumlahkan dan dibandingkan antarsentra.',
      en: 'Proxies in different units (counts, shares, rupiah) become comparable across centres and can be combined.',
    },
  },
  ecosystemElementScore: {
    term: { id: 'Skor unsur ekosistem', en: 'Ecosystem element score' },
    meaning: {
      id: 'Rata-rata nilai ternormalisasi proksi satu unsur (misalnya pembiayaan, tenaga kerja, jaringan); 1,00 = rata-rata sentra pembanding.',
      en: 'The mean normalised value of one element’s proxies (finance, talent, networks…); 1.00 = the compared centres’ average.',
    },
    why: {
      id: 'Menunjukkan unsur mana yang tertinggal dari sentra sejenis, jadi program bisa diarahkan ke sana.',
      en: 'Shows which element lags behind comparable centres, so programmes can be aimed at it.',
    },
  },
  ecosystemAdditive: {
    term: { id: 'Indeks ekosistem (aditif)', en: 'Ecosystem index (additive)' },
    meaning: {
      id: 'Jumlah skor kesepuluh unsur (disesuaikan bila ada unsur yang kosong); sentra rata-rata bernilai 10.',
      en: 'The sum of the ten element scores (rescaled when some are missing); the average centre scores 10.',
    },
    why: {
      id: 'Ringkasan satu angka kekuatan ekosistem sentra dibanding sentra sejenis; unsur yang kuat bisa menutupi yang lemah.',
      en: 'A one-number summary of the centre’s ecosystem against similar centres; a strong element can hide a weak one.',
    },
  },
  ecosystemGeometric: {
    term: { id: 'Indeks ekosistem (geometrik)', en: 'Ecosystem index (geometric)' },
    meaning: {
      id: 'Rata-rata geometrik skor unsur; satu unsur yang sangat lemah menurunkannya jauh lebih banyak daripada indeks aditif.',
      en: 'The geometric mean of the element scores; one very weak element pulls it down far more than the additive index.',
    },
    why: {
      id: 'Ekosistem sekuat unsur terlemahnya: bila indeks ini jauh di bawah indeks aditif, ada unsur yang menghambat.',
      en: 'An ecosystem is as strong as its weakest element: when this index is well below the additive one, something holds the centre back.',
    },
  },
  assessmentScore: {
    term: { id: 'Skor penilaian lembaga', en: 'Institution assessment score' },
    meaning: {
      id: 'Nilai 0–100 dari enam bidang (struktur, tata kelola, pendanaan, layanan, interaksi, capaian), dari data langsung dan kuesioner.',
      en: 'A 0–100 score over six areas (structure, governance, financing, services, interaction, achievements), from live data and the questionnaire.',
    },
    why: {
      id: 'Koperasi atau paguyuban yang hanya ada di atas kertas menahan sentra; skor ini menunjukkan bidang mana yang lemah.',
      en: 'A cooperative or association that exists only on paper holds a centre back; the score shows which area is weak.',
    },
  },
  assessmentTier: {
    term: { id: 'Tingkat lembaga', en: 'Institution tier' },
    meaning: {
      id: 'Perunggu, Perak atau Emas menurut ambang yang diumumkan: skor total, anggota aktif dan skor bidang terendah.',
      en: 'Perunggu (bronze), Perak (silver) or Emas (gold) by published thresholds: total score, active members and the lowest area score.',
    },
    why: {
      id: 'Memberi pengurus target yang jelas ("apa yang dibutuhkan untuk Emas") dan Dinas cara membandingkan lembaga.',
      en: 'Gives the board a clear target ("what it takes for Emas") and the Dinas a way to compare institutions.',
    },
  },
  interventionDid: {
    term: { id: 'Selisih-dalam-selisih (DiD)', en: 'Difference-in-differences (DiD)' },
    meaning: {
      id: 'Perubahan indikator sentra dari sebelum ke sesudah intervensi dikurangi rata-rata perubahan sentra pembanding tanpa intervensi itu.',
      en: 'The change in a centre indicator from before to after the intervention minus the mean change of comparison centres without it.',
    },
    why: {
      id: 'Memisahkan apa yang berubah karena program dari apa yang berubah di semua sentra sejenis; tetap perkiraan, bukan bukti.',
      en: 'Separates what changed with the programme from what changed in all similar centres anyway; still an estimate, not proof.',
    },
  },
};

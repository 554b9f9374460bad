import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the institution assessment screen (`/lembaga/:id/penilaian`). */
export const iam = defineMessages({
  link: { id: 'Penilaian kelembagaan', en: 'Institution assessment' },
  title: { id: 'Penilaian kelembagaan — {name}', en: 'Institution assessment — {name}' },
  back: { id: 'Kembali', en: 'Back' },
  latest: { id: 'Hasil terakhir ({date})', en: 'Latest result ({date})' },
  none: {
    id: 'Lembaga ini belum pernah dinilai.',
    en: 'This institution has not been assessed yet.',
  },
  score: { id: 'Skor {total} dari 100', en: 'Score {total} of 100' },
  activeMembers: { id: '{n} anggota aktif', en: '{n} active members' },
  areas: { id: 'Skor per bidang', en: 'Score by area' },
  nextTitle: { id: 'Yang kurang untuk {tier}', en: 'What is missing for {tier}' },
  topTier: { id: 'Tingkat tertinggi sudah tercapai.', en: 'The highest tier is reached.' },
  rise: { id: '{label}: dari {from} ke {to}', en: '{label}: from {from} to {to}' },
  live: { id: 'Data hidup hari ini', en: 'Live data today' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  value: { id: 'Nilai', en: 'Value' },
  source: { id: 'Sumber', en: 'Source' },
  form: { id: 'Isi kuesioner (versi {version})', en: 'Answer the questionnaire (version {version})' },
  formIntro: {
    id: 'Jawab semua pertanyaan. Data hidup dihitung saat disimpan.',
    en: 'Answer every question. The live data is computed when you save.',
  },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  saved: { id: 'Penilaian tersimpan.', en: 'Assessment saved.' },
  trend: { id: 'Riwayat penilaian', en: 'Assessment history' },
  date: { id: 'Tanggal', en: 'Date' },
  tier: { id: 'Tingkat', en: 'Tier' },
  total: { id: 'Skor', en: 'Score' },
  thresholds: {
    id: 'Ambang: Perunggu skor ≥ 40 dan ≥ 5 anggota aktif; Perak ≥ 60, ≥ 10 anggota aktif, tiap bidang ≥ 30; Emas ≥ 75, ≥ 15 anggota aktif, tiap bidang ≥ 50.',
    en: 'Thresholds: Perunggu score ≥ 40 and ≥ 5 active members; Perak ≥ 60, ≥ 10 active members, every area ≥ 30; Emas ≥ 75, ≥ 15 active members, every area ≥ 50.',
  },
  chartTitle: { id: 'Skor total dari waktu ke waktu', en: 'Total score over time' },
  chartSummary: {
    id: 'Skor total per penilaian, dengan pita ambang skor tiap tingkat: {points}',
    en: 'Total score of each assessment, over the score bands of the tiers: {points}',
  },
  chartNote: {
    id: 'Pita menunjukkan ambang skor total saja; tingkat juga membutuhkan anggota aktif dan batas minimum tiap bidang. Angka lengkap ada di tabel.',
    en: 'The bands show the total score thresholds only; a tier also needs active members and a floor in every area. The table has every figure.',
  },
});

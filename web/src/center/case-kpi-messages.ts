import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the centre's conflict-case KPI card. */
export const ckm = defineMessages({
  title: { id: 'Kasus konflik', en: 'Conflict cases' },
  period: { id: 'Kasus yang dilaporkan {from} – {to}', en: 'Cases reported {from} – {to}' },
  explain: {
    id: 'Angka gabungan tanpa nama pihak. Jumlah di bawah 3 kasus ditampilkan “< 3”, dan sel pasangannya ikut disembunyikan agar tidak ada kasus rahasia yang bisa ditebak; “–” berarti tidak ditampilkan atau belum ada dasar hitungnya.',
    en: 'Aggregates without party names. Counts under 3 cases show as “< 3” and their complementary cell is hidden too, so no confidential case can be worked out; “–” means hidden or nothing to compute it from.',
  },
  fewer: { id: '< 3', en: '< 3' },
  ofEnded: { id: '{n} dari {ended} kasus berakhir', en: '{n} of {ended} ended cases' },
  agreements: { id: '{n} kesepakatan', en: '{n} agreements' },
  recurrent: { id: '{n} kasus berulang', en: '{n} recurring cases' },
  kept: { id: '{n} dari {due} komitmen', en: '{n} of {due} commitments' },
  byType: { id: 'Menurut jenis', en: 'By type' },
  byStatus: { id: 'Menurut status', en: 'By status' },
  none: { id: 'Belum ada kasus dalam periode ini.', en: 'No cases in this period.' },
});

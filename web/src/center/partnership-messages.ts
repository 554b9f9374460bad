import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the centre's partnership card. */
export const pkm = defineMessages({
  title: { id: 'Kemitraan', en: 'Partnerships' },
  period: { id: 'Periode {from} – {to}', en: 'Period {from} – {to}' },
  explain: {
    id: 'Dihitung dari permintaan yang terbit dalam periode dan ditujukan ke sentra ini. Tanda “–” berarti belum ada dasar hitungnya.',
    en: 'Computed over the requests published in the period and aimed at this centre. “–” means there is nothing to compute it from yet.',
  },
  answered: { id: '{answered} dari {sent} undangan', en: '{answered} of {sent} invitations' },
  realised: { id: '{realised} dari {requests} permintaan', en: '{realised} of {requests} requests' },
  pools: { id: '{n} kelompok beli', en: '{n} purchasing pools' },
  from: { id: 'Dari tanggal', en: 'From' },
  to: { id: 'Sampai tanggal', en: 'To' },
  quarters: { id: 'Gini per triwulan', en: 'Gini per quarter' },
});

import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the request aggregates on the partnership hub (issue #18: researchers' view). */
export const am = defineMessages({
  title: { id: 'Permintaan dalam angka', en: 'Requests in numbers' },
  explain: {
    id: 'Jumlah dan rasio permintaan tanpa nama atau identitas usaha. Sel dengan kurang dari 3 permintaan (atau usaha) disembunyikan agar tidak ada usaha yang bisa dikenali.',
    en: 'Counts and rates of requests without any firm’s name or identity. Cells of fewer than 3 requests (or firms) are hidden so that no firm can be recognised.',
  },
  from: { id: 'Dari tanggal', en: 'From date' },
  to: { id: 'Sampai tanggal', en: 'To date' },
  period: { id: 'Periode {from} – {to}', en: 'Period {from} – {to}' },
  requests: { id: 'Permintaan', en: 'Requests' },
  responseRate: { id: 'Tingkat tanggapan', en: 'Response rate' },
  answered: {
    id: '{answered} dari {sent} undangan dijawab',
    en: '{answered} of {sent} invitations answered',
  },
  medianDays: { id: 'Median hari sampai diberikan', en: 'Median days to award' },
  awarded: { id: '{n} permintaan diberikan', en: '{n} requests awarded' },
  byStatus: { id: 'Menurut status', en: 'By status' },
  byProcess: { id: 'Menurut proses', en: 'By process' },
  byQuarter: { id: 'Menurut triwulan', en: 'By quarter' },
  bySize: {
    id: 'Volume diberikan menurut kelas usaha (PP 7/2021)',
    en: 'Awarded volume by firm size (PP 7/2021)',
  },
  status: { id: 'Status', en: 'Status' },
  process: { id: 'Proses', en: 'Process' },
  quarter: { id: 'Triwulan', en: 'Quarter' },
  sizeClass: { id: 'Kelas usaha', en: 'Size class' },
  count: { id: 'Jumlah', en: 'Count' },
  firms: { id: 'Usaha', en: 'Firms' },
  volume: { id: 'Volume', en: 'Volume' },
  hidden: { id: '< 3', en: '< 3' },
  hiddenNote: {
    id: '“< 3”: disembunyikan (kurang dari 3, atau disembunyikan agar sel lain tidak bisa dihitung ulang).',
    en: '“< 3”: hidden (fewer than 3, or hidden so that another hidden cell cannot be worked out).',
  },
  none: { id: 'Tidak ada data.', en: 'No data.' },
  csv: { id: 'Unduh CSV', en: 'Download CSV' },
  micro: { id: 'Mikro', en: 'Micro' },
  small: { id: 'Kecil', en: 'Small' },
  medium: { id: 'Menengah', en: 'Medium' },
  large: { id: 'Besar', en: 'Large' },
  unknown: { id: 'Tidak diketahui', en: 'Unknown' },
});

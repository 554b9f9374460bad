import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the shared widgets (tables, charts, forms). */
export const m = defineMessages({
  search: { id: 'Cari', en: 'Search' },
  searchIn: { id: 'Cari di tabel {name}', en: 'Search the {name} table' },
  downloadCsv: { id: 'Unduh CSV', en: 'Download CSV' },
  sortBy: { id: 'Urutkan menurut {name}', en: 'Sort by {name}' },
  rowsShown: { id: '{shown} dari {total} baris', en: '{shown} of {total} rows' },
  noRows: { id: 'Tidak ada data.', en: 'No data.' },
  chartTable: { id: 'Data grafik {name}', en: 'Data of the {name} chart' },
  required: { id: 'wajib', en: 'required' },
  optional: { id: 'opsional', en: 'optional' },
  choose: { id: '— pilih —', en: '— choose —' },
});

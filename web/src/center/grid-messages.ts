import type { EnterpriseYearPut } from '../../../src/enterprises/year-data.schema.ts';
import { defineMessages, type Message } from '../i18n/i18n.tsx';

/** Strings of the yearly-figures grid (`/sentra/:id/angka-tahunan`). */
export const gm = defineMessages({
  title: { id: 'Angka tahunan IKM — {name}', en: 'Yearly firm figures — {name}' },
  link: { id: 'Isi angka tahunan (pendataan Dinas)', en: 'Enter yearly figures (Dinas survey)' },
  back: { id: 'Kembali ke sentra', en: 'Back to the centre' },
  year: { id: 'Tahun pendataan', en: 'Survey year' },
  intro: {
    id: 'Satu baris per IKM anggota, sumber: Pendataan Dinas {year}. Panah, Enter dan Tab berpindah sel; tempel blok dari Excel mulai dari sel yang dipilih. Angka ditulis seperti biasa: 1.250.000 atau 1,5.',
    en: 'One row per member firm, source: Dinas survey {year}. Arrows, Enter and Tab move between cells; paste a block from Excel starting at the chosen cell. Type numbers as usual: 1,250,000 or 1.5.',
  },
  colFirm: { id: 'IKM', en: 'Firm' },
  save: { id: 'Simpan semua (baris berubah: {n})', en: 'Save all (changed rows: {n})' },
  saving: { id: 'Menyimpan…', en: 'Saving…' },
  saved: { id: 'Baris tersimpan: {n}.', en: 'Rows saved: {n}.' },
  failed: {
    id: 'Baris belum tersimpan: {n}; lihat pesan di sel yang ditandai. Baris lain sudah tersimpan.',
    en: 'Rows not saved: {n}; see the messages at the marked cells. The other rows are saved.',
  },
  notNumber: {
    id: 'Bukan angka. Tulis misalnya 1.250.000 atau 1,5.',
    en: 'Not a number. Type for example 1,250,000 or 1.5.',
  },
  saveFirst: {
    id: 'Simpan atau batalkan perubahan sebelum pindah halaman atau tahun.',
    en: 'Save or discard the changes before changing page or year.',
  },
  discard: { id: 'Batalkan perubahan', en: 'Discard changes' },
  rows: { id: 'IKM {from}–{to} dari {total}', en: 'Firms {from}–{to} of {total}' },
  noFirms: { id: 'Sentra ini belum punya IKM anggota.', en: 'This centre has no member firms yet.' },
  cell: { id: '{firm}, {column}', en: '{firm}, {column}' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
});

/** A yearly figure the grid edits (every figure of the PUT body but the provenance). */
export type FigureKey = Exclude<keyof EnterpriseYearPut, 'source' | 'vintage' | 'definition' | 'sourceRef'>;

/** One grid column: the figure, its label, and whether it is typed as text (the unit) or a number. */
export interface GridColumn {
  key: FigureKey;
  label: Message;
  text?: true;
}

/** The columns in the order of the Dinas yearly template. */
export const GRID_COLUMNS: GridColumn[] = [
  { key: 'workersMale', label: { id: 'Tenaga kerja laki-laki', en: 'Male workers' } },
  { key: 'workersFemale', label: { id: 'Tenaga kerja perempuan', en: 'Female workers' } },
  {
    key: 'investmentExclLandBuilding',
    label: { id: 'Investasi tanpa tanah & bangunan (Rp)', en: 'Investment excl. land & buildings (Rp)' },
  },
  {
    key: 'investmentLandBuilding',
    label: { id: 'Investasi tanah & bangunan (Rp)', en: 'Land & buildings (Rp)' },
  },
  { key: 'businessCapital', label: { id: 'Modal usaha (Rp)', en: 'Business capital (Rp)' } },
  { key: 'annualSales', label: { id: 'Omzet per tahun (Rp)', en: 'Annual sales (Rp)' } },
  { key: 'productionQty', label: { id: 'Jumlah produksi', en: 'Production quantity' } },
  { key: 'productionUnit', label: { id: 'Satuan produksi', en: 'Production unit' }, text: true },
  { key: 'productionValue', label: { id: 'Nilai produksi (Rp)', en: 'Production value (Rp)' } },
  {
    key: 'rawAuxMaterialValue',
    label: { id: 'Nilai bahan baku/penolong (Rp)', en: 'Raw & auxiliary materials (Rp)' },
  },
  { key: 'productionCapacity', label: { id: 'Kapasitas produksi', en: 'Production capacity' } },
  { key: 'installedCapacity', label: { id: 'Kapasitas terpasang', en: 'Installed capacity' } },
];

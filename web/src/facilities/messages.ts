import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the shared facility screens. */
export const fm = defineMessages({
  title: { id: 'Fasilitas bersama', en: 'Shared facilities' },
  none: {
    id: 'Sentra ini belum mencatat fasilitas bersama.',
    en: 'This centre has recorded no shared facilities.',
  },
  colName: { id: 'Fasilitas', en: 'Facility' },
  colKind: { id: 'Jenis', en: 'Kind' },
  colCapacity: { id: 'Kapasitas', en: 'Capacity' },
  idle: { id: 'Menganggur', en: 'Idle' },
  usedOf: { id: '{used} dari {open} hari buka', en: '{used} of {open} open days' },
  back: { id: '← Kembali ke sentra', en: '← Back to the centre' },
  managedBy: { id: 'Dikelola {name}', en: 'Managed by {name}' },
  fundedBy: { id: 'Didanai {funder}', en: 'Funded by {funder}' },
  builtYear: { id: 'dibangun {year}', en: 'built {year}' },
  calendar: { id: 'Kalender pemesanan', en: 'Booking calendar' },
  previous: { id: '← Bulan sebelumnya', en: '← Previous month' },
  next: { id: 'Bulan berikutnya →', en: 'Next month →' },
  closed: { id: 'tutup', en: 'closed' },
  free: { id: 'kosong', en: 'free' },
  walkIn: { id: 'dipakai tanpa pesan', en: 'used unbooked' },
  bookTitle: { id: 'Pesan fasilitas', en: 'Book the facility' },
  firm: { id: 'Usaha anggota', en: 'Member firm' },
  from: { id: 'Dari tanggal', en: 'From' },
  to: { id: 'Sampai tanggal', en: 'To' },
  purpose: { id: 'Keperluan', en: 'Purpose' },
  book: { id: 'Pesan', en: 'Book' },
  booked: { id: 'Dipesan: {firm}, {from} sampai {to}.', en: 'Booked: {firm}, {from} to {to}.' },
  bookings: { id: 'Pemesanan bulan ini', en: 'Bookings this month' },
  noBookings: { id: 'Belum ada pemesanan bulan ini.', en: 'No bookings this month.' },
  cancel: { id: 'Batalkan', en: 'Cancel' },
  markUsed: { id: 'Terpakai', en: 'Used' },
  markUnused: { id: 'Tidak terpakai', en: 'Not used' },
  usedYes: { id: 'terpakai', en: 'used' },
  usedNo: { id: 'tidak terpakai', en: 'not used' },
  walkInTitle: { id: 'Catat pemakaian tanpa pesan', en: 'Record use without a booking' },
  usedOn: { id: 'Tanggal dipakai', en: 'Used on' },
  record: { id: 'Catat', en: 'Record' },
});

/** The kinds of facility, as the screens name them. */
export const KIND_LABELS = {
  upt: { id: 'UPT', en: 'UPT (technical service unit)' },
  kiln: { id: 'Tungku', en: 'Kiln' },
  wastewater_plant: { id: 'IPAL', en: 'Waste-water plant (IPAL)' },
  showroom: { id: 'Ruang pamer', en: 'Showroom' },
  machine_pool: { id: 'Pusat mesin bersama', en: 'Machine pool' },
  other: { id: 'Lainnya', en: 'Other' },
} as const;

import type { Message } from '../shared/lang.ts';

/** The sentences of the shared facilities domain, id and en; `{…}` are filled in by `tr`. */
export const FACILITY_MESSAGES = {
  notFound: { id: 'Fasilitas {id} tidak ditemukan.', en: 'Facility {id} was not found.' },
  bookingNotFound: { id: 'Pemesanan {id} tidak ditemukan.', en: 'Booking {id} was not found.' },
  centerMissing: { id: 'Sentra {id} tidak ditemukan.', en: 'Centre {id} was not found.' },
  invalid: { id: 'Isian fasilitas belum benar.', en: 'The facility is not filled in correctly.' },
  notServing: {
    id: 'Lembaga pengelola harus melayani sentra fasilitas ini.',
    en: 'The managing institution must serve the facility’s centre.',
  },
  duplicateWeekday: {
    id: 'Hari buka menyebut hari yang sama dua kali.',
    en: 'Open weekdays names the same day twice.',
  },
  overlap: {
    id: '{facility} sudah dipesan {firm} dari {from} sampai {to}: pilih tanggal lain.',
    en: '{facility} is already booked by {firm} from {from} to {to}: choose other dates.',
  },
  endBeforeStart: {
    id: 'Sampai tanggal ({to}) tidak boleh sebelum dari tanggal ({from}).',
    en: 'To ({to}) cannot be before from ({from}).',
  },
  tooLong: {
    id: 'Satu pemesanan paling lama {max} hari.',
    en: 'One booking may last at most {max} days.',
  },
  closedDay: {
    id: '{facility} tutup pada {day}: pesan hanya hari buka.',
    en: '{facility} is closed on {day}: book open days only.',
  },
  archived: {
    id: '{facility} sudah diarsipkan dan tidak dapat dipesan.',
    en: '{facility} is archived and cannot be booked.',
  },
  notMember: {
    id: 'Usaha ini bukan anggota sentra {center}: hanya anggota yang dapat memakai fasilitasnya.',
    en: 'This firm is not a member of the centre {center}: only members may use its facilities.',
  },
  notStarted: {
    id: 'Pemakaian hanya dapat dicatat untuk pemesanan yang sudah dimulai (mulai {from}).',
    en: 'Usage can only be recorded for a booking that has started (it starts {from}).',
  },
  cancelled: {
    id: 'Pemesanan ini sudah dibatalkan.',
    en: 'This booking is already cancelled.',
  },
  future: {
    id: 'Tanggal dipakai ({day}) tidak boleh setelah hari ini.',
    en: 'Used on ({day}) cannot be after today.',
  },
  periodOrder: {
    id: 'Sampai ({to}) tidak boleh sebelum dari ({from}).',
    en: 'To ({to}) cannot be before from ({from}).',
  },
} satisfies Record<string, Message>;

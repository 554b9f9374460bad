import type { Message } from '../shared/lang.ts';

/** The sentences of the price agreements domain, id and en; `{…}` are filled in by `tr`. */
export const PRICE_MESSAGES = {
  notFound: {
    id: 'Kesepakatan harga {id} tidak ditemukan.',
    en: 'Price agreement {id} was not found.',
  },
  invalid: {
    id: 'Isian kesepakatan harga belum benar.',
    en: 'The price agreement is not filled in correctly.',
  },
  institutionMissing: {
    id: 'Lembaga {id} tidak ditemukan atau sudah diarsipkan.',
    en: 'Institution {id} was not found or is archived.',
  },
  centerMissing: { id: 'Sentra {id} tidak ditemukan.', en: 'Centre {id} was not found.' },
  notServing: {
    id: 'Lembaga ini tidak melayani sentra tersebut.',
    en: 'This institution does not serve that centre.',
  },
  validOrder: {
    id: 'Berlaku sampai ({to}) tidak boleh sebelum berlaku mulai ({from}).',
    en: 'Valid to ({to}) cannot be before valid from ({from}).',
  },
  enterpriseMissing: { id: 'Usaha {id} tidak ditemukan.', en: 'Enterprise {id} was not found.' },
  notMember: {
    id: '{enterprise} bukan anggota {institution} pada {date}: hanya anggota yang dapat menyetujui kesepakatan harga.',
    en: '{enterprise} is not a member of {institution} on {date}: only members may consent to its price agreement.',
  },
  reporterNotMember: {
    id: '{enterprise} bukan anggota {institution}: pihak yang dirugikan harus anggota lembaga.',
    en: '{enterprise} is not a member of {institution}: the affected firm must be a member.',
  },
  alreadyConsented: {
    id: '{enterprise} sudah menyetujui kesepakatan ini pada {date}.',
    en: '{enterprise} already consented to this agreement on {date}.',
  },
  noConsent: {
    id: 'Usaha ini tidak memiliki persetujuan aktif untuk kesepakatan ini.',
    en: 'This firm has no standing consent to this agreement.',
  },
  withdrawBeforeConsent: {
    id: 'Tanggal penarikan ({date}) tidak boleh sebelum tanggal persetujuan ({consented}).',
    en: 'The withdrawal date ({date}) cannot be before the consent date ({consented}).',
  },
  consentAfterEnd: {
    id: 'Tanggal persetujuan ({date}) sesudah kesepakatan berakhir ({end}).',
    en: 'The consent date ({date}) is after the agreement ended ({end}).',
  },
  inFuture: { id: 'Tanggal {date} belum terjadi.', en: 'The date {date} is in the future.' },
  sameFirm: {
    id: 'Penjual di bawah harga dan pihak yang dirugikan harus usaha yang berbeda.',
    en: 'The firm that undercut and the affected firm must be different.',
  },
  soldOutsideValidity: {
    id: 'Tanggal penjualan ({date}) di luar masa berlaku kesepakatan ({from} s.d. {to}).',
    en: 'The sale date ({date}) is outside the agreement’s validity ({from} to {to}).',
  },
  soldNotBelow: {
    id: 'Harga jual {sold} tidak di bawah harga dasar {price}: ini bukan pelanggaran.',
    en: 'The sale price {sold} is not below the floor price {price}: this is no violation.',
  },
  open: { id: 'seterusnya', en: 'open-ended' },
  tieNote: {
    id: 'Laporan pelanggaran kesepakatan harga {product} ({institution}): {note}',
    en: 'Violation report on the {product} price agreement ({institution}): {note}',
  },
  violationMissing: {
    id: 'Laporan pelanggaran {id} tidak ditemukan pada kesepakatan ini.',
    en: 'Violation report {id} was not found on this agreement.',
  },
  caseAlreadyOpen: {
    id: 'Kasus untuk laporan ini sudah dibuka.',
    en: 'A case is already open for this report.',
  },
  caseTitle: {
    id: 'Banting harga {product}: {offender}',
    en: 'Price undercutting on {product}: {offender}',
  },
  caseDescription: {
    id: '{offender} dilaporkan menjual {product} di bawah harga kesepakatan {institution} pada {date}, merugikan {affected}. Bukti: {note}',
    en: '{offender} was reported selling {product} below the price agreed by {institution} on {date}, harming {affected}. Evidence: {note}',
  },
  boardReasonNeeded: {
    id: 'Pengurus yang menarik persetujuan anggota lain harus menuliskan alasannya.',
    en: "The board must give a reason to withdraw another member's consent.",
  },
} satisfies Record<string, Message>;

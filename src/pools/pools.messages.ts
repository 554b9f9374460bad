import type { Message } from '../shared/lang.ts';

/** The sentences of the pools domain, id and en; `{…}` are filled in by `tr`. */
export const POOL_MESSAGES = {
  notFound: {
    id: 'Pembelian bersama {id} tidak ditemukan.',
    en: 'Joint purchasing pool {id} was not found.',
  },
  invalid: { id: 'Isian pembelian bersama belum benar.', en: 'The pool is not filled in correctly.' },
  versionConflict: {
    id: 'Pembelian bersama ini sudah diubah orang lain (versi {actual}, Anda membaca versi {expected}). Muat ulang lalu coba lagi.',
    en: 'Someone else changed this pool (version {actual}; you read version {expected}). Reload and try again.',
  },
  statusMove: {
    id: 'Pembelian bersama tidak bisa berpindah dari "{from}" ke "{to}".',
    en: 'A pool cannot move from "{from}" to "{to}".',
  },
  tierOrder: {
    id: 'Tingkat harga {n}: jumlah minimum ({value}) harus lebih besar dari tingkat sebelumnya ({previous}).',
    en: 'Price tier {n}: its minimum total ({value}) must be larger than the tier before it ({previous}).',
  },
  tierPrice: {
    id: 'Tingkat harga {n}: harga satuan ({value}) tidak boleh lebih mahal dari tingkat sebelumnya ({previous}).',
    en: 'Price tier {n}: its unit price ({value}) cannot be higher than the tier before it ({previous}).',
  },
  closingPast: {
    id: 'Tanggal tutup ({date}) sudah lewat; pilih hari ini atau sesudahnya.',
    en: 'The closing date ({date}) has passed; choose today or later.',
  },
  belowMinimum: {
    id: 'Total janji baru {total} {unit}, di bawah jumlah minimum {minimum} {unit}: pembelian bersama belum bisa ditutup.',
    en: 'The pledged total is {total} {unit}, below the minimum total of {minimum} {unit}: the pool cannot close yet.',
  },
  pledgeNotOpen: {
    id: 'Pembelian bersama ini sudah "{status}": janji tidak diterima lagi.',
    en: 'This pool is {status}: it takes no more pledges.',
  },
  editNotOpen: {
    id: 'Pembelian bersama hanya bisa diubah selama masih dibuka (sekarang "{status}").',
    en: 'A pool can only be changed while it is open (it is {status}).',
  },
  pledgeAfterClosingDate: {
    id: 'Tanggal tutup ({date}) sudah lewat: janji tidak diterima lagi.',
    en: 'The closing date ({date}) has passed: the pool takes no more pledges.',
  },
  notMember: {
    id: 'IKM ini bukan anggota {institution} saat ini, jadi tidak bisa ikut pembelian bersama ini.',
    en: 'This enterprise is not a current member of {institution}, so it cannot join this pool.',
  },
  noPledge: {
    id: 'IKM ini tidak punya janji aktif di pembelian bersama ini.',
    en: 'This enterprise has no active pledge in this pool.',
  },
  notServing: {
    id: 'Lembaga ini tidak melayani sentra yang dipilih.',
    en: 'This institution does not serve the chosen centre.',
  },
  institutionMissing: { id: 'Lembaga {id} tidak ditemukan.', en: 'Institution {id} was not found.' },
  centerMissing: { id: 'Sentra {id} tidak ditemukan.', en: 'Centre {id} was not found.' },
  enterpriseMissing: { id: 'IKM {id} tidak ditemukan.', en: 'Enterprise {id} was not found.' },
  purchaseBeforeOpen: {
    id: 'Tanggal beli tidak boleh sebelum pembelian bersama dibuka ({date}).',
    en: 'The purchase date cannot be before the pool was opened ({date}).',
  },
  purchaseInFuture: {
    id: 'Tanggal beli ({date}) belum tiba.',
    en: 'The purchase date ({date}) is in the future.',
  },
  tieNote: {
    id: 'Dicatat dari pembelian bersama {material} lewat {institution} ({id}).',
    en: 'Recorded from the joint purchase of {material} through {institution} ({id}).',
  },
} as const satisfies Record<string, Message>;

import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the price agreement screens. */
export const xm = defineMessages({
  title: { id: 'Kesepakatan harga', en: 'Price agreements' },
  intro: {
    id: 'Harga dasar atau harga acuan yang disepakati paguyuban/koperasi, dengan persetujuan bertanggal tiap anggota. Kesepakatan yang melibatkan usaha bukan kecil ditandai (UU 5/1999).',
    en: 'Floor or reference prices agreed by an association or cooperative, with each member’s dated consent. Agreements that include a firm that is not small are flagged (UU 5/1999).',
  },
  none: { id: 'Belum ada kesepakatan harga.', en: 'No price agreements yet.' },
  colProduct: { id: 'Produk', en: 'Product' },
  colPrice: { id: 'Harga', en: 'Price' },
  colInstitution: { id: 'Lembaga', en: 'Institution' },
  colFrom: { id: 'Berlaku mulai', en: 'Valid from' },
  colConsents: { id: 'Persetujuan', en: 'Consents' },
  colFlag: { id: 'Tanda hukum persaingan', en: 'Competition-law flag' },
  back: { id: '← Semua kesepakatan harga', en: '← All price agreements' },
  validity: { id: 'Berlaku {from} s.d. {to}', en: 'Valid {from} to {to}' },
  validSince: { id: 'Berlaku sejak {from} sampai diubah', en: 'Valid from {from} until changed' },
  flagTitle: { id: 'Tanda hukum persaingan usaha', en: 'Competition-law flag' },
  consents: { id: 'Persetujuan anggota', en: 'Members’ consents' },
  noConsents: { id: 'Belum ada persetujuan.', en: 'No consents yet.' },
  withdrawnOn: { id: 'ditarik {date}', en: 'withdrawn {date}' },
  consentTitle: { id: 'Catat persetujuan', en: 'Record a consent' },
  enterprise: { id: 'Anggota', en: 'Member' },
  consentedOn: { id: 'Tanggal persetujuan', en: 'Consent date' },
  consent: { id: 'Catat persetujuan', en: 'Record consent' },
  violations: { id: 'Laporan pelanggaran', en: 'Violation reports' },
  noViolations: { id: 'Belum ada laporan.', en: 'No reports.' },
  violationLine: {
    id: '{date}: {offender} menjual di bawah harga, merugikan {affected}',
    en: '{date}: {offender} sold below the price, harming {affected}',
  },
  violationTitle: { id: 'Laporkan penjualan di bawah harga', en: 'Report a sale below the price' },
  offender: { id: 'Usaha yang menjual di bawah harga', en: 'Firm that sold below the price' },
  affected: { id: 'Usaha yang dirugikan', en: 'Affected firm' },
  soldOn: { id: 'Tanggal penjualan', en: 'Sale date' },
  soldPrice: { id: 'Harga jual (Rp per satuan)', en: 'Sale price (Rp per unit)' },
  evidenceNote: { id: 'Catatan bukti', en: 'Evidence note' },
  report: { id: 'Kirim laporan', en: 'Send report' },
  tieNote: {
    id: 'Dicatat sebagai hubungan konflik “banting harga” di jaringan sentra.',
    en: 'Recorded as a “price undercutting” conflict tie in the centre’s network.',
  },
  hubWhat: {
    id: 'Harga dasar paguyuban/koperasi, persetujuan anggota, tanda hukum persaingan dan laporan pelanggaran.',
    en: 'Associations’ floor prices, members’ consents, the competition-law flag and violation reports.',
  },
});

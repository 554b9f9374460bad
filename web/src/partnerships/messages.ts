import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the partnership hub (/kemitraan, issue #18). */
export const pm = defineMessages({
  nav: { id: 'Kemitraan', en: 'Partnerships' },
  title: { id: 'Kemitraan usaha mikro', en: 'Micro partnerships' },
  intro: {
    id: 'IKM di satu sentra berbagi pesanan, mencari pembuat dan membeli bahan bersama. Pilih yang ingin Anda kerjakan.',
    en: 'Firms of a centre share orders, find makers and buy materials together. Choose what you want to do.',
  },
  requests: { id: 'Permintaan', en: 'Requests' },
  requestsWhat: {
    id: 'Bagikan pesanan yang tidak sanggup Anda kerjakan sendiri, lihat calon mitra yang diperingkat dan dijelaskan, undang, berikan pesanan dan nilai hasilnya.',
    en: 'Share an order you cannot make alone, see ranked and explained candidates, invite, award and rate the result.',
  },
  pools: { id: 'Beli bersama', en: 'Joint purchasing' },
  poolsWhat: {
    id: 'Gabungkan pembelian bahan dengan IKM lain untuk mencapai harga grosir, lalu bagi biaya dan barangnya.',
    en: 'Pool material purchases with other firms to reach a bulk price, then split the cost and the goods.',
  },
  profile: { id: 'Profil kemampuan: {name}', en: 'Capability profile: {name}' },
  profileWhat: {
    id: 'Proses yang dikuasai, mesin, kapasitas dan sertifikat usaha Anda: dari sinilah Anda ditemukan sebagai calon mitra.',
    en: 'Your firm’s processes, machines, capacity and certificates: this is how others find you as a candidate.',
  },
  taxonomy: { id: 'Taksonomi proses', en: 'Process taxonomy' },
  taxonomyWhat: {
    id: 'Daftar proses produksi yang dipakai profil kemampuan dan permintaan; tambah atau ubah prosesnya di sini.',
    en: 'The production processes that capability profiles and requests refer to; add or change them here.',
  },
  none: {
    id: 'Peran Anda belum memakai layar kemitraan mana pun.',
    en: 'Your role does not use any of the partnership screens.',
  },
});

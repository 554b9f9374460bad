/**
 * Glossary of the partnership KPIs of a centre (issue #18, point 6; docs/design-choices.md "Partnership
 * KPIs per centre"): what each means in one line and why it matters for a centre.
 */

import type { GlossaryEntry } from './glossary-types.ts';
import type { PartnershipKpiKey } from './measure-format.ts';

/** One entry per partnership KPI (a test checks every key of `PARTNERSHIP_FORMATS` is here). */
export const PARTNERSHIP_GLOSSARY: Record<PartnershipKpiKey, GlossaryEntry> = {
  requests: {
    term: { id: 'Permintaan kemitraan', en: 'Partnership requests' },
    meaning: {
      id: 'Permintaan penawaran atau bagi pesanan yang diterbitkan dalam periode dan ditujukan ke sentra ini.',
      en: 'Requests for quotation or order sharing published in the period and aimed at this centre.',
    },
    why: {
      id: 'Menunjukkan seberapa banyak pesanan yang dicoba disalurkan ke IKM sentra.',
      en: "Shows how much work is being offered to the centre's firms.",
    },
  },
  responseRate: {
    term: { id: 'Tingkat tanggapan', en: 'Response rate' },
    meaning: {
      id: 'Undangan yang dijawab dengan penawaran dibagi seluruh undangan yang dikirim untuk permintaan itu.',
      en: 'Invitations answered with a quote divided by all invitations sent for those requests.',
    },
    why: {
      id: 'Tanggapan rendah berarti undangan tidak sampai atau pesanan tidak cocok dengan kemampuan IKM.',
      en: 'A low rate means invitations do not reach firms or the work does not fit what they can do.',
    },
  },
  conversion: {
    term: { id: 'Jadi ikatan', en: 'Conversion to ties' },
    meaning: {
      id: 'Permintaan dengan sedikitnya satu pesanan yang terkirim dan tercatat sebagai ikatan, dibagi permintaan yang diterbitkan.',
      en: 'Requests with at least one award delivered and recorded as a tie, divided by requests published.',
    },
    why: {
      id: 'Mengukur apakah permintaan benar-benar menjadi kerja sama, bukan berhenti di penawaran.',
      en: 'Measures whether requests become real collaboration rather than stopping at quotes.',
    },
  },
  medianDaysToAward: {
    term: { id: 'Hari sampai penetapan (median)', en: 'Days to award (median)' },
    meaning: {
      id: 'Median jumlah hari dari terbit sampai permintaan ditetapkan pemenangnya.',
      en: 'The median number of days from publication until a request is awarded.',
    },
    why: {
      id: 'Pembeli menunggu; proses yang lama membuat pesanan pindah ke luar sentra.',
      en: 'Buyers wait; a slow process sends orders outside the centre.',
    },
  },
  microShare: {
    term: { id: 'Porsi untuk usaha mikro', en: 'Share to micro firms' },
    meaning: {
      id: 'Volume pesanan yang ditetapkan untuk usaha mikro (PP 7/2021) dibagi seluruh volume yang ditetapkan.',
      en: 'Awarded volume going to micro firms (PP 7/2021) divided by all awarded volume.',
    },
    why: {
      id: 'Kemitraan dimaksudkan juga untuk usaha mikro; porsi kecil berarti pesanan hanya ke yang besar.',
      en: 'Partnerships are meant to reach micro firms too; a small share means work goes only to larger ones.',
    },
  },
  awardGini: {
    term: { id: 'Gini volume pesanan', en: 'Gini of awarded volume' },
    meaning: {
      id: 'Ketimpangan volume yang ditetapkan antar-IKM anggota: 0 merata, mendekati 1 semuanya ke satu IKM.',
      en: 'Inequality of awarded volume across member firms: 0 even, near 1 all to one firm.',
    },
    why: {
      id: 'Gini tinggi berarti segelintir IKM mendapat hampir semua pesanan.',
      en: 'A high Gini means a handful of firms get almost all the work.',
    },
  },
  poolSavings: {
    term: { id: 'Penghematan pembelian bersama', en: 'Joint purchasing savings' },
    meaning: {
      id: 'Harga jika tiap anggota membeli sendiri dikurangi yang dibayar kelompok beli, dalam rupiah.',
      en: 'What members would have paid buying alone minus what the pools paid, in rupiah.',
    },
    why: {
      id: 'Manfaat langsung kerja sama yang bisa dirasakan tiap anggota.',
      en: 'A direct benefit of collaboration every member can feel.',
    },
  },
  poolSavingsShare: {
    term: { id: 'Porsi penghematan', en: 'Savings share' },
    meaning: {
      id: 'Penghematan pembelian bersama dibagi harga jika membeli sendiri.',
      en: 'Joint purchasing savings divided by the cost of buying alone.',
    },
    why: {
      id: 'Membandingkan manfaat kelompok beli antar-sentra yang ukurannya berbeda.',
      en: 'Compares the benefit of pools across centres of different sizes.',
    },
  },
};

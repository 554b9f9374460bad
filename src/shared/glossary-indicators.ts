/**
 * Glossary of the centre indicators (`CenterIndicatorsSchema`): what each means in one line and why it
 * matters for a centre. Meanings follow docs/ANALYSIS.md "Indicators".
 */

import type { CenterIndicators } from '../networks/analysis/analysis.schema.ts';
import type { GlossaryEntry } from './glossary-types.ts';

/** One entry per centre indicator (a test checks every key of `CenterIndicatorsSchema` is here). */
export const INDICATOR_GLOSSARY: Record<keyof CenterIndicators, GlossaryEntry> = {
  firms: {
    term: { id: 'IKM dalam jaringan', en: 'Firms in the network' },
    meaning: {
      id: 'Jumlah IKM anggota sentra pada tanggal itu ditambah IKM lain yang punya ikatan dengan mereka.',
      en: 'Member firms of the centre on the date plus other firms tied to them.',
    },
    why: {
      id: 'Ukuran jaringan: angka lain (kepadatan, porsi) dihitung terhadap jumlah ini.',
      en: 'The size of the network: the other figures (densities, shares) are relative to it.',
    },
  },
  institutions: {
    term: { id: 'Lembaga', en: 'Institutions' },
    meaning: {
      id: 'Koperasi, asosiasi, UPT dan lembaga lain yang melayani sentra atau punya ikatan dengan IKM-nya.',
      en: 'Cooperatives, associations, technical units and other institutions serving the centre or tied to its firms.',
    },
    why: {
      id: 'Lembaga adalah jalur pembinaan; sentra tanpa lembaga sulit dijangkau bersama-sama.',
      en: 'Institutions are the channel for support; a centre without them is hard to reach as a whole.',
    },
  },
  collaborationTies: {
    term: { id: 'Ikatan kerja sama', en: 'Collaboration ties' },
    meaning: {
      id: 'Pasangan IKM atau IKM–lembaga yang bekerja sama (maklun, subkontrak, berbagi alat, dll.), dihitung sekali per pasangan.',
      en: 'Pairs of firms (or firm and institution) that collaborate (toll manufacturing, subcontracting, sharing tools, …), counted once per pair.',
    },
    why: {
      id: 'Menunjukkan seberapa banyak usaha bersama yang sudah berjalan dan bisa diperkuat.',
      en: 'Shows how much joint work already runs and can be built on.',
    },
  },
  conflictTies: {
    term: { id: 'Ikatan konflik', en: 'Conflict ties' },
    meaning: {
      id: 'Pasangan yang berselisih (banting harga, membajak pekerja, meniru desain, dll.), dihitung sekali per pasangan.',
      en: 'Pairs in dispute (undercutting, poaching workers, copying designs, …), counted once per pair.',
    },
    why: {
      id: 'Konflik menghambat kerja sama dan program bersama; inilah yang perlu dimediasi.',
      en: 'Conflict blocks cooperation and joint programmes; it is what mediation addresses.',
    },
  },
  collaborationDensity: {
    term: { id: 'Kepadatan kerja sama', en: 'Collaboration density' },
    meaning: {
      id: 'Porsi pasangan IKM yang bekerja sama dari semua pasangan IKM yang mungkin.',
      en: 'The share of all possible pairs of firms that collaborate.',
    },
    why: {
      id: 'Kepadatan rendah berarti sebagian besar IKM bekerja sendiri; ruang untuk program kerja sama.',
      en: 'Low density means most firms work alone: room for cooperation programmes.',
    },
  },
  conflictDensity: {
    term: { id: 'Kepadatan konflik', en: 'Conflict density' },
    meaning: {
      id: 'Porsi pasangan IKM yang berkonflik dari semua pasangan IKM yang mungkin.',
      en: 'The share of all possible pairs of firms that are in conflict.',
    },
    why: {
      id: 'Membandingkan tingkat konflik antar-sentra yang besarnya berbeda.',
      en: 'Compares how much conflict centres of different sizes carry.',
    },
  },
  collaborationConflictRatio: {
    term: { id: 'Rasio kerja sama : konflik', en: 'Collaboration : conflict ratio' },
    meaning: {
      id: 'Jumlah ikatan kerja sama untuk setiap satu ikatan konflik; kosong bila tidak ada konflik.',
      en: 'Collaboration ties for each conflict tie; empty when there is no conflict.',
    },
    why: {
      id: 'Rasio kecil (di bawah 6) menandakan konflik cukup berat untuk mengganggu kerja sama.',
      en: 'A small ratio (below 6) signals conflict heavy enough to disturb cooperation.',
    },
  },
  largestCollaborativeComponentShare: {
    term: { id: 'IKM dalam kelompok kerja sama terbesar', en: 'Firms in the largest collaborating group' },
    meaning: {
      id: 'Porsi IKM yang tersambung satu sama lain lewat rantai kerja sama dalam kelompok terbesar.',
      en: 'The share of firms joined to each other by chains of collaboration in the largest group.',
    },
    why: {
      id: 'Di bawah 50% sentra terpecah: informasi dan program tidak menyebar dengan sendirinya.',
      en: 'Below 50% the centre is fragmented: information and programmes do not spread by themselves.',
    },
  },
  orderGiverDominance: {
    term: { id: 'Dominasi pemberi order', en: 'Order-giver dominance' },
    meaning: {
      id: 'Porsi pesanan maklun dan subkontrak antar-IKM yang diberikan oleh 10% IKM teratas (paling sedikit satu IKM).',
      en: 'The share of toll-manufacturing and subcontract orders between firms given by the top 10% of firms (at least one).',
    },
    why: {
      id: 'Nilai tinggi berarti banyak IKM bergantung pada sedikit juragan; program harus melibatkan mereka.',
      en: 'A high value means many firms depend on a few juragan; programmes must involve them.',
    },
  },
  institutionalCoverage: {
    term: { id: 'IKM terhubung ke lembaga', en: 'Firms tied to an institution' },
    meaning: {
      id: 'Porsi IKM anggota yang menjadi anggota atau punya ikatan dengan lembaga yang melayani sentra.',
      en: 'The share of member firms that belong to, or are tied to, an institution serving the centre.',
    },
    why: {
      id: 'Menunjukkan berapa banyak IKM yang terjangkau lewat koperasi atau asosiasi.',
      en: 'Shows how many firms can be reached through a cooperative or association.',
    },
  },
  balanceRatio: {
    term: { id: 'Rasio keseimbangan', en: 'Balance ratio' },
    meaning: {
      id: 'Porsi segitiga tiga pihak yang seimbang ("teman dari teman adalah teman", "musuh dari musuh adalah teman").',
      en: 'The share of three-party triangles that are balanced ("a friend of a friend is a friend", "an enemy of an enemy is a friend").',
    },
    why: {
      id: 'Segitiga tidak seimbang adalah hubungan yang tegang dan cenderung berubah.',
      en: 'Unbalanced triangles are strained relations that tend to change.',
    },
  },
  weakBalanceRatio: {
    term: { id: 'Rasio keseimbangan lemah', en: 'Weak balance ratio' },
    meaning: {
      id: 'Seperti rasio keseimbangan, tetapi segitiga tiga pihak yang saling berkonflik juga dihitung seimbang.',
      en: 'Like the balance ratio, but a triangle of three parties all in conflict also counts as balanced.',
    },
    why: {
      id: 'Lebih tinggi dari rasio biasa bila sentra terbagi menjadi lebih dari dua kubu.',
      en: 'Higher than the plain ratio when the centre splits into more than two camps.',
    },
  },
  frustration: {
    term: { id: 'Indeks frustrasi', en: 'Frustration index' },
    meaning: {
      id: 'Jumlah ikatan paling sedikit yang harus berubah agar sentra terbagi rapi menjadi dua kubu tanpa ketegangan.',
      en: 'The fewest ties that would have to change for the centre to split cleanly into two camps without strain.',
    },
    why: {
      id: 'Jumlah ikatan bermasalah: ikatan-ikatan inilah sasaran intervensi.',
      en: 'The number of problem ties: these ties are the intervention targets.',
    },
  },
  normalizedFrustration: {
    term: { id: 'Frustrasi ternormalisasi (1 − 2L/m)', en: 'Normalised frustration (1 − 2L/m)' },
    meaning: {
      id: 'Indeks frustrasi L disetarakan dengan jumlah ikatan m: 1 berarti seimbang sempurna, makin kecil makin tegang.',
      en: 'The frustration index L scaled by the number of ties m: 1 is perfectly balanced, smaller is more strained.',
    },
    why: {
      id: 'Dapat dibandingkan antar-sentra yang besarnya berbeda.',
      en: 'Comparable across centres of different sizes.',
    },
  },
  frustrationExact: {
    term: { id: 'Frustrasi eksak', en: 'Frustration exact' },
    meaning: {
      id: 'Ya bila indeks frustrasi terbukti minimum; tidak bila hanya batas atas dari pencarian.',
      en: 'Yes when the frustration index is proven minimal; no when it is an upper bound from the search.',
    },
    why: {
      id: 'Angka perkiraan sebaiknya dibaca sebagai "paling banyak".',
      en: 'An approximate figure should be read as "at most".',
    },
  },
  modularity: {
    term: { id: 'Modularitas', en: 'Modularity' },
    meaning: {
      id: 'Seberapa jelas kerja sama terkumpul dalam kelompok-kelompok (komunitas): 0 tidak ada, mendekati 1 sangat jelas.',
      en: 'How clearly collaboration clusters into groups (communities): 0 none, near 1 very clear.',
    },
    why: {
      id: 'Modularitas tinggi berarti kelompok-kelompok jarang bekerja sama satu sama lain: perlu penghubung.',
      en: 'High modularity means the groups seldom work with each other: links between them are needed.',
    },
  },
  communities: {
    term: { id: 'Komunitas', en: 'Communities' },
    meaning: {
      id: 'Jumlah kelompok IKM yang lebih banyak bekerja sama di dalam kelompoknya (metode Louvain).',
      en: 'The number of groups of firms that collaborate more inside the group than outside (Louvain method).',
    },
    why: {
      id: 'Setiap komunitas bisa menjadi satu kelompok sasaran pembinaan.',
      en: 'Each community can be one target group for support.',
    },
  },
};

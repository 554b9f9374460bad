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
  reciprocity: {
    term: { id: 'Resiprositas (per ikatan)', en: 'Reciprocity (per tie)' },
    meaning: {
      id: 'Porsi ikatan kerja sama berarah (mis. maklun A ke B) yang juga dibalas ke arah sebaliknya (B ke A).',
      en: 'The share of directed collaboration ties (e.g. maklun from A to B) that also run the other way (B to A).',
    },
    why: {
      id: 'Kerja sama yang saling berbalas lebih setara dan tahan lama daripada ketergantungan satu arah pada juragan.',
      en: 'Collaboration that is returned is more equal and lasting than one-way dependence on an order-giver.',
    },
  },
  dyadReciprocity: {
    term: { id: 'Resiprositas (per pasangan)', en: 'Reciprocity (per pair)' },
    meaning: {
      id: 'Porsi pasangan yang bekerja sama ke dua arah dari semua pasangan yang bekerja sama.',
      en: 'The share of collaborating pairs that collaborate both ways.',
    },
    why: {
      id: 'Dibaca per pasangan IKM: berapa banyak hubungan yang timbal balik, bukan hanya memberi atau hanya menerima.',
      en: 'Read per pair of firms: how many relations are two-way rather than only giving or only receiving.',
    },
  },
  degreeCentralization: {
    term: { id: 'Sentralisasi derajat', en: 'Degree centralization' },
    meaning: {
      id: 'Seberapa jauh ikatan kerja sama terpusat pada satu titik: 0 semua sama rata, 1 seperti bintang (satu pusat, lainnya hanya terhubung ke pusat).',
      en: 'How far collaboration ties concentrate on one node: 0 all equal, 1 a star (one hub, the others tied only to it).',
    },
    why: {
      id: 'Sentra yang sangat terpusat bergantung pada satu IKM atau lembaga; bila pusat itu berhenti, jaringan ikut goyah.',
      en: 'A highly centralized centre depends on one firm or institution; if that hub stops, the network falters.',
    },
  },
  inDegreeCentralization: {
    term: { id: 'Sentralisasi derajat masuk', en: 'In-degree centralization' },
    meaning: {
      id: 'Seberapa jauh ikatan kerja sama yang diterima (mis. pesanan, pasokan) terpusat pada satu titik, menurut arah tercatat.',
      en: 'How far the collaboration ties received (orders, supplies) concentrate on one node, by the recorded direction.',
    },
    why: {
      id: 'Tinggi bila satu IKM menampung pekerjaan atau bahan dari banyak pihak, misalnya satu pengepul.',
      en: 'High when one firm takes in work or material from many, such as a single collector.',
    },
  },
  outDegreeCentralization: {
    term: { id: 'Sentralisasi derajat keluar', en: 'Out-degree centralization' },
    meaning: {
      id: 'Seberapa jauh ikatan kerja sama yang diberikan (mis. pesanan maklun) terpusat pada satu titik, menurut arah tercatat.',
      en: 'How far the collaboration ties given (maklun orders, for instance) concentrate on one node, by the recorded direction.',
    },
    why: {
      id: 'Tinggi bila satu juragan membagi pekerjaan ke banyak perajin: tanda ketergantungan pada satu pemberi order.',
      en: 'High when one order-giver hands work to many makers: a sign of dependence on one principal.',
    },
  },
  betweennessCentralization: {
    term: { id: 'Sentralisasi keperantaraan', en: 'Betweenness centralization' },
    meaning: {
      id: 'Seberapa jauh jalur kerja sama antarpasangan melewati satu titik yang sama: 0 tersebar, 1 semua jalur lewat satu pusat.',
      en: 'How far the collaboration paths between pairs run through one and the same node: 0 spread out, 1 every path through one hub.',
    },
    why: {
      id: 'Tinggi berarti satu perantara menguasai aliran informasi dan pesanan; penghubung tambahan mengurangi risikonya.',
      en: 'High means one broker controls the flow of information and orders; additional links reduce that risk.',
    },
  },
  closenessCentralization: {
    term: { id: 'Sentralisasi kedekatan', en: 'Closeness centralization' },
    meaning: {
      id: 'Seberapa jauh satu titik jauh lebih dekat ke semua pihak daripada titik lainnya dalam jaringan kerja sama.',
      en: 'How far one node is much closer to everyone than the other nodes are, in the collaboration network.',
    },
    why: {
      id: 'Tinggi bila kabar dan program paling cepat sampai lewat satu pusat; rendah bila banyak IKM sama-sama mudah dijangkau.',
      en: 'High when news and programmes travel fastest through one hub; low when many firms are equally easy to reach.',
    },
  },
};

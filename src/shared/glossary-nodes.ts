/**
 * Glossary of the per-node measures (`NodeMeasuresSchema`) and the Gould–Fernandez brokerage roles. In
 * Bahasa Indonesia a network node is a "titik" (never "simpul", the app's name).
 */

import type { NodeMeasures } from '../networks/analysis/analysis.schema.ts';
import type { GlossaryEntry } from './glossary-types.ts';

/** One entry per node measure (a test checks every key of `NodeMeasuresSchema` but `id` is here). */
export const NODE_GLOSSARY: Record<Exclude<keyof NodeMeasures, 'id'>, GlossaryEntry> = {
  degree: {
    term: { id: 'Derajat', en: 'Degree' },
    meaning: {
      id: 'Jumlah pihak yang punya ikatan dengan titik ini.',
      en: 'How many parties this node is tied to.',
    },
    why: {
      id: 'IKM berderajat tinggi dikenal banyak pihak: titik awal yang baik untuk menyebarkan informasi.',
      en: 'Firms with high degree know many others: good starting points to spread information.',
    },
  },
  inDegree: {
    term: { id: 'Derajat masuk', en: 'In-degree' },
    meaning: {
      id: 'Jumlah ikatan yang mengarah ke titik ini (mis. pesanan maklun yang diterima).',
      en: 'Ties pointing at this node (e.g. toll-manufacturing orders received).',
    },
    why: {
      id: 'Menunjukkan IKM yang banyak menerima pesanan dan bergantung pada pemberi order.',
      en: 'Shows firms that receive many orders and depend on order-givers.',
    },
  },
  outDegree: {
    term: { id: 'Derajat keluar', en: 'Out-degree' },
    meaning: {
      id: 'Jumlah ikatan yang keluar dari titik ini (mis. pesanan maklun yang diberikan).',
      en: 'Ties leaving this node (e.g. toll-manufacturing orders given).',
    },
    why: {
      id: 'Menunjukkan juragan: IKM yang membagi pekerjaan ke banyak IKM lain.',
      en: 'Shows the juragan: firms handing work out to many others.',
    },
  },
  positiveDegree: {
    term: { id: 'Derajat kerja sama', en: 'Collaboration degree' },
    meaning: {
      id: 'Jumlah mitra kerja sama titik ini.',
      en: 'How many collaboration partners this node has.',
    },
    why: {
      id: 'IKM dengan banyak mitra dapat menjadi penggerak program bersama.',
      en: 'Firms with many partners can drive joint programmes.',
    },
  },
  negativeDegree: {
    term: { id: 'Derajat konflik', en: 'Conflict degree' },
    meaning: {
      id: 'Jumlah pihak yang berkonflik dengan titik ini.',
      en: 'How many parties this node is in conflict with.',
    },
    why: {
      id: 'IKM dengan banyak konflik perlu didekati sebelum program bersama dimulai.',
      en: 'Firms in many conflicts need attention before a joint programme starts.',
    },
  },
  betweenness: {
    term: { id: 'Keperantaraan (betweenness)', en: 'Betweenness' },
    meaning: {
      id: 'Seberapa sering titik ini berada di jalur terpendek kerja sama antara dua pihak lain (0–1).',
      en: 'How often this node lies on the shortest collaboration path between two others (0–1).',
    },
    why: {
      id: 'Perantara tinggi menghubungkan bagian sentra yang terpisah; kehilangan mereka memutus aliran informasi.',
      en: 'High-betweenness firms connect separate parts of the centre; losing them cuts the flow of information.',
    },
  },
  closeness: {
    term: { id: 'Kedekatan (closeness)', en: 'Closeness' },
    meaning: {
      id: 'Seberapa dekat titik ini, lewat rantai kerja sama, ke semua pihak lain (0–1).',
      en: 'How near this node is, through chains of collaboration, to everyone else (0–1).',
    },
    why: {
      id: 'Informasi dari IKM yang dekat ke semua pihak menyebar paling cepat.',
      en: 'News from a firm close to everyone spreads fastest.',
    },
  },
  harmonic: {
    term: { id: 'Kedekatan harmonik', en: 'Harmonic closeness' },
    meaning: {
      id: 'Jumlah 1/jarak ke setiap pihak lain lewat kerja sama; tetap bermakna bila jaringan terpecah.',
      en: 'The sum of 1/distance to every other party through collaboration; still meaningful when the network is split.',
    },
    why: {
      id: 'Seperti kedekatan, untuk sentra yang belum tersambung menjadi satu.',
      en: 'Like closeness, for centres not yet joined into one network.',
    },
  },
  eigenvector: {
    term: { id: 'Pengaruh (vektor eigen)', en: 'Influence (eigenvector)' },
    meaning: {
      id: 'Tinggi bila titik ini bekerja sama dengan pihak-pihak yang juga banyak bekerja sama (0–1).',
      en: 'High when this node collaborates with parties who themselves collaborate a lot (0–1).',
    },
    why: {
      id: 'Menemukan IKM yang berpengaruh lewat mitranya, bukan hanya lewat jumlah mitra.',
      en: 'Finds firms influential through their partners, not only through how many they have.',
    },
  },
  pagerank: {
    term: { id: 'Bobot rujukan (PageRank)', en: 'PageRank' },
    meaning: {
      id: 'Peluang sebuah pesan yang berpindah acak lewat ikatan kerja sama tiba di titik ini; jumlah semua titik = 1.',
      en: 'The chance that a message passed at random along collaboration ties arrives at this node; all nodes sum to 1.',
    },
    why: {
      id: 'Menandai IKM yang banyak dirujuk oleh IKM lain yang juga banyak dirujuk.',
      en: 'Marks firms that are turned to by others who are themselves turned to.',
    },
  },
  core: {
    term: { id: 'Inti (k-core)', en: 'Core number' },
    meaning: {
      id: 'Angka k terbesar di mana titik ini masih berada dalam kelompok yang setiap anggotanya punya paling sedikit k ikatan.',
      en: 'The largest k for which this node lies in a group where every member has at least k ties.',
    },
    why: {
      id: 'IKM berangka inti tinggi adalah inti sentra yang paling padat.',
      en: 'Firms with a high core number form the densest heart of the centre.',
    },
  },
  clustering: {
    term: { id: 'Pengelompokan lokal', en: 'Local clustering' },
    meaning: {
      id: 'Porsi pasangan mitra titik ini yang juga saling bekerja sama (0–1).',
      en: 'The share of this node’s partner pairs that also collaborate with each other (0–1).',
    },
    why: {
      id: 'Nilai tinggi: lingkaran mitra yang erat dan saling percaya; nilai rendah: IKM menjembatani pihak yang tidak saling kenal.',
      en: 'High: a tight, trusting circle of partners; low: the firm bridges parties who do not know each other.',
    },
  },
  community: {
    term: { id: 'Komunitas', en: 'Community' },
    meaning: {
      id: 'Kelompok tempat titik ini bekerja sama paling banyak (nomor kelompok, bukan peringkat).',
      en: 'The group this node collaborates with most (a group number, not a rank).',
    },
    why: {
      id: 'Program dapat menyasar satu komunitas sekaligus.',
      en: 'Programmes can target one community at a time.',
    },
  },
  camp: {
    term: { id: 'Kubu', en: 'Camp' },
    meaning: {
      id: 'Satu dari dua pihak dalam pembagian sentra yang paling sedikit menimbulkan ketegangan: kerja sama di dalam kubu, konflik antar-kubu.',
      en: 'One of the two sides of the split of the centre with the least strain: collaboration inside a camp, conflict between camps.',
    },
    why: {
      id: 'Menunjukkan garis perpecahan di sentra, tempat mediasi dibutuhkan.',
      en: 'Shows the fault line in the centre, where mediation is needed.',
    },
  },
  constraint: {
    term: { id: 'Keterikatan (constraint Burt)', en: 'Constraint (Burt)' },
    meaning: {
      id: 'Seberapa terkunci titik ini pada mitra yang saling kenal; tinggi berarti tidak punya jalur alternatif.',
      en: 'How locked in this node is by partners who all know each other; high means no alternative routes.',
    },
    why: {
      id: 'IKM yang sangat terikat rentan bila satu mitra utamanya berhenti.',
      en: 'Highly constrained firms are vulnerable when one main partner stops.',
    },
  },
  effectiveSize: {
    term: { id: 'Ukuran efektif', en: 'Effective size' },
    meaning: {
      id: 'Jumlah mitra yang membawa akses berbeda (mitra yang tidak saling kenal).',
      en: 'How many partners bring different access (partners who do not know each other).',
    },
    why: {
      id: 'IKM berukuran efektif besar mendapat informasi dan peluang dari banyak arah.',
      en: 'Firms with a large effective size get information and chances from many directions.',
    },
  },
  pn: {
    term: { id: 'Sentralitas positif-negatif (PN)', en: 'Positive–negative centrality (PN)' },
    meaning: {
      id: 'Kedudukan titik dengan menghitung kerja sama sebagai nilai tambah dan konflik sebagai pengurang.',
      en: 'A node’s standing counting collaboration as a plus and conflict as a minus.',
    },
    why: {
      id: 'Membedakan IKM yang disukai banyak pihak dari yang berpengaruh tetapi banyak bermusuhan.',
      en: 'Tells apart firms liked by many from those influential but in many conflicts.',
    },
  },
  brokerage: {
    term: { id: 'Peran perantara (Gould–Fernandez)', en: 'Brokerage roles (Gould–Fernandez)' },
    meaning: {
      id: 'Berapa kali titik ini menghubungkan dua pihak yang tidak berikatan langsung, dibagi menurut komunitas mereka.',
      en: 'How often this node links two parties with no direct tie, split by their communities.',
    },
    why: {
      id: 'Menunjukkan siapa yang bisa menjadi penghubung antar-kelompok dalam program.',
      en: 'Shows who can connect groups in a programme.',
    },
  },
  strength: {
    term: { id: 'Kekuatan (derajat berbobot)', en: 'Strength (weighted degree)' },
    meaning: {
      id: 'Jumlah ikatan tercatat pada semua pasangan titik ini; pasangan dengan beberapa ikatan dihitung sebanyak ikatannya.',
      en: 'The recorded ties over all of this node’s pairs; a pair with several ties counts as many times.',
    },
    why: {
      id: 'Membedakan IKM yang punya sedikit mitra tetapi hubungan padat dari yang punya banyak mitra sekali jalan.',
      en: 'Tells apart firms with few partners but dense dealings from those with many one-off partners.',
    },
  },
  positiveStrength: {
    term: { id: 'Kekuatan kerja sama', en: 'Collaboration strength' },
    meaning: {
      id: 'Jumlah ikatan kerja sama tercatat pada pasangan-pasangan kerja sama titik ini.',
      en: 'The recorded collaboration ties over this node’s collaborating pairs.',
    },
    why: {
      id: 'IKM dengan kekuatan kerja sama tinggi menopang banyak usaha bersama.',
      en: 'Firms with high collaboration strength carry much of the joint work.',
    },
  },
  negativeStrength: {
    term: { id: 'Kekuatan konflik', en: 'Conflict strength' },
    meaning: {
      id: 'Jumlah ikatan konflik tercatat pada pasangan-pasangan konflik titik ini.',
      en: 'The recorded conflict ties over this node’s conflicting pairs.',
    },
    why: {
      id: 'IKM dengan banyak konflik berulang adalah sasaran pertama mediasi.',
      en: 'Firms with many repeated conflicts are the first to approach for mediation.',
    },
  },
  ordersGiven: {
    term: { id: 'Pesanan maklun diberikan', en: 'Maklun orders given' },
    meaning: {
      id: 'Ikatan maklun dan subkontrak yang diberikan IKM ini ke IKM lain (dasar label hub-and-spoke).',
      en: 'Maklun and subcontract ties this firm gives to other firms (the basis of the hub-and-spoke label).',
    },
    why: {
      id: 'Menunjukkan juragan: bila sedikit IKM memberi sebagian besar pesanan, perajin bergantung pada mereka.',
      en: 'Shows the order-givers: when a few firms give most orders, makers depend on them.',
    },
  },
  ordersReceived: {
    term: { id: 'Pesanan maklun diterima', en: 'Maklun orders received' },
    meaning: {
      id: 'Ikatan maklun dan subkontrak yang diterima IKM ini dari IKM lain (derajat masuk maklun).',
      en: 'Maklun and subcontract ties this firm receives from other firms (its maklun in-degree).',
    },
    why: {
      id: 'IKM yang menerima pesanan dari satu juragan saja rentan bila juragan itu berhenti memesan.',
      en: 'A firm that takes orders from one order-giver only is exposed if that order-giver stops.',
    },
  },
};

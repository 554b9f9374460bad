/**
 * Glossary of the centre patterns, the brokerage roles and the general words of the network screens
 * (node, tie, camp, frustrated tie, bridge, renderer, …). Pattern meanings follow docs/ANALYSIS.md
 * "Centre patterns"; brokerage roles Gould & Fernandez (1989).
 */

import type { PatternCode } from '../networks/analysis/analysis.schema.ts';
import { PATTERN_LABELS } from '../networks/analysis/pattern.ts';
import type { GlossaryEntry, GlossaryText } from './glossary-types.ts';

const entry = (term: GlossaryText, meaning: GlossaryText, why: GlossaryText): GlossaryEntry => ({
  term,
  meaning,
  why,
});

/** One entry per centre pattern, named as the centre's label names it. */
export const PATTERN_GLOSSARY: Record<PatternCode, GlossaryEntry> = {
  cohesive_collaborative: entry(
    PATTERN_LABELS.cohesive_collaborative,
    {
      id: 'Sebagian besar IKM tersambung dalam satu jaringan kerja sama tanpa juragan atau lembaga yang dominan.',
      en: 'Most firms are joined in one collaboration network, with no dominant order-giver or institution.',
    },
    {
      id: 'Dasar yang baik untuk program bersama; jaga agar konflik yang ada tidak membentuk kubu.',
      en: 'A good base for joint programmes; keep existing conflict from forming camps.',
    },
  ),
  hub_and_spoke: entry(
    PATTERN_LABELS.hub_and_spoke,
    {
      id: 'Banyak IKM bekerja lewat maklun atau subkontrak dari segelintir juragan.',
      en: 'Many firms work through toll manufacturing or subcontracting from a handful of juragan.',
    },
    {
      id: 'Program harus melibatkan juragan, dan IKM kecil perlu akses pasar sendiri agar tidak terlalu bergantung.',
      en: 'Programmes must involve the juragan, and small firms need their own market access to depend less on them.',
    },
  ),
  institution_centred: entry(
    PATTERN_LABELS.institution_centred,
    {
      id: 'Sebagian besar IKM tergabung dalam koperasi atau asosiasi, dan kerja sama berjalan lewat lembaga itu.',
      en: 'Most firms belong to a cooperative or association, and collaboration runs through it.',
    },
    {
      id: 'Lembaga adalah jalur pembinaan utama; perkuat lembaganya.',
      en: 'The institution is the main channel for support; strengthen it.',
    },
  ),
  polarised: entry(
    PATTERN_LABELS.polarised,
    {
      id: 'Konflik terkumpul antara dua kubu IKM yang masing-masing bekerja sama di dalam kubunya.',
      en: 'Conflict runs between two camps of firms that each collaborate inside their camp.',
    },
    {
      id: 'Temuan paling mendesak: mediasi antar-kubu dulu, baru program bersama.',
      en: 'The most urgent finding: mediate between the camps before any joint programme.',
    },
  ),
  fragmented: entry(
    PATTERN_LABELS.fragmented,
    {
      id: 'Kelompok kerja sama terbesar memuat kurang dari separuh IKM; sentra terdiri dari pulau-pulau kecil.',
      en: 'The largest collaborating group holds less than half of the firms; the centre is small islands.',
    },
    {
      id: 'Perlu kegiatan yang mempertemukan IKM (pameran, pembelian bahan bersama).',
      en: 'Activities that bring firms together are needed (fairs, joint buying of materials).',
    },
  ),
  too_few_ties: entry(
    PATTERN_LABELS.too_few_ties,
    {
      id: 'Kurang dari 3 IKM atau kurang dari 3 ikatan tercatat; belum ada pola yang bisa dibaca.',
      en: 'Fewer than 3 firms or 3 ties are recorded; no pattern can be read yet.',
    },
    {
      id: 'Lengkapi pendataan ikatan sebelum menarik kesimpulan.',
      en: 'Record more ties before drawing conclusions.',
    },
  ),
};

/** The five Gould–Fernandez roles, by the groups of the three parties a → broker → c. */
export const BROKERAGE_ROLE_GLOSSARY = {
  coordinator: entry(
    { id: 'Koordinator', en: 'Coordinator' },
    { id: 'Menghubungkan dua pihak dari kelompoknya sendiri.', en: 'Links two parties of its own group.' },
    { id: 'Penggerak di dalam satu kelompok.', en: 'A mover inside one group.' },
  ),
  itinerant: entry(
    { id: 'Konsultan', en: 'Itinerant (consultant)' },
    {
      id: 'Menghubungkan dua pihak dari satu kelompok lain.',
      en: 'Links two parties of another, single group.',
    },
    { id: 'Orang luar yang dipercaya kelompok lain.', en: 'An outsider another group trusts.' },
  ),
  gatekeeper: entry(
    { id: 'Penjaga gerbang', en: 'Gatekeeper' },
    {
      id: 'Menerima dari kelompok lain dan meneruskan ke kelompoknya sendiri.',
      en: 'Takes in from another group and passes on to its own.',
    },
    { id: 'Pintu masuk informasi ke kelompoknya.', en: 'The way in for information to its group.' },
  ),
  representative: entry(
    { id: 'Wakil', en: 'Representative' },
    {
      id: 'Meneruskan dari kelompoknya sendiri ke kelompok lain.',
      en: 'Passes on from its own group to another.',
    },
    { id: 'Suara kelompoknya ke luar.', en: 'Its group’s voice to the outside.' },
  ),
  liaison: entry(
    { id: 'Penghubung', en: 'Liaison' },
    {
      id: 'Menghubungkan dua pihak dari dua kelompok lain yang berbeda.',
      en: 'Links two parties of two different other groups.',
    },
    { id: 'Jembatan antar-kelompok yang paling langka.', en: 'The rarest bridge between groups.' },
  ),
} satisfies Record<string, GlossaryEntry>;

/** General words of the network screens. */
export const TERM_GLOSSARY = {
  node: entry(
    { id: 'Titik (aktor)', en: 'Node' },
    {
      id: 'Satu IKM atau lembaga dalam gambar jaringan.',
      en: 'One firm or institution in the network drawing.',
    },
    {
      id: 'Setiap ukuran titik bercerita tentang satu pelaku di sentra.',
      en: 'Each node measure tells about one actor in the centre.',
    },
  ),
  tie: entry(
    { id: 'Ikatan', en: 'Tie' },
    {
      id: 'Hubungan tercatat antara dua pihak: kerja sama, konflik, atau bersaing sambil bekerja sama.',
      en: 'A recorded relation between two parties: collaboration, conflict, or coopetition.',
    },
    { id: 'Bahan semua angka analisis jaringan.', en: 'The raw material of every network figure.' },
  ),
  density: entry(
    { id: 'Kepadatan', en: 'Density' },
    {
      id: 'Porsi pasangan yang berikatan dari semua pasangan yang mungkin.',
      en: 'The share of all possible pairs that are tied.',
    },
    {
      id: 'Membandingkan keterhubungan jaringan yang besarnya berbeda.',
      en: 'Compares how connected networks of different sizes are.',
    },
  ),
  component: entry(
    { id: 'Komponen', en: 'Component' },
    {
      id: 'Bagian jaringan yang titik-titiknya tersambung lewat rantai ikatan; titik terisolasi tidak punya ikatan.',
      en: 'A part of the network whose nodes are joined by chains of ties; an isolate has no tie.',
    },
    {
      id: 'Banyak komponen berarti sentra belum menjadi satu jaringan.',
      en: 'Many components mean the centre is not one network yet.',
    },
  ),
  frustratedTie: entry(
    { id: 'Sasaran intervensi (ikatan frustrasi)', en: 'Intervention target (frustrated tie)' },
    {
      id: 'Ikatan yang tidak cocok dengan pembagian dua kubu: konflik di dalam satu kubu, atau kerja sama yang melintasi kubu.',
      en: 'A tie that does not fit the two-camp split: conflict inside a camp, or collaboration across camps.',
    },
    {
      id: 'Konflik di dalam kubu perlu dimediasi; kerja sama lintas kubu adalah jembatan yang perlu dijaga.',
      en: 'Conflict inside a camp needs mediation; collaboration across camps is a bridge to keep.',
    },
  ),
  bridge: entry(
    { id: 'Jembatan antar-kubu', en: 'Bridge between camps' },
    {
      id: 'Kerja sama antara dua IKM dari kubu yang berbeda.',
      en: 'Collaboration between two firms of different camps.',
    },
    {
      id: 'Jalur damai yang sudah ada: kedua IKM dapat menjadi perantara mediasi. Jangan diputus.',
      en: 'An existing peaceful channel: both firms can help mediate. Never break it up.',
    },
  ),
  broker: entry(
    { id: 'Perantara (broker)', en: 'Broker' },
    {
      id: 'IKM dengan keperantaraan atau peran perantara tertinggi.',
      en: 'A firm with the highest betweenness or brokerage.',
    },
    {
      id: 'Mitra alami untuk menyebarkan program ke seluruh sentra.',
      en: 'A natural partner to spread a programme across the centre.',
    },
  ),
  coopetition: entry(
    { id: 'Bersaing sambil bekerja sama', en: 'Coopetition' },
    {
      id: 'Persaingan sehat menurut aturan; tidak dihitung sebagai kerja sama maupun konflik.',
      en: 'Fair competition within the rules; counted as neither collaboration nor conflict.',
    },
    {
      id: 'Persaingan sehat bukan masalah yang perlu dimediasi.',
      en: 'Fair rivalry is not a problem to mediate.',
    },
  ),
  renderer: entry(
    { id: 'Cara menggambar', en: 'Renderer' },
    {
      id: 'Teknik peramban untuk menggambar jaringan: WebGL (kartu grafis) atau Kanvas 2D.',
      en: 'The browser technique that draws the network: WebGL (graphics card) or Canvas 2D.',
    },
    {
      id: 'Pilih Kanvas 2D bila gambar lambat atau kosong di komputer kantor.',
      en: 'Choose Canvas 2D when the drawing is slow or blank on an office computer.',
    },
  ),
  position: entry(
    { id: 'Posisi (blockmodel bertanda)', en: 'Position (signed blockmodel)' },
    {
      id: 'Kelompok IKM yang bekerja sama di dalamnya dan berkonflik dengan kelompok lain, sejauh jaringan memungkinkan; dengan dua posisi sama dengan dua kubu.',
      en: 'A group of firms that collaborate inside and are in conflict with the other groups, as far as the network allows; with two positions, the two camps.',
    },
    {
      id: 'Menunjukkan persekutuan dan permusuhan antar-kelompok (asosiasi, dusun, lini produk) dan IKM penghubung yang dapat dimintai bantuan mediasi.',
      en: 'Shows alliances and hostility between groups (associations, hamlets, product lines) and the go-between firms to ask for help with mediation.',
    },
  ),
  leiden: entry(
    { id: 'Leiden (metode komunitas)', en: 'Leiden (community method)' },
    {
      id: 'Metode pencarian komunitas yang, tidak seperti Louvain, menjamin setiap komunitas tersambung oleh kerja sama di dalamnya.',
      en: 'A community detection method that, unlike Louvain, guarantees every community is connected by collaboration inside it.',
    },
    {
      id: 'Komunitas yang tersambung dapat dibaca sebagai satu kelompok nyata; resolusi mengatur seberapa besar kelompoknya.',
      en: 'A connected community can be read as one real group; the resolution sets how large the groups are.',
    },
  ),
} satisfies Record<string, GlossaryEntry>;

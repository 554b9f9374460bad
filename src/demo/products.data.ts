import type { KbliEntry } from '../shared/kbli.ts';

/** What a centre makes; picks the numbers and words its firms are generated with. */
export type ProductKind =
  | 'footwear'
  | 'knitwear'
  | 'tofu_tempeh'
  | 'tofu'
  | 'leather'
  | 'ceramics'
  | 'batik'
  | 'rattan'
  | 'embroidery'
  | 'copper'
  | 'furniture'
  | 'casting';

/** One product line a firm can list, with its KBLI 2020 code where DOMAIN.md gives one. */
export interface ProductLine {
  text: string;
  kbli?: KbliEntry;
}

/** Plausible economics and vocabulary of one product kind (rupiah, per year). */
export interface ProductProfile {
  /** Word opening product-named firms ("Sepatu …", "Batik …"). */
  prefix: string;
  /** `commodity` column of the Dinas sheet. */
  commodity: string;
  lines: ProductLine[];
  /** What a firm whose only role is material supplier sells (tanned hides, yarn, soybeans…). */
  materialLine: string;
  /** Output unit and a typical ex-works price per unit. */
  unit: string;
  unitPrice: number;
  /** Annual sales per worker, low and high. */
  salesPerWorker: readonly [number, number];
  /** Raw and auxiliary materials (BBBP) as a share of production value. */
  materialShare: readonly [number, number];
  femaleWorkerShare: number;
  femaleOwnerShare: number;
  /** Words that fit this trade in a business name. */
  nameWords: string[];
}

const TEMPE: KbliEntry = { code: '10391', version: '2020', title: 'Industri tempe kedelai' };
const TAHU: KbliEntry = { code: '10392', version: '2020', title: 'Industri tahu kedelai' };
const FURNITURE: KbliEntry = {
  code: '31001',
  version: '2020',
  title: 'Furnitur dari kayu (kode belum terverifikasi)',
};

const tofuTempeh: ProductProfile = {
  prefix: 'Tahu',
  materialLine: 'Kedelai',
  commodity: 'Tahu dan tempe',
  lines: [
    { text: 'Tahu putih', kbli: TAHU },
    { text: 'Tahu kuning', kbli: TAHU },
    { text: 'Tempe', kbli: TEMPE },
  ],
  unit: 'kg',
  unitPrice: 14_000,
  salesPerWorker: [60_000_000, 150_000_000],
  materialShare: [0.6, 0.75],
  femaleWorkerShare: 0.4,
  femaleOwnerShare: 0.3,
  nameWords: ['Kedelai', 'Gurih', 'Murni', 'Segar', 'Putih'],
};

/** Profiles per product kind; figures are order-of-magnitude guesses for a synthetic demo, not data. */
export const PRODUCTS: Record<ProductKind, ProductProfile> = {
  footwear: {
    prefix: 'Sepatu',
    materialLine: 'Kulit, sol, dan aksesori sepatu',
    commodity: 'Alas kaki',
    lines: [
      { text: 'Sepatu kulit pria' },
      { text: 'Sepatu wanita' },
      { text: 'Sandal kulit' },
      { text: 'Sepatu anak' },
    ],
    unit: 'pasang',
    unitPrice: 120_000,
    salesPerWorker: [40_000_000, 110_000_000],
    materialShare: [0.5, 0.65],
    femaleWorkerShare: 0.3,
    femaleOwnerShare: 0.15,
    nameWords: ['Langkah', 'Tapak', 'Kulit', 'Pijak', 'Gagah'],
  },
  knitwear: {
    prefix: 'Rajut',
    materialLine: 'Benang rajut',
    commodity: 'Pakaian rajut',
    lines: [
      { text: 'Sweater rajut' },
      { text: 'Kardigan' },
      { text: 'Syal dan kupluk' },
      { text: 'Jaket rajut' },
    ],
    unit: 'lusin',
    unitPrice: 700_000,
    salesPerWorker: [45_000_000, 120_000_000],
    materialShare: [0.5, 0.65],
    femaleWorkerShare: 0.5,
    femaleOwnerShare: 0.35,
    nameWords: ['Benang', 'Hangat', 'Rajutan', 'Wol', 'Simpul'],
  },
  tofu_tempeh: tofuTempeh,
  tofu: {
    ...tofuTempeh,
    commodity: 'Tahu',
    lines: [
      { text: 'Tahu putih', kbli: TAHU },
      { text: 'Tahu kuning', kbli: TAHU },
      { text: 'Tahu goreng', kbli: TAHU },
    ],
  },
  leather: {
    prefix: 'Kulit',
    materialLine: 'Kulit tersamak',
    commodity: 'Penyamakan dan barang kulit',
    lines: [
      { text: 'Jaket kulit' },
      { text: 'Tas dan dompet kulit' },
      { text: 'Sepatu kulit' },
      { text: 'Sarung tangan kulit' },
    ],
    unit: 'buah',
    unitPrice: 300_000,
    salesPerWorker: [60_000_000, 160_000_000],
    materialShare: [0.55, 0.7],
    femaleWorkerShare: 0.25,
    femaleOwnerShare: 0.15,
    nameWords: ['Domba', 'Samak', 'Kulit', 'Jaket', 'Priangan'],
  },
  ceramics: {
    prefix: 'Keramik',
    materialLine: 'Tanah liat dan bahan glasir',
    commodity: 'Keramik hias',
    lines: [{ text: 'Gerabah hias' }, { text: 'Pot keramik' }, { text: 'Guci' }, { text: 'Keramik glasir' }],
    unit: 'buah',
    unitPrice: 45_000,
    salesPerWorker: [30_000_000, 90_000_000],
    materialShare: [0.25, 0.4],
    femaleWorkerShare: 0.35,
    femaleOwnerShare: 0.2,
    nameWords: ['Tanah', 'Gerabah', 'Bumi', 'Tungku', 'Glasir'],
  },
  batik: {
    prefix: 'Batik',
    materialLine: 'Kain mori, malam, dan pewarna',
    commodity: 'Batik',
    lines: [
      { text: 'Batik tulis' },
      { text: 'Batik cap' },
      { text: 'Batik kombinasi' },
      { text: 'Kemeja batik' },
    ],
    unit: 'lembar',
    unitPrice: 250_000,
    salesPerWorker: [35_000_000, 100_000_000],
    materialShare: [0.4, 0.55],
    femaleWorkerShare: 0.6,
    femaleOwnerShare: 0.45,
    nameWords: ['Sekar', 'Arum', 'Kawung', 'Parang', 'Truntum', 'Canting', 'Sido Mukti'],
  },
  rattan: {
    prefix: 'Rotan',
    materialLine: 'Rotan poles dan rotan belah',
    commodity: 'Mebel rotan',
    lines: [
      { text: 'Kursi rotan' },
      { text: 'Set meja kursi rotan' },
      { text: 'Keranjang rotan' },
      { text: 'Rangka mebel rotan' },
    ],
    unit: 'buah',
    unitPrice: 400_000,
    salesPerWorker: [50_000_000, 130_000_000],
    materialShare: [0.45, 0.6],
    femaleWorkerShare: 0.3,
    femaleOwnerShare: 0.15,
    nameWords: ['Anyam', 'Rotan', 'Lentur', 'Wangi', 'Nusantara'],
  },
  embroidery: {
    prefix: 'Bordir',
    materialLine: 'Kain dan benang bordir',
    commodity: 'Bordir',
    lines: [
      { text: 'Mukena bordir' },
      { text: 'Kerudung bordir' },
      { text: 'Kebaya bordir' },
      { text: 'Busana muslim' },
    ],
    unit: 'potong',
    unitPrice: 150_000,
    salesPerWorker: [35_000_000, 90_000_000],
    materialShare: [0.45, 0.6],
    femaleWorkerShare: 0.7,
    femaleOwnerShare: 0.45,
    nameWords: ['Sulam', 'Kerawang', 'Benang Emas', 'Kembang', 'Payung'],
  },
  copper: {
    prefix: 'Tembaga',
    materialLine: 'Lembaran tembaga dan kuningan',
    commodity: 'Kerajinan tembaga dan kuningan',
    lines: [
      { text: 'Lampu tembaga' },
      { text: 'Wastafel tembaga' },
      { text: 'Ornamen kuningan' },
      { text: 'Kubah masjid' },
    ],
    unit: 'buah',
    unitPrice: 400_000,
    salesPerWorker: [50_000_000, 140_000_000],
    materialShare: [0.45, 0.6],
    femaleWorkerShare: 0.1,
    femaleOwnerShare: 0.05,
    nameWords: ['Tembaga', 'Kuningan', 'Palu', 'Logam', 'Kencana'],
  },
  furniture: {
    prefix: 'Mebel',
    materialLine: 'Kayu gergajian',
    commodity: 'Mebel dan ukiran kayu',
    lines: [
      { text: 'Mebel jati', kbli: FURNITURE },
      { text: 'Ukiran kayu', kbli: { code: '16293', version: '2020', title: 'Ukiran kayu' } },
      { text: 'Kursi dan meja kayu', kbli: FURNITURE },
      { text: 'Lemari ukir', kbli: FURNITURE },
    ],
    unit: 'buah',
    unitPrice: 1_500_000,
    salesPerWorker: [60_000_000, 160_000_000],
    materialShare: [0.45, 0.6],
    femaleWorkerShare: 0.15,
    femaleOwnerShare: 0.1,
    nameWords: ['Jati', 'Ukir', 'Kayu', 'Mahoni', 'Pahat'],
  },
  casting: {
    prefix: 'Logam',
    materialLine: 'Besi tua dan kokas',
    commodity: 'Pengecoran logam',
    lines: [
      { text: 'Komponen cor besi' },
      { text: 'Suku cadang mesin' },
      { text: 'Peralatan dapur cor' },
      { text: 'Pagar besi cor' },
    ],
    unit: 'kg',
    unitPrice: 35_000,
    salesPerWorker: [70_000_000, 180_000_000],
    materialShare: [0.5, 0.65],
    femaleWorkerShare: 0.08,
    femaleOwnerShare: 0.05,
    nameWords: ['Baja', 'Cor', 'Besi', 'Tempa', 'Logam'],
  },
};

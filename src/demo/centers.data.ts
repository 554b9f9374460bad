import type { CenterStatus, COMMODITY_GROUPS, DINAS_GROUPS } from '../centers/centers.schema.ts';
import type { KbliEntry } from '../shared/kbli.ts';
import type { Source } from '../shared/provenance.ts';
import type { ProductKind } from './products.data.ts';

/** Whose given and family names a centre's people get. Cirebon speaks Javanese-Cirebonese and Sundanese. */
export type NameCulture = 'sundanese' | 'javanese' | 'mixed';

/** A documented centre-level figure with its provenance. */
export interface DemoFigure {
  indicator: 'units' | 'workers';
  value: number;
  unit: string;
  year: number;
  source: Source;
  sourceRef: string;
  definition: string;
}

/** One of the 14 real centres of DOMAIN.md §10; everything here is real or marked synthetic/approximate. */
export interface DemoCenterSpec {
  /** Upper-case key: external id `DEMO-<slug>` and part of every derived id. */
  slug: string;
  name: string;
  mainProduct: string;
  product: ProductKind;
  commodityGroup: (typeof COMMODITY_GROUPS)[number];
  dinasGroup: (typeof DINAS_GROUPS)[number];
  kbli: KbliEntry[];
  status: CenterStatus;
  /** Synthetic decree (`SK-DEMO/…`); the issuing office is real. */
  designation: { skNumber: string; date: string; issuer: string } | null;
  foundingYear: number | null;
  /** Approximate centre point (WGS84). */
  latitude: number;
  longitude: number;
  description: string;
  regencyName: string;
  districtName: string;
  /** Kemendagri village codes with their official names (checked against `regions` in the tests). */
  villages: { code: string; name: string }[];
  /** Latest documented number of units: the demo draws `clamp(round(4·√units), 20, 150)` firms. */
  scaleUnits: number | null;
  figures: DemoFigure[];
  names: NameCulture;
}

const SECONDARY = 'Simpul DOMAIN.md §10 (sumber sekunder)';
const BATIK: KbliEntry = {
  code: '13134',
  version: '2020',
  title: 'Batik (kode belum terverifikasi; sumber lain: 13133)',
};

const units = (
  value: number,
  year: number,
  definition: string,
  extra: Partial<DemoFigure> = {},
): DemoFigure => ({
  indicator: 'units',
  value,
  unit: 'unit usaha',
  year,
  source: 'news',
  sourceRef: SECONDARY,
  definition,
  ...extra,
});

const workers = (
  value: number,
  year: number,
  definition: string,
  extra: Partial<DemoFigure> = {},
): DemoFigure => ({
  ...units(value, year, definition, extra),
  indicator: 'workers',
  unit: 'orang',
  ...extra,
});

/** The 14 centres, Jabar (32) first, then Jateng (33), in DOMAIN.md §10 order. */
export const DEMO_CENTERS: DemoCenterSpec[] = [
  {
    slug: 'CIBADUYUT',
    name: 'Sentra Sepatu Cibaduyut',
    mainProduct: 'Sepatu dan sandal kulit',
    product: 'footwear',
    commodityGroup: 'clothing',
    dinasGroup: 'clothing',
    kbli: [],
    status: 'coached',
    designation: { skNumber: 'SK-DEMO/001/2012', date: '2012-03-12', issuer: 'Wali Kota Bandung' },
    foundingYear: null,
    latitude: -6.948,
    longitude: 107.593,
    description:
      'Sentra alas kaki di Bojongloa Kidul; sebagian besar perajin mengerjakan maklun dengan desain dan bahan dari pemesan. Ada UPTD persepatuan, dan banting harga menjadi keluhan yang berulang.',
    regencyName: 'Kota Bandung',
    districtName: 'Bojongloa Kidul',
    villages: [
      { code: '32.73.17.1003', name: 'Cibaduyut' },
      { code: '32.73.17.1005', name: 'Cibaduyut Kidul' },
      { code: '32.73.17.1006', name: 'Cibaduyut Wetan' },
    ],
    scaleUnits: 697,
    figures: [units(697, 2011, 'Unit usaha alas kaki di sentra')],
    names: 'sundanese',
  },
  {
    slug: 'BINONG-JATI',
    name: 'Sentra Rajut Binong Jati',
    mainProduct: 'Pakaian rajut',
    product: 'knitwear',
    commodityGroup: 'clothing',
    dinasGroup: 'clothing',
    kbli: [],
    status: 'designated',
    designation: { skNumber: 'SK-DEMO/002/2014', date: '2014-06-02', issuer: 'Wali Kota Bandung' },
    foundingYear: 1965,
    latitude: -6.918,
    longitude: 107.639,
    description:
      'Sentra rajutan di Kelurahan Binong yang berawal dari makloon dengan mesin pinjaman pada 1965. Perajin berhimpun dalam asosiasi dan banyak yang menerima pesanan dari juragan.',
    regencyName: 'Kota Bandung',
    districtName: 'Batununggal',
    villages: [{ code: '32.73.12.1008', name: 'Binong' }],
    scaleUnits: 293,
    figures: [
      units(293, 2018, 'Perajin rajut; tahun = tahun terbit laporan, tahun data tidak disebut (unverified)', {
        unit: 'perajin',
        sourceRef: 'https://travellinkinfo.blogspot.com/2018/10/sentra-rajutan-binong-jati-wisata-home.html',
      }),
      workers(2143, 2018, 'Tenaga kerja sentra; tahun = tahun terbit laporan (unverified)', {
        sourceRef: 'https://travellinkinfo.blogspot.com/2018/10/sentra-rajutan-binong-jati-wisata-home.html',
      }),
    ],
    names: 'sundanese',
  },
  {
    slug: 'CIBUNTU',
    name: 'Sentra Tahu Tempe Cibuntu',
    mainProduct: 'Tahu dan tempe',
    product: 'tofu_tempeh',
    commodityGroup: 'food',
    dinasGroup: 'food',
    kbli: [
      { code: '10391', version: '2020', title: 'Industri tempe kedelai' },
      { code: '10392', version: '2020', title: 'Industri tahu kedelai' },
    ],
    status: 'recorded',
    designation: null,
    foundingYear: null,
    latitude: -6.916,
    longitude: 107.577,
    description:
      'Sentra tahu dan tempe di permukiman padat Bandung Kulon. Perajin membeli kedelai bersama agar lebih tahan terhadap naik-turunnya harga.',
    regencyName: 'Kota Bandung',
    districtName: 'Bandung Kulon',
    villages: [{ code: '32.73.15.1002', name: 'Cibuntu' }],
    scaleUnits: null,
    figures: [],
    names: 'sundanese',
  },
  {
    slug: 'SUKAREGANG',
    name: 'Sentra Kulit Sukaregang',
    mainProduct: 'Kulit tersamak dan barang kulit',
    product: 'leather',
    commodityGroup: 'clothing',
    dinasGroup: 'clothing',
    kbli: [],
    status: 'coached',
    designation: { skNumber: 'SK-DEMO/003/2013', date: '2013-09-23', issuer: 'Bupati Garut' },
    foundingYear: null,
    latitude: -7.21,
    longitude: 107.91,
    description:
      'Sentra penyamakan dan barang kulit di Garut Kota: penyamak memasok kulit ke perajin jaket, tas, dan sepatu, yang menjual lewat toko di sepanjang jalan. Sumber berbeda soal kecamatannya (Garut Kota atau Karangpawitan).',
    regencyName: 'Kabupaten Garut',
    districtName: 'Garut Kota',
    villages: [
      { code: '32.05.01.1002', name: 'Kota Wetan' },
      { code: '32.05.01.1006', name: 'Sukamentri' },
    ],
    scaleUnits: 350,
    figures: [
      units(350, 2008, 'Unit usaha penyamakan kulit, formal dan nonformal (unverified)', {
        source: 'dinas_census',
        sourceRef: 'Disperindag PM Kabupaten Garut, dikutip di http://cisitoe.blogspot.com/2008/11/',
      }),
      workers(1750, 2008, 'Tenaga kerja penyamakan kulit (unverified)', {
        source: 'dinas_census',
        sourceRef: 'Disperindag PM Kabupaten Garut, dikutip di http://cisitoe.blogspot.com/2008/11/',
      }),
    ],
    names: 'sundanese',
  },
  {
    slug: 'PLERED',
    name: 'Sentra Keramik Plered',
    mainProduct: 'Keramik hias dan gerabah',
    product: 'ceramics',
    commodityGroup: 'chemicals_building_materials',
    dinasGroup: 'chemicals_building_materials',
    kbli: [{ code: '23932', version: '2020', title: 'Barang dari tanah liat (gerabah)' }],
    status: 'designated',
    designation: { skNumber: 'SK-DEMO/004/2016', date: '2016-04-18', issuer: 'Bupati Purwakarta' },
    foundingYear: null,
    latitude: -6.642,
    longitude: 107.39,
    description:
      'Sentra keramik hias di Desa Anjun dengan tungku bersama di UPTD. Rantai pasoknya bertingkat: perajin pemasok menjual ke eksportir.',
    regencyName: 'Kabupaten Purwakarta',
    districtName: 'Plered',
    villages: [{ code: '32.14.04.2009', name: 'Anjun' }],
    scaleUnits: 147,
    figures: [units(205, 2019, 'Unit usaha keramik'), units(147, 2024, 'Unit usaha keramik')],
    names: 'sundanese',
  },
  {
    slug: 'TRUSMI',
    name: 'Sentra Batik Trusmi',
    mainProduct: 'Batik tulis dan cap',
    product: 'batik',
    commodityGroup: 'crafts_misc',
    dinasGroup: 'crafts',
    kbli: [BATIK],
    status: 'designated',
    designation: { skNumber: 'SK-DEMO/005/2015', date: '2015-10-02', issuer: 'Bupati Cirebon' },
    foundingYear: null,
    latitude: -6.705,
    longitude: 108.497,
    description:
      'Sentra batik di Trusmi Kulon dan Trusmi Wetan; showroom besar memesan kain dari perajin sekitar. Gedung sentra yang dibangun pemerintah sebagian besar kosong.',
    regencyName: 'Kabupaten Cirebon',
    districtName: 'Plered',
    villages: [
      { code: '32.09.36.2004', name: 'Trusmi Wetan' },
      { code: '32.09.36.2005', name: 'Trusmi Kulon' },
    ],
    scaleUnits: 593,
    figures: [units(593, 2018, 'Unit usaha batik'), workers(4628, 2018, 'Tenaga kerja batik')],
    names: 'mixed',
  },
  {
    slug: 'TEGALWANGI',
    name: 'Sentra Rotan Tegalwangi',
    mainProduct: 'Mebel dan kerajinan rotan',
    product: 'rattan',
    commodityGroup: 'furniture',
    dinasGroup: 'crafts',
    kbli: [{ code: '16291', version: '2020', title: 'Barang anyaman dari rotan' }],
    status: 'recorded',
    designation: null,
    foundingYear: null,
    latitude: -6.719,
    longitude: 108.498,
    description:
      'Sentra mebel rotan berorientasi ekspor; pabrik dan juragan membagi pesanan ke pengesub (subkontraktor). Perselisihan soal bahan baku cukup sering terjadi.',
    regencyName: 'Kabupaten Cirebon',
    districtName: 'Weru',
    villages: [{ code: '32.09.19.2009', name: 'Tegalwangi' }],
    scaleUnits: 1500,
    figures: [
      units(1500, 2024, 'Lebih dari 1.500 unit usaha rotan, mikro hingga besar (angka bulat)', {
        sourceRef: 'https://fajarcirebon.com/ekspor-rotan-cirebon-merambah-asia-perajin-kebanjiran-order/',
      }),
    ],
    names: 'mixed',
  },
  {
    slug: 'KAWALU',
    name: 'Sentra Bordir Kawalu',
    mainProduct: 'Bordir (mukena, kerudung, busana muslim)',
    product: 'embroidery',
    commodityGroup: 'clothing',
    dinasGroup: 'clothing',
    kbli: [],
    status: 'recorded',
    designation: null,
    foundingYear: null,
    latitude: -7.378,
    longitude: 108.212,
    description:
      'Sentra bordir di Kawalu, Kota Tasikmalaya, dengan banyak usaha rumahan yang mengerjakan pesanan juragan. Banting harga antarperajin sudah lama menjadi masalah.',
    regencyName: 'Kota Tasikmalaya',
    districtName: 'Kawalu',
    villages: [{ code: '32.78.05.1005', name: 'Tanjung' }],
    scaleUnits: 1056,
    figures: [units(1056, 2016, 'Unit usaha bordir (unverified)')],
    names: 'sundanese',
  },
  {
    slug: 'LAWEYAN',
    name: 'Kampoeng Batik Laweyan',
    mainProduct: 'Batik tulis, cap, dan kombinasi',
    product: 'batik',
    commodityGroup: 'crafts_misc',
    dinasGroup: 'crafts',
    kbli: [BATIK],
    status: 'independent',
    designation: { skNumber: 'SK-DEMO/006/2005', date: '2005-02-14', issuer: 'Wali Kota Surakarta' },
    foundingYear: null,
    latitude: -7.569,
    longitude: 110.799,
    description:
      'Kampung batik bersejarah di Surakarta yang bangkit lewat Forum Pengembangan Kampoeng Batik Laweyan (FPKBL), dari kurang dari 20 menjadi lebih dari 80 usaha. Limbah cair diolah di IPAL komunal.',
    regencyName: 'Kota Surakarta',
    districtName: 'Laweyan',
    villages: [{ code: '33.72.01.1002', name: 'Laweyan' }],
    // "More than 80 firms" has no year in the sources, so it scales the demo but is not stored as a figure.
    scaleUnits: 80,
    figures: [],
    names: 'javanese',
  },
  {
    slug: 'KAUMAN',
    name: 'Kampoeng Batik Kauman',
    mainProduct: 'Batik tulis dan cap',
    product: 'batik',
    commodityGroup: 'crafts_misc',
    dinasGroup: 'crafts',
    kbli: [BATIK],
    status: 'independent',
    designation: { skNumber: 'SK-DEMO/007/2008', date: '2008-11-05', issuer: 'Wali Kota Pekalongan' },
    foundingYear: null,
    latitude: -6.888,
    longitude: 109.678,
    description:
      'Kampung batik di Pekalongan Timur yang dikelola perkumpulan warga dan memiliki IPAL komunal. Penjualan batik printing sebagai batik tulis atau cap memicu perselisihan.',
    regencyName: 'Kota Pekalongan',
    districtName: 'Pekalongan Timur',
    villages: [{ code: '33.75.02.1004', name: 'Kauman' }],
    scaleUnits: 48,
    figures: [units(48, 2012, 'Usaha batik di kampung batik')],
    names: 'javanese',
  },
  {
    slug: 'TUMANG',
    name: 'Sentra Tembaga Tumang',
    mainProduct: 'Kerajinan tembaga dan kuningan',
    product: 'copper',
    commodityGroup: 'crafts_misc',
    dinasGroup: 'crafts',
    kbli: [],
    status: 'coached',
    designation: { skNumber: 'SK-DEMO/008/2017', date: '2017-07-24', issuer: 'Bupati Boyolali' },
    foundingYear: null,
    latitude: -7.521,
    longitude: 110.52,
    description:
      'Sentra kerajinan tembaga dan kuningan di Dukuh Tumang, Cepogo; banyak usaha didirikan mantan pekerja perajin lain. Ada pusat peralatan (tool centre) untuk dipakai bersama.',
    regencyName: 'Kabupaten Boyolali',
    districtName: 'Cepogo',
    villages: [{ code: '33.09.03.2013', name: 'Cepogo' }],
    scaleUnits: 300,
    figures: [units(300, 2019, 'Sekitar 300 perajin', { unit: 'perajin' })],
    names: 'javanese',
  },
  {
    slug: 'JEPARA',
    name: 'Sentra Mebel Jepara',
    mainProduct: 'Mebel dan ukiran kayu',
    product: 'furniture',
    commodityGroup: 'furniture',
    dinasGroup: 'crafts',
    kbli: [
      { code: '16293', version: '2020', title: 'Ukiran kayu' },
      { code: '31001', version: '2020', title: 'Furnitur dari kayu (kode belum terverifikasi)' },
    ],
    status: 'designated',
    designation: { skNumber: 'SK-DEMO/009/2011', date: '2011-05-09', issuer: 'Bupati Jepara' },
    foundingYear: null,
    latitude: -6.627,
    longitude: 110.68,
    description:
      'Sentra mebel dan ukiran kayu berpusat di Kecamatan Tahunan, dengan subkontrak berlapis. Tuduhan jiplak desain oleh merek Italia Ethimo (2023) dimediasi Kanwil Kemenkumham di Disperindag.',
    regencyName: 'Kabupaten Jepara',
    districtName: 'Tahunan',
    villages: [
      { code: '33.20.11.2012', name: 'Tahunan' },
      { code: '33.20.11.2011', name: 'Mantingan' },
      { code: '33.20.11.2014', name: 'Senenan' },
      { code: '33.20.11.2004', name: 'Petekeyan' },
      { code: '33.20.11.2010', name: 'Tegalsambi' },
    ],
    scaleUnits: 15271,
    figures: [units(15271, 2007, 'Unit usaha mebel se-kabupaten', { source: 'dinas_census' })],
    names: 'javanese',
  },
  {
    slug: 'CEPER',
    name: 'Sentra Logam Ceper',
    mainProduct: 'Pengecoran logam',
    product: 'casting',
    commodityGroup: 'metal_machinery_electronics',
    dinasGroup: 'metal_electronics',
    kbli: [{ code: '24310', version: '2020', title: 'Pengecoran besi dan baja (kode belum terverifikasi)' }],
    status: 'coached',
    designation: { skNumber: 'SK-DEMO/010/2010', date: '2010-08-30', issuer: 'Bupati Klaten' },
    foundingYear: null,
    latitude: -7.663,
    longitude: 110.685,
    description:
      'Sentra pengecoran logam di Dukuh Batur, Desa Tegalrejo. Koperasi Batur Jaya menerima pesanan komponen dari PT KAI dan membaginya ke anggota.',
    regencyName: 'Kabupaten Klaten',
    districtName: 'Ceper',
    villages: [{ code: '33.10.11.2015', name: 'Tegalrejo' }],
    scaleUnits: 295,
    figures: [
      units(295, 2009, 'Unit usaha pengecoran logam'),
      workers(4872, 2009, 'Tenaga kerja pengecoran logam'),
    ],
    names: 'javanese',
  },
  {
    slug: 'KALISARI',
    name: 'Sentra Tahu Kalisari',
    mainProduct: 'Tahu',
    product: 'tofu',
    commodityGroup: 'food',
    dinasGroup: 'food',
    kbli: [{ code: '10392', version: '2020', title: 'Industri tahu kedelai' }],
    status: 'designated',
    designation: { skNumber: 'SK-DEMO/011/2019', date: '2019-03-11', issuer: 'Bupati Banyumas' },
    foundingYear: null,
    latitude: -7.425,
    longitude: 109.14,
    description:
      'Desa sentra tahu di Cilongok; limbah cair tahu diolah menjadi biogas untuk warga. Usaha sangat rentan terhadap harga kedelai.',
    regencyName: 'Kabupaten Banyumas',
    districtName: 'Cilongok',
    villages: [{ code: '33.02.17.2014', name: 'Kalisari' }],
    scaleUnits: 248,
    figures: [units(248, 2019, 'Industri rumahan tahu', { unit: 'industri rumahan' })],
    names: 'javanese',
  },
];

/** Firms the demo draws for a centre: 4·√(documented units), kept within 20–150 so the demo stays fast. */
export function demoFirmCount(scaleUnits: number | null): number {
  if (scaleUnits === null) return 20;
  return Math.min(150, Math.max(20, Math.round(4 * Math.sqrt(scaleUnits))));
}

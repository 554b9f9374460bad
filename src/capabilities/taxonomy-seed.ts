/**
 * The process taxonomy as first shipped (migration 0015): eight sectors of the field study, each with the
 * processes a Dinas officer and a maker name them by. Codes are `sector.process`; labels are id and en.
 * Later sectors and processes are data (POST /api/process-sectors), never a release. Migration 0015 reads
 * this list: change it only by adding entries (a new database then starts with them; old ones add by API).
 */
export interface SeedSector {
  code: string;
  id: string;
  en: string;
  processes: readonly (readonly [code: string, id: string, en: string])[];
}

export const TAXONOMY_SEED: readonly SeedSector[] = [
  {
    code: 'batik',
    id: 'Batik',
    en: 'Batik',
    processes: [
      ['nyorek', 'Nyorek (membuat pola)', 'Nyorek (drawing the pattern)'],
      ['nglowong', 'Nglowong (canting garis)', 'Nglowong (first wax outline)'],
      ['nembok', 'Nembok (menutup bidang)', 'Nembok (wax blocking)'],
      ['cap', 'Batik cap', 'Stamped batik (cap)'],
      ['pewarnaan', 'Pewarnaan / celup', 'Dyeing'],
      ['colet', 'Colet (warna kuas)', 'Colet (hand painting of colour)'],
      ['nglorod', 'Nglorod (meluruhkan malam)', 'Nglorod (wax removal)'],
      ['finishing', 'Finishing dan lipat', 'Finishing and folding'],
    ],
  },
  {
    code: 'footwear',
    id: 'Alas kaki',
    en: 'Footwear',
    processes: [
      ['pattern', 'Pembuatan pola', 'Pattern making'],
      ['cutting', 'Pemotongan (cutting)', 'Cutting'],
      ['upper', 'Penjahitan upper (closing)', 'Upper stitching (closing)'],
      ['lasting', 'Lasting (pengopenan)', 'Lasting'],
      ['sole', 'Pemasangan sol', 'Sole attaching'],
      ['finishing', 'Finishing dan kemas', 'Finishing and packing'],
    ],
  },
  {
    code: 'furniture',
    id: 'Mebel dan ukir kayu',
    en: 'Furniture and wood carving',
    processes: [
      ['pembahanan', 'Pembahanan (potong kayu)', 'Timber preparation'],
      ['kiln_drying', 'Pengeringan kiln (oven)', 'Kiln drying'],
      ['konstruksi', 'Konstruksi dan perakitan', 'Joinery and assembly'],
      ['carving', 'Ukir', 'Carving'],
      ['anyam', 'Anyam rotan / bambu', 'Rattan or bamboo weaving'],
      ['amplas', 'Amplas', 'Sanding'],
      ['finishing', 'Finishing (pelitur, cat)', 'Finishing (polish, paint)'],
    ],
  },
  {
    code: 'leather',
    id: 'Kulit',
    en: 'Leather',
    processes: [
      ['penyamakan', 'Penyamakan', 'Tanning'],
      ['pewarnaan', 'Pewarnaan kulit', 'Leather dyeing'],
      ['cutting', 'Pemotongan pola', 'Pattern cutting'],
      ['jahit', 'Penjahitan', 'Stitching'],
      ['aksesori', 'Pemasangan aksesori', 'Fitting hardware'],
    ],
  },
  {
    code: 'garments',
    id: 'Rajut dan konveksi',
    en: 'Knitwear and garments',
    processes: [
      ['rajut', 'Rajut (mesin rajut)', 'Knitting'],
      ['linking', 'Linking (sambung rajut)', 'Linking'],
      ['pola', 'Pembuatan pola', 'Pattern making'],
      ['potong', 'Pemotongan kain', 'Fabric cutting'],
      ['jahit', 'Penjahitan', 'Sewing'],
      ['bordir', 'Bordir', 'Embroidery'],
      ['sablon', 'Sablon', 'Screen printing'],
      ['finishing', 'Finishing (obras, setrika, kemas)', 'Finishing (overlock, ironing, packing)'],
    ],
  },
  {
    code: 'ceramics',
    id: 'Keramik dan gerabah',
    en: 'Ceramics and pottery',
    processes: [
      ['olah_tanah', 'Pengolahan tanah liat', 'Clay preparation'],
      ['putar', 'Pembentukan putar', 'Wheel throwing'],
      ['cetak', 'Pembentukan cetak', 'Moulding'],
      ['pengeringan', 'Pengeringan', 'Drying'],
      ['pembakaran', 'Pembakaran (tungku)', 'Kiln firing'],
      ['glasir', 'Glasir', 'Glazing'],
      ['dekorasi', 'Dekorasi / lukis', 'Decoration / painting'],
    ],
  },
  {
    code: 'metal_casting',
    id: 'Pengecoran logam',
    en: 'Metal casting',
    processes: [
      ['pola', 'Pembuatan pola', 'Pattern making'],
      ['cetakan_pasir', 'Cetakan pasir', 'Sand moulding'],
      ['peleburan', 'Peleburan', 'Melting'],
      ['penuangan', 'Penuangan', 'Pouring'],
      ['bubut', 'Bubut dan permesinan', 'Turning and machining'],
      ['tempa', 'Tempa dan ketok (kerajinan logam)', 'Hammering and forging (metal craft)'],
      ['finishing', 'Finishing (gerinda, cat)', 'Finishing (grinding, coating)'],
    ],
  },
  {
    code: 'food',
    id: 'Makanan olahan',
    en: 'Processed food',
    processes: [
      ['sortasi', 'Sortasi dan pencucian bahan', 'Sorting and washing'],
      ['pengolahan', 'Pengolahan / pemasakan', 'Processing / cooking'],
      ['penggorengan', 'Penggorengan', 'Frying'],
      ['pengeringan', 'Pengeringan / penjemuran', 'Drying'],
      ['pengemasan', 'Pengemasan', 'Packaging'],
      ['pelabelan', 'Pelabelan', 'Labelling'],
    ],
  },
];

/*
 * Word lists for synthetic names. Common given names and name-like second names, combined at random;
 * combinations that match a public figure are refused (see PUBLIC_FIGURES), and surnames carried by the
 * best-known national politicians are left out of the lists altogether.
 */

/** Given and second names of one culture, by gender. */
export interface NameLists {
  male: { given: string[]; second: string[] };
  female: { given: string[]; second: string[] };
  /** Honorifics used in shop names ("Tahu Kang Asep", "Batik Bu Sri"). */
  honorific: { male: string[]; female: string[] };
}

/** Sundanese names, for the West Java centres. */
// biome-ignore format: dense word lists read better in rows
export const SUNDANESE: NameLists = {
  male: {
    given: [
      'Asep', 'Ujang', 'Dede', 'Cecep', 'Acep', 'Dadang', 'Encep', 'Yayan', 'Aep', 'Deden', 'Jajang', 'Engkus',
      'Nandang', 'Oman', 'Entis', 'Ade', 'Endang', 'Kusnadi', 'Maman', 'Dudi', 'Iyan', 'Opik', 'Hendi', 'Rudi',
      'Wawan', 'Ayi', 'Odih', 'Ilham', 'Yusup', 'Agus',
    ],
    second: [
      'Suryana', 'Sumarna', 'Hidayat', 'Permana', 'Sudrajat', 'Gunawan', 'Supriatna', 'Hermawan', 'Nugraha',
      'Firmansyah', 'Somantri', 'Sopandi', 'Ruhiyat', 'Wiharja', 'Rohendi', 'Kuswara', 'Saepudin', 'Komarudin',
      'Rustandi', 'Mulyana', 'Hendrayana', 'Sukmana', 'Taryana', 'Juhana', 'Nurjaman',
    ],
  },
  female: {
    given: [
      'Euis', 'Neneng', 'Imas', 'Eti', 'Yati', 'Nining', 'Popon', 'Cucu', 'Enok', 'Ai', 'Nenden', 'Elis', 'Iis',
      'Lilis', 'Entin', 'Tati', 'Ela', 'Titin', 'Yeni', 'Nia', 'Rina', 'Dewi', 'Wulan', 'Nurul', 'Siti',
    ],
    second: [
      'Nurjanah', 'Rohaeti', 'Komalasari', 'Kurniasih', 'Sumiati', 'Rosmiati', 'Hayati', 'Nurhasanah',
      'Rukmini', 'Aisyah', 'Maryani', 'Sukaesih', 'Juwita', 'Anggraeni', 'Setiasih', 'Fitriani', 'Nuraeni',
    ],
  },
  honorific: { male: ['Kang', 'Mang', 'Pak'], female: ['Teh', 'Ceu', 'Bu'] },
};

/** Javanese names, for the Central Java centres. */
// biome-ignore format: dense word lists read better in rows
export const JAVANESE: NameLists = {
  male: {
    given: [
      'Slamet', 'Sutrisno', 'Bambang', 'Agus', 'Heru', 'Wahyu', 'Sugeng', 'Suparman', 'Teguh', 'Eko', 'Priyo',
      'Hadi', 'Sigit', 'Bayu', 'Yanto', 'Sukardi', 'Mulyono', 'Darmaji', 'Sunarto', 'Parjo', 'Wagiman',
      'Suyatno', 'Sarno', 'Gunawan', 'Tri', 'Dwi', 'Purwanto', 'Rohmat', 'Marjuki', 'Kasno',
    ],
    second: [
      'Santoso', 'Wibowo', 'Prasetyo', 'Susanto', 'Nugroho', 'Purnomo', 'Setiawan', 'Hartono', 'Sutanto',
      'Haryanto', 'Saputro', 'Utomo', 'Setyawan', 'Handoko', 'Wicaksono', 'Suharno', 'Priyanto', 'Sudarmo',
      'Kuncoro', 'Budiman', 'Waluyo', 'Darmawan', 'Subekti', 'Suryadi', 'Wardoyo',
    ],
  },
  female: {
    given: [
      'Sri', 'Endang', 'Tutik', 'Sumarni', 'Wahyuni', 'Suwarni', 'Ningsih', 'Rini', 'Yuni', 'Dewi', 'Murni',
      'Siti', 'Sulastri', 'Partini', 'Suparmi', 'Wartini', 'Ratna', 'Yuli', 'Sumiyati', 'Lestari', 'Tri', 'Dwi',
      'Sukini', 'Painem', 'Jumiati',
    ],
    second: [
      'Rahayu', 'Wahyuningsih', 'Handayani', 'Susilowati', 'Purwaningsih', 'Setyaningsih', 'Wulandari',
      'Pratiwi', 'Astuti', 'Hartini', 'Kusumawati', 'Mardiyah', 'Suryani', 'Widayati', 'Nurhayati',
      'Rahmawati', 'Sulistyowati',
    ],
  },
  honorific: { male: ['Pak', 'Mas', 'Pakde'], female: ['Bu', 'Mbak', 'Budhe'] },
};

/** Words common in Indonesian business names (UD Sinar Jaya, CV Karya Mandiri). */
// biome-ignore format: dense word lists read better in rows
export const BUSINESS_WORDS = {
  first: [
    'Sinar', 'Karya', 'Sumber', 'Cahaya', 'Putra', 'Putri', 'Mekar', 'Bintang', 'Berkah', 'Mitra', 'Tunas',
    'Harapan', 'Anugrah', 'Rejeki', 'Surya', 'Dua Saudara', 'Tiga Putra', 'Sari', 'Mustika', 'Citra',
  ],
  second: [
    'Jaya', 'Mandiri', 'Makmur', 'Sejahtera', 'Abadi', 'Sentosa', 'Baru', 'Mulya', 'Agung', 'Indah', 'Lestari',
    'Utama', 'Kencana', 'Maju', 'Bersama', 'Rahayu', 'Sukses', 'Amanah', 'Barokah', 'Perkasa', 'Arum',
  ],
  /** Trailing word of PT names. */
  company: ['Indonesia', 'Nusantara', 'Internasional', 'Prima', 'Global'],
};

/** Lane and street words for synthetic addresses (no real street is named). */
// biome-ignore format: dense word lists read better in rows
export const LANES = [
  'Melati', 'Mawar', 'Kenanga', 'Anggrek', 'Flamboyan', 'Dahlia', 'Cempaka', 'Teratai', 'Kamboja', 'Nusa Indah',
  'Sawo', 'Mangga', 'Rambutan', 'Jambu', 'Nangka', 'Kelapa', 'Masjid', 'Pasar', 'Sekolah', 'Makam',
];

/**
 * Real public figures (politicians, ministers, governors, artists) no generated person may be named after;
 * a sanity check, not a promise that every combination is unused somewhere in Indonesia.
 */
// biome-ignore format: dense word lists read better in rows
export const PUBLIC_FIGURES = [
  'Joko Widodo', 'Susilo Bambang Yudhoyono', 'Megawati Soekarnoputri', 'Prabowo Subianto', 'Gibran Rakabuming Raka',
  'Ridwan Kamil', 'Ganjar Pranowo', 'Anies Baswedan', 'Airlangga Hartarto', 'Sri Mulyani', 'Sri Mulyani Indrawati',
  'Dedi Mulyadi', 'Basuki Tjahaja Purnama', 'Agus Harimurti Yudhoyono', 'Puan Maharani', 'Mahfud MD',
  'Erick Thohir', 'Sandiaga Uno', 'Tri Rismaharini', 'Maruf Amin', 'Budi Gunadi Sadikin', 'Retno Marsudi',
  'Kaesang Pangarep', 'Bobby Nasution', 'Ahmad Heryawan', 'Agus Gumiwang Kartasasmita', 'Teten Masduki',
  'Iwan Fals', 'Slamet Rahardjo', 'Djoko Santoso', 'Bambang Soesatyo', 'Hidayat Nur Wahid', 'Wahyu Setiawan',
  'Heru Budi Hartono', 'Agus Yudhoyono', 'Soeharto', 'Sukarno', 'Habibie', 'Abdurrahman Wahid', 'Gus Dur',
  'Bambang Pamungkas', 'Rhoma Irama', 'Didi Kempot', 'Dewi Sandra', 'Ratna Sarumpaet',
];

/** Compares names across old and new spelling (Djoko = Joko, Soe = Su) and spacing. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/oe/g, 'u')
    .replace(/[^a-z]/g, '');
}

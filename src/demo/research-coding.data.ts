import type { DemoTranscript } from './research.ts';

/**
 * What the demo's two coders marked in the three transcripts, written out as a reviewer would find it in a
 * real first round: mostly the same passages with other boundaries, a sub-code one coder adds or swaps
 * (association vs. institutional challenge, resolution vs. association), and passages only one of them coded.
 * `words` are quoted from the transcript (their first occurrence); a coder's own `words` override the
 * passage's. Codes are keys of the seeded codebook (`codebook-seed.ts`).
 */
export interface DemoMarking {
  codes: readonly string[];
  /** This coder's span when it differs from the passage's. */
  words?: string;
}

/** One passage of a transcript and what each coder made of it (null: that coder left it uncoded). */
export interface DemoPassage {
  /** A stable name, for the evidence that cites the first coder's segment. */
  key: string;
  document: DemoTranscript;
  words: string;
  first: DemoMarking | null;
  second: DemoMarking | null;
}

/** The first, blind round over the three transcripts (closed by the lead before the agreement is read). */
export const FIRST_ROUND: readonly DemoPassage[] = [
  {
    key: 'asep-maklun',
    document: 'cibaduyut1',
    words:
      'Biasanya saya maklun ke Kang Dedi. Saya kirim bahan yang sudah dipotong, dia yang menjahit dan memasang sol, nanti saya bayar per kodi.',
    first: {
      codes: ['partnership.maklun'],
      words:
        'Biasanya saya maklun ke Kang Dedi. Saya kirim bahan yang sudah dipotong, dia yang menjahit dan memasang sol, nanti saya bayar per kodi. Itu sudah biasa di sini, tidak pakai surat, cukup percaya saja.',
    },
    second: { codes: ['partnership.maklun'] },
  },
  {
    key: 'dedi-maklun',
    document: 'cibaduyut1',
    words: 'Betul, bahannya dari Pak Asep, saya yang menjahit dan memasang sol, ongkosnya dihitung per kodi.',
    first: { codes: ['partnership.maklun'] },
    second: {
      codes: ['partnership.maklun'],
      words: 'bahannya dari Pak Asep, saya yang menjahit dan memasang sol',
    },
  },
  {
    key: 'dedi-oper-order',
    document: 'cibaduyut1',
    words:
      'Saya juga kadang oper order ke Pak Asep kalau ada pembeli dari Jakarta minta model pantofel, karena mesin saya tidak cocok untuk kulit yang tebal.',
    first: { codes: ['partnership.order_sharing'] },
    // Reads the passing-on of a whole order as subcontracting as well.
    second: {
      codes: ['partnership.order_sharing', 'partnership.subcontract'],
      words:
        'Saya juga kadang oper order ke Pak Asep kalau ada pembeli dari Jakarta minta model pantofel, karena mesin saya tidak cocok untuk kulit yang tebal. Jadi saling bantu.',
    },
  },
  {
    key: 'asep-koperasi-beli',
    document: 'cibaduyut1',
    words:
      'Tahun lalu kami berenam patungan beli kulit sapi langsung dari Garut, harganya bisa turun hampir sepuluh persen.',
    first: { codes: ['partnership.joint_purchasing'] },
    second: {
      codes: ['partnership.joint_purchasing'],
      words:
        'Pernah, lewat koperasi. Tahun lalu kami berenam patungan beli kulit sapi langsung dari Garut, harganya bisa turun hampir sepuluh persen.',
    },
  },
  {
    key: 'asep-koperasi-lesu',
    document: 'cibaduyut1',
    words:
      'Tapi koperasi sekarang kurang aktif, pengurusnya sibuk dengan usaha masing-masing, rapat anggota juga sudah dua tahun tidak ada.',
    first: { codes: ['institutions.association', 'institutions.challenge'] },
    second: { codes: ['institutions.challenge'] },
  },
  {
    key: 'dedi-modal',
    document: 'cibaduyut1',
    words:
      'Masalahnya modal. Kalau patungan, harus bayar di depan, sedangkan pembeli bayarnya mundur sebulan. Yang kecil-kecil seperti saya susah ikut.',
    first: { codes: ['partnership.joint_purchasing', 'institutions.challenge'] },
    second: {
      codes: ['institutions.challenge'],
      words: 'Kalau patungan, harus bayar di depan, sedangkan pembeli bayarnya mundur sebulan.',
    },
  },
  {
    key: 'asep-banting-harga',
    document: 'cibaduyut1',
    words:
      'Ada yang banting harga ke toko di Pasar Baru. Sepatu yang biasanya kami jual seratus dua puluh ribu, dia lepas delapan puluh lima ribu. Akhirnya pembeli menekan kami semua.',
    first: { codes: ['conflict.undercutting'] },
    second: {
      codes: ['conflict.undercutting'],
      words:
        'Nah, itu yang bikin kesal. Ada yang banting harga ke toko di Pasar Baru. Sepatu yang biasanya kami jual seratus dua puluh ribu, dia lepas delapan puluh lima ribu.',
    },
  },
  {
    key: 'dedi-tiru-model',
    document: 'cibaduyut1',
    words:
      'Saya bikin model baru, dipajang di toko depan, seminggu kemudian sudah ada yang meniru, persis sama, cuma logonya diganti.',
    first: { codes: ['conflict.design_copying'] },
    second: {
      codes: ['conflict.design_copying'],
      words:
        'Saya bikin model baru, dipajang di toko depan, seminggu kemudian sudah ada yang meniru, persis sama, cuma logonya diganti. Mau protes ke siapa?',
    },
  },
  {
    key: 'dedi-tanpa-aturan',
    document: 'cibaduyut1',
    words: 'Mau protes ke siapa? Paguyuban tidak punya aturan soal itu.',
    first: { codes: ['conflict.resolution', 'institutions.association'] },
    second: { codes: ['institutions.association'], words: 'Paguyuban tidak punya aturan soal itu.' },
  },
  {
    key: 'asep-pelatihan-merek',
    document: 'cibaduyut1',
    words: 'Dinas pernah mengadakan pelatihan merek, tapi yang datang sedikit.',
    first: { codes: ['institutions.government'] },
    second: { codes: ['institutions.government'] },
  },
  {
    key: 'asep-harga-minimum',
    document: 'cibaduyut1',
    words:
      'Menurut saya yang perlu itu kesepakatan harga minimum di paguyuban, dan ada yang berani menegur kalau dilanggar.',
    first: { codes: ['conflict.resolution'] },
    second: {
      codes: ['conflict.resolution', 'institutions.association'],
      words:
        'Menurut saya yang perlu itu kesepakatan harga minimum di paguyuban, dan ada yang berani menegur kalau dilanggar. Selama ini semua takut kehilangan pelanggan.',
    },
  },
  {
    key: 'dedi-adil',
    document: 'cibaduyut1',
    words:
      'Saya setuju, asal kesepakatannya adil untuk yang kecil juga, jangan hanya menguntungkan yang punya toko besar.',
    first: null,
    second: { codes: ['conflict.resolution'] },
  },
  {
    key: 'yanti-pindah',
    document: 'cibaduyut2',
    words:
      'Di sini memang sering begitu, kalau ada yang pesanannya banyak, pekerja dari bengkel lain diajak pindah. Pemilik lama saya marah, katanya pekerjanya dibajak.',
    first: {
      codes: ['conflict.worker_poaching'],
      words:
        'Di sini memang sering begitu, kalau ada yang pesanannya banyak, pekerja dari bengkel lain diajak pindah. Pemilik lama saya marah, katanya pekerjanya dibajak. Sampai sekarang dia tidak mau menyapa Pak Asep kalau ketemu di masjid.',
    },
    second: {
      codes: ['conflict.worker_poaching'],
      words:
        'Ditawari upah lebih tinggi. Di sini memang sering begitu, kalau ada yang pesanannya banyak, pekerja dari bengkel lain diajak pindah. Pemilik lama saya marah, katanya pekerjanya dibajak.',
    },
  },
  {
    key: 'yanti-renggang',
    document: 'cibaduyut2',
    words: 'Sampai sekarang dia tidak mau menyapa Pak Asep kalau ketemu di masjid.',
    first: null,
    second: { codes: ['conflict.resolution'] },
  },
  {
    key: 'yanti-dipinjamkan',
    document: 'cibaduyut2',
    words:
      'Saya pernah dipinjamkan ke Kang Dedi dua minggu, upah tetap dari Pak Asep, nanti mereka hitung sendiri. Alatnya juga kadang pinjam-meminjam, misalnya mesin press sol, karena tidak semua bengkel punya.',
    first: { codes: ['partnership.sharing'] },
    second: {
      codes: ['partnership.sharing'],
      words:
        'Iya, kalau musim Lebaran. Saya pernah dipinjamkan ke Kang Dedi dua minggu, upah tetap dari Pak Asep, nanti mereka hitung sendiri.',
    },
  },
  {
    key: 'yanti-upah',
    document: 'cibaduyut2',
    words: 'Kalau ada yang banting harga, upah kami yang dipotong duluan.',
    first: { codes: ['conflict.undercutting'] },
    second: {
      codes: ['conflict.undercutting'],
      words:
        'Pesanan tidak tentu. Bulan ini lembur terus, bulan depan bisa hampir tidak ada kerja. Kalau ada yang banting harga, upah kami yang dipotong duluan.',
    },
  },
  {
    key: 'yanti-simpan-pinjam',
    document: 'cibaduyut2',
    words: 'Koperasi dulu sempat ada simpan pinjam untuk pekerja, sekarang sudah tidak jalan.',
    first: { codes: ['institutions.association', 'institutions.challenge'] },
    second: { codes: ['institutions.association'] },
  },
  {
    key: 'yanti-pelatihan',
    document: 'cibaduyut2',
    words:
      'Pernah dari dinas, pelatihan menjahit dengan mesin komputer. Bagus, tapi mesinnya tidak ada di bengkel kami, jadi ilmunya tidak terpakai.',
    first: {
      codes: ['institutions.government'],
      words: 'Pernah dari dinas, pelatihan menjahit dengan mesin komputer.',
    },
    second: { codes: ['institutions.government', 'institutions.challenge'] },
  },
  {
    key: 'yanti-mesin-bersama',
    document: 'cibaduyut2',
    words: 'Lebih baik kalau ada mesin bersama di UPT, nanti bengkel-bengkel bisa menyewa bergiliran.',
    first: {
      codes: ['institutions.facility'],
      words: 'mesin bersama di UPT, nanti bengkel-bengkel bisa menyewa bergiliran.',
    },
    second: { codes: ['institutions.facility'] },
  },
  {
    key: 'yanti-penengah',
    document: 'cibaduyut2',
    words: 'Kadang ketua RW, kadang Pak Haji yang sesepuh di sini. Paguyuban jarang turun tangan.',
    first: { codes: ['conflict.resolution'] },
    second: { codes: ['conflict.resolution', 'institutions.association'] },
  },
  {
    key: 'yanti-diselesaikan-sendiri',
    document: 'cibaduyut2',
    words:
      'Kalau urusannya pekerja pindah, biasanya diselesaikan sendiri, tapi hubungannya jadi renggang lama.',
    first: { codes: ['conflict.resolution', 'conflict.worker_poaching'] },
    second: { codes: ['conflict.resolution'] },
  },
  {
    key: 'nur-maklun',
    document: 'trusmi',
    words:
      'Kami di sini banyak yang maklun. Saya punya showroom, tapi pencantingan dan pewarnaan saya serahkan ke pengrajin di desa sebelah. Kainnya dari saya, motifnya dari saya, mereka dibayar per lembar.',
    first: { codes: ['partnership.maklun', 'partnership.subcontract'] },
    second: {
      codes: ['partnership.maklun', 'partnership.subcontract'],
      words:
        'Saya punya showroom, tapi pencantingan dan pewarnaan saya serahkan ke pengrajin di desa sebelah. Kainnya dari saya, motifnya dari saya, mereka dibayar per lembar.',
    },
  },
  {
    key: 'rohman-terlambat-bayar',
    document: 'trusmi',
    words:
      'pengrajin kecil sering terlambat dibayar. Koperasi sedang mencoba membuat kontrak sederhana supaya ada kepastian.',
    first: { codes: ['conflict.breach'] },
    second: { codes: ['conflict.breach'], words: 'pengrajin kecil sering terlambat dibayar.' },
  },
  {
    key: 'rohman-beli-bersama',
    document: 'trusmi',
    words:
      'Koperasi membeli dalam jumlah besar dari Pekalongan, lalu anggota mengambil sesuai kebutuhan. Harga lebih murah, tapi pencatatannya masih manual dan kadang menimbulkan curiga.',
    first: { codes: ['partnership.joint_purchasing', 'institutions.challenge'] },
    second: {
      codes: ['partnership.joint_purchasing'],
      words:
        'Ada, untuk kain mori dan malam. Koperasi membeli dalam jumlah besar dari Pekalongan, lalu anggota mengambil sesuai kebutuhan. Harga lebih murah',
    },
  },
  {
    key: 'nur-beli-bersama',
    document: 'trusmi',
    words:
      'Saya ikut beli bersama, hemat lumayan. Yang jadi masalah, ada anggota yang mengambil lebih lalu dijual lagi di luar.',
    first: { codes: ['partnership.joint_purchasing'] },
    second: { codes: ['partnership.joint_purchasing'] },
  },
  {
    // Mbak Wati withdraws after the round: both codings of her words drop out of the agreement.
    key: 'wati-ditiru',
    document: 'trusmi',
    words:
      'Motif saya pernah ditiru showroom besar. Saya bikin motif mega mendung dengan warna pastel, laku di pameran Jakarta, dua bulan kemudian showroom itu menjual yang mirip dengan harga lebih murah, cap, bukan tulis.',
    first: { codes: ['conflict.design_copying'] },
    second: { codes: ['conflict.design_copying', 'conflict.undercutting'] },
  },
  {
    key: 'nur-motif-warisan',
    document: 'trusmi',
    words:
      'Itu memang terjadi. Tapi susah membuktikan, karena motif dasarnya milik bersama, warisan. Yang bisa dilindungi paling kombinasi warnanya.',
    first: { codes: ['conflict.design_copying'] },
    second: {
      codes: ['conflict.design_copying'],
      words: 'Tapi susah membuktikan, karena motif dasarnya milik bersama, warisan.',
    },
  },
  {
    key: 'rohman-catat-desain',
    document: 'trusmi',
    words:
      'Koperasi pernah usul pencatatan desain anggota, tanggal dan fotonya, supaya kalau ada sengketa ada bukti siapa yang duluan. Belum semua mau, takut desainnya malah dilihat orang.',
    first: { codes: ['conflict.resolution', 'conflict.design_copying'] },
    second: { codes: ['conflict.resolution', 'institutions.association'] },
  },
  {
    key: 'wati-cap-tulis',
    document: 'trusmi',
    words:
      'Ada, terutama batik cap yang dijual seolah batik tulis. Pembeli dari luar tidak bisa membedakan, harga jadi rusak.',
    first: { codes: ['conflict.undercutting'] },
    second: { codes: ['conflict.undercutting'] },
  },
  {
    key: 'rohman-label',
    document: 'trusmi',
    words:
      'Kami sedang membicarakan label tulis dan cap di koperasi, supaya pembeli tahu bedanya, dan harga batik tulis tetap terjaga.',
    first: { codes: ['institutions.association'] },
    second: { codes: ['institutions.association', 'conflict.undercutting'] },
  },
];

/**
 * The second round, still open: after the first, the lead added a sub-code for the centre's own rules
 * (`SECOND_ROUND_CODE`); the first coder is well into it, the second has begun. Blind, so neither sees the
 * other's segments and the lead only their counts.
 */
export const SECOND_ROUND: readonly DemoPassage[] = [
  {
    key: 'asep-harga-minimum-2',
    document: 'cibaduyut1',
    words:
      'Menurut saya yang perlu itu kesepakatan harga minimum di paguyuban, dan ada yang berani menegur kalau dilanggar.',
    first: { codes: ['institutions.rules'] },
    second: { codes: ['institutions.rules'] },
  },
  {
    key: 'dedi-tanpa-aturan-2',
    document: 'cibaduyut1',
    words: 'Paguyuban tidak punya aturan soal itu.',
    first: { codes: ['institutions.rules'] },
    second: null,
  },
  {
    key: 'yanti-penengah-2',
    document: 'cibaduyut2',
    words: 'Paguyuban jarang turun tangan.',
    first: { codes: ['institutions.rules'] },
    second: null,
  },
];

/** The sub-code the lead adds after the first round (under the institutions theme). */
export const SECOND_ROUND_CODE = {
  key: 'institutions.rules',
  name: 'Aturan bersama sentra',
  glossEn: "The centre's own rules",
  definition:
    'Kesepakatan atau aturan yang dibuat perajin sendiri (harga minimum, larangan meniru, cara menegur), atau ketiadaannya.',
  color: '#3182BD',
} as const;

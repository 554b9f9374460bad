// The three short interview transcripts of the demo research project (fictional informants, pseudonyms).

/** The interview with Pak Asep and Kang Dedi (Cibaduyut footwear). */
export const CIBADUYUT_1 = `Pewawancara: Sudah berapa lama Bapak membuat sepatu di Cibaduyut?
Pak Asep: Sejak tahun 1998, meneruskan usaha bapak saya. Dulu kami cuma lima orang, sekarang ada dua belas pekerja, kebanyakan tukang jahit upper dan tukang sol.
Pewawancara: Kalau pesanan sedang banyak, bagaimana caranya?
Pak Asep: Biasanya saya maklun ke Kang Dedi. Saya kirim bahan yang sudah dipotong, dia yang menjahit dan memasang sol, nanti saya bayar per kodi. Itu sudah biasa di sini, tidak pakai surat, cukup percaya saja.
Kang Dedi: Betul, bahannya dari Pak Asep, saya yang menjahit dan memasang sol, ongkosnya dihitung per kodi. Saya juga kadang oper order ke Pak Asep kalau ada pembeli dari Jakarta minta model pantofel, karena mesin saya tidak cocok untuk kulit yang tebal. Jadi saling bantu.
Pewawancara: Apakah pernah membeli bahan bersama?
Pak Asep: Pernah, lewat koperasi. Tahun lalu kami berenam patungan beli kulit sapi langsung dari Garut, harganya bisa turun hampir sepuluh persen. Tapi koperasi sekarang kurang aktif, pengurusnya sibuk dengan usaha masing-masing, rapat anggota juga sudah dua tahun tidak ada.
Kang Dedi: Masalahnya modal. Kalau patungan, harus bayar di depan, sedangkan pembeli bayarnya mundur sebulan. Yang kecil-kecil seperti saya susah ikut.
Pewawancara: Bagaimana dengan persaingan antarperajin?
Pak Asep: Nah, itu yang bikin kesal. Ada yang banting harga ke toko di Pasar Baru. Sepatu yang biasanya kami jual seratus dua puluh ribu, dia lepas delapan puluh lima ribu. Akhirnya pembeli menekan kami semua.
Kang Dedi: Terus soal model juga. Saya bikin model baru, dipajang di toko depan, seminggu kemudian sudah ada yang meniru, persis sama, cuma logonya diganti. Mau protes ke siapa? Paguyuban tidak punya aturan soal itu.
Pewawancara: Apakah ada upaya dari dinas atau paguyuban untuk mengatasinya?
Pak Asep: Dinas pernah mengadakan pelatihan merek, tapi yang datang sedikit. Menurut saya yang perlu itu kesepakatan harga minimum di paguyuban, dan ada yang berani menegur kalau dilanggar. Selama ini semua takut kehilangan pelanggan.
Kang Dedi: Saya setuju, asal kesepakatannya adil untuk yang kecil juga, jangan hanya menguntungkan yang punya toko besar.`;

/** The interview with Bu Yanti, a worker in Pak Asep's workshop (Cibaduyut). */
export const CIBADUYUT_2 = `Pewawancara: Ibu bekerja di bengkel siapa sekarang?
Bu Yanti: Di bengkelnya Pak Asep, bagian jahit upper. Sebelumnya saya di tempat lain, tiga tahun.
Pewawancara: Kenapa pindah?
Bu Yanti: Ditawari upah lebih tinggi. Di sini memang sering begitu, kalau ada yang pesanannya banyak, pekerja dari bengkel lain diajak pindah. Pemilik lama saya marah, katanya pekerjanya dibajak. Sampai sekarang dia tidak mau menyapa Pak Asep kalau ketemu di masjid.
Pewawancara: Apakah pekerja juga dipinjamkan antarbengkel?
Bu Yanti: Iya, kalau musim Lebaran. Saya pernah dipinjamkan ke Kang Dedi dua minggu, upah tetap dari Pak Asep, nanti mereka hitung sendiri. Alatnya juga kadang pinjam-meminjam, misalnya mesin press sol, karena tidak semua bengkel punya.
Pewawancara: Menurut Ibu, apa yang paling sulit bagi pekerja di sentra ini?
Bu Yanti: Pesanan tidak tentu. Bulan ini lembur terus, bulan depan bisa hampir tidak ada kerja. Kalau ada yang banting harga, upah kami yang dipotong duluan. Koperasi dulu sempat ada simpan pinjam untuk pekerja, sekarang sudah tidak jalan.
Pewawancara: Apakah ada pelatihan untuk pekerja?
Bu Yanti: Pernah dari dinas, pelatihan menjahit dengan mesin komputer. Bagus, tapi mesinnya tidak ada di bengkel kami, jadi ilmunya tidak terpakai. Lebih baik kalau ada mesin bersama di UPT, nanti bengkel-bengkel bisa menyewa bergiliran.
Pewawancara: Kalau ada perselisihan antara pemilik, siapa yang biasanya menengahi?
Bu Yanti: Kadang ketua RW, kadang Pak Haji yang sesepuh di sini. Paguyuban jarang turun tangan. Kalau urusannya pekerja pindah, biasanya diselesaikan sendiri, tapi hubungannya jadi renggang lama.`;

/** The group interview in Trusmi (batik) with Bu Nur, Pak Rohman and Mbak Wati. */
export const TRUSMI = `Pewawancara: Bagaimana kerja sama antarpengrajin batik di Trusmi?
Bu Nur: Kami di sini banyak yang maklun. Saya punya showroom, tapi pencantingan dan pewarnaan saya serahkan ke pengrajin di desa sebelah. Kainnya dari saya, motifnya dari saya, mereka dibayar per lembar.
Pak Rohman: Sebagai pengurus koperasi, saya lihat pola itu bagus, tapi pengrajin kecil sering terlambat dibayar. Koperasi sedang mencoba membuat kontrak sederhana supaya ada kepastian.
Pewawancara: Apakah ada pembelian bahan bersama?
Pak Rohman: Ada, untuk kain mori dan malam. Koperasi membeli dalam jumlah besar dari Pekalongan, lalu anggota mengambil sesuai kebutuhan. Harga lebih murah, tapi pencatatannya masih manual dan kadang menimbulkan curiga.
Bu Nur: Saya ikut beli bersama, hemat lumayan. Yang jadi masalah, ada anggota yang mengambil lebih lalu dijual lagi di luar.
Pewawancara: Bagaimana dengan motif dan desain?
Mbak Wati: Motif saya pernah ditiru showroom besar. Saya bikin motif mega mendung dengan warna pastel, laku di pameran Jakarta, dua bulan kemudian showroom itu menjual yang mirip dengan harga lebih murah, cap, bukan tulis.
Bu Nur: Itu memang terjadi. Tapi susah membuktikan, karena motif dasarnya milik bersama, warisan. Yang bisa dilindungi paling kombinasi warnanya.
Pak Rohman: Koperasi pernah usul pencatatan desain anggota, tanggal dan fotonya, supaya kalau ada sengketa ada bukti siapa yang duluan. Belum semua mau, takut desainnya malah dilihat orang.
Pewawancara: Apakah ada banting harga?
Mbak Wati: Ada, terutama batik cap yang dijual seolah batik tulis. Pembeli dari luar tidak bisa membedakan, harga jadi rusak.
Pak Rohman: Kami sedang membicarakan label tulis dan cap di koperasi, supaya pembeli tahu bedanya, dan harga batik tulis tetap terjaga.`;

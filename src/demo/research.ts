import type { Actor } from '../auth/actor.ts';
import { createUser } from '../auth/users.service.ts';
import type { Db } from '../db/database.ts';
import { createDocument } from '../research/documents.service.ts';
import { createInformant, withdrawFromStudy } from '../research/informants.service.ts';
import { putMember } from '../research/projects.service.ts';

/**
 * The demo's field-research project (issue #21): "Kemitraan dan konflik di sentra" in Cibaduyut and
 * Trusmi, led by the demo researcher with two coders, six informants with their consents (one has
 * withdrawn) and three short interview transcripts in Bahasa Indonesia. Returns the project's id, for the
 * coding and evidence demos (`seedResearchCoding`, `seedResearchEvidence`) that build on it.
 *
 * MERGE: the lead calls this from the demo loader after the demo accounts exist; the two coder accounts
 * are made here without a password (an admin sets one) until they join DEMO_USERS.
 */
const findUserByEmail = (db: Db, email: string) =>
  db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();

export async function seedResearchDemo(db: Db): Promise<string> {
  const system: Actor = { kind: 'system' } as Actor;
  const lead = await findUserByEmail(db, 'peneliti@simpul.demo');
  if (!lead) throw new Error('seedResearchDemo: the demo researcher account must exist first');
  const coders: string[] = [];
  for (const [email, name] of [
    ['koder1@simpul.demo', 'Koder pertama (demo)'],
    ['koder2@simpul.demo', 'Koder kedua (demo)'],
  ] as const) {
    const known = await findUserByEmail(db, email);
    coders.push(
      known?.id ??
        (
          await createUser(db, {
            email,
            displayName: name,
            role: 'researcher',
            scopes: { regions: [], centers: [], enterprises: [], projects: [] },
            personalDataAccess: false,
          })
        ).id,
    );
  }
  const centers = await db
    .selectFrom('centers')
    .select(['id', 'external_id'])
    .where('external_id', 'in', ['DEMO-CIBADUYUT', 'DEMO-TRUSMI'])
    .execute();
  const cibaduyut = centers.find((c) => c.external_id === 'DEMO-CIBADUYUT')?.id ?? null;
  const trusmi = centers.find((c) => c.external_id === 'DEMO-TRUSMI')?.id ?? null;

  const { id: projectId } = await db
    .insertInto('research_projects')
    .values({
      name: 'Kemitraan dan konflik di sentra',
      description:
        'Wawancara dengan pemilik dan pekerja IKM di sentra alas kaki Cibaduyut dan sentra batik Trusmi: ' +
        'kelembagaan dan tantangannya, kemitraan mikro, dan konflik kepentingan.',
      created_by: lead.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const studied = [cibaduyut, trusmi].filter((c): c is string => c !== null);
  if (studied.length > 0)
    await db
      .insertInto('research_project_centers')
      .values(studied.map((center_id) => ({ project_id: projectId, center_id })))
      .execute();
  await db
    .insertInto('research_project_members')
    .values({ project_id: projectId, user_id: lead.id, role: 'lead' })
    .execute();
  for (const coder of coders) await putMember(db, system, projectId, { userId: coder, role: 'coder' });

  const all = ['interview', 'quotation', 'sharing'] as const;
  const informant = async (
    pseudonym: string,
    role: string,
    centerId: string | null,
    scopes: readonly string[],
  ) =>
    (
      await createInformant(db, system, projectId, {
        pseudonym,
        role,
        centerId,
        notes: null,
        consents: scopes.map((scope) => ({ scope: scope as (typeof all)[number], grantedOn: '2024-03-04' })),
      })
    ).id;
  const asep = await informant('Pak Asep', 'owner', cibaduyut, all);
  const dedi = await informant('Kang Dedi', 'owner', cibaduyut, all);
  const yanti = await informant('Bu Yanti', 'worker', cibaduyut, ['interview', 'sharing']);
  const nur = await informant('Bu Nur', 'owner', trusmi, all);
  const rohman = await informant('Pak Rohman', 'board_member', trusmi, all);
  const wati = await informant('Mbak Wati', 'owner', trusmi, all);

  const meta = (title: string, heldOn: string, place: string, informantIds: string[]) => ({
    kind: 'interview' as const,
    title,
    heldOn,
    place,
    informantIds,
    interviewerIds: [lead.id],
  });
  await createDocument(
    db,
    system,
    projectId,
    meta('Wawancara Pak Asep dan Kang Dedi', '2024-03-12', 'Cibaduyut, Bandung', [asep, dedi]),
    CIBADUYUT_1,
    { format: 'pasted', filename: null },
  );
  await createDocument(
    db,
    system,
    projectId,
    meta('Wawancara Bu Yanti', '2024-03-13', 'Cibaduyut, Bandung', [yanti]),
    CIBADUYUT_2,
    { format: 'pasted', filename: null },
  );
  await createDocument(
    db,
    system,
    projectId,
    meta('Wawancara kelompok Trusmi', '2024-04-02', 'Trusmi, Cirebon', [nur, rohman, wati]),
    TRUSMI,
    { format: 'pasted', filename: null },
  );

  // Mbak Wati withdrew: her excerpts are hidden; the group interview keeps its text for the others.
  await withdrawFromStudy(db, system, wati, '2024-05-20');
  return projectId;
}

const CIBADUYUT_1 = `Pewawancara: Sudah berapa lama Bapak membuat sepatu di Cibaduyut?
Pak Asep: Sejak tahun 1998, meneruskan usaha bapak saya. Dulu kami cuma lima orang, sekarang ada dua belas pekerja, kebanyakan tukang jahit upper dan tukang sol.
Pewawancara: Kalau pesanan sedang banyak, bagaimana caranya?
Pak Asep: Biasanya saya maklun ke Kang Dedi. Saya kirim bahan yang sudah dipotong, dia yang menjahit dan memasang sol, nanti saya bayar per kodi. Itu sudah biasa di sini, tidak pakai surat, cukup percaya saja.
Kang Dedi: Betul. Saya juga kadang oper order ke Pak Asep kalau ada pembeli dari Jakarta minta model pantofel, karena mesin saya tidak cocok untuk kulit yang tebal. Jadi saling bantu.
Pewawancara: Apakah pernah membeli bahan bersama?
Pak Asep: Pernah, lewat koperasi. Tahun lalu kami berenam patungan beli kulit sapi langsung dari Garut, harganya bisa turun hampir sepuluh persen. Tapi koperasi sekarang kurang aktif, pengurusnya sibuk dengan usaha masing-masing, rapat anggota juga sudah dua tahun tidak ada.
Kang Dedi: Masalahnya modal. Kalau patungan, harus bayar di depan, sedangkan pembeli bayarnya mundur sebulan. Yang kecil-kecil seperti saya susah ikut.
Pewawancara: Bagaimana dengan persaingan antarperajin?
Pak Asep: Nah, itu yang bikin kesal. Ada yang banting harga ke toko di Pasar Baru. Sepatu yang biasanya kami jual seratus dua puluh ribu, dia lepas delapan puluh lima ribu. Akhirnya pembeli menekan kami semua.
Kang Dedi: Terus soal model juga. Saya bikin model baru, dipajang di toko depan, seminggu kemudian sudah ada yang meniru, persis sama, cuma logonya diganti. Mau protes ke siapa? Paguyuban tidak punya aturan soal itu.
Pewawancara: Apakah ada upaya dari dinas atau paguyuban untuk mengatasinya?
Pak Asep: Dinas pernah mengadakan pelatihan merek, tapi yang datang sedikit. Menurut saya yang perlu itu kesepakatan harga minimum di paguyuban, dan ada yang berani menegur kalau dilanggar. Selama ini semua takut kehilangan pelanggan.
Kang Dedi: Saya setuju, asal kesepakatannya adil untuk yang kecil juga, jangan hanya menguntungkan yang punya toko besar.`;

const CIBADUYUT_2 = `Pewawancara: Ibu bekerja di bengkel siapa sekarang?
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

const TRUSMI = `Pewawancara: Bagaimana kerja sama antarpengrajin batik di Trusmi?
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

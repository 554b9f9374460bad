import type { Db } from '../db/database.ts';

/**
 * The starting codebook of a new project: the study's three findings as themes (not codable) and their
 * sub-codes from DOMAIN.md §1–2 and the tie types of §6.3 (Ahmad, Kusmulyono & Soehadi 2023). Names are
 * Bahasa Indonesia, glosses English; the stable `key` lets agreement figures and exports name a code
 * across projects. A project's lead edits, adds or archives codes afterwards.
 */
interface SeedCode {
  key: string;
  name: string;
  gloss: string;
  definition: string;
  examples?: string;
  color: string;
  children?: SeedCode[];
}

export const SEED_CODEBOOK: readonly SeedCode[] = [
  {
    key: 'institutions',
    name: 'Kelembagaan sentra dan tantangannya',
    gloss: 'Centre institutions and their challenges',
    definition: 'Lembaga sentra (paguyuban, koperasi, UPT, dinas) dan hambatan yang dihadapinya.',
    color: '#1F77B4',
    children: [
      {
        key: 'institutions.association',
        name: 'Paguyuban / koperasi',
        gloss: 'Association or cooperative',
        definition: 'Peran, kegiatan atau kelemahan wadah perajin (pengurus, anggota, iuran).',
        examples: '"Paguyuban sudah lama tidak rapat."',
        color: '#4E9AD6',
      },
      {
        key: 'institutions.facility',
        name: 'UPT / fasilitas bersama',
        gloss: 'Technical unit or shared facility',
        definition: 'Pemakaian atau masalah UPT, rumah produksi bersama, mesin bersama.',
        color: '#6BAED6',
      },
      {
        key: 'institutions.government',
        name: 'Dinas dan program pemerintah',
        gloss: 'Industry office and government programmes',
        definition: 'Pembinaan, pelatihan, bantuan alat atau dana (DAK) dan pendapat tentangnya.',
        color: '#9ECAE1',
      },
      {
        key: 'institutions.challenge',
        name: 'Tantangan kelembagaan',
        gloss: 'Institutional challenge',
        definition: 'Hambatan lembaga: kepengurusan, kepercayaan, modal, regenerasi.',
        color: '#08519C',
      },
    ],
  },
  {
    key: 'partnership',
    name: 'Kemitraan mikro antar-IKM',
    gloss: 'Micro partnerships between SMIs',
    definition: 'Kerja sama usaha antar-IKM di sentra (ikatan positif).',
    color: '#2CA02C',
    children: [
      {
        key: 'partnership.maklun',
        name: 'Maklun',
        gloss: 'Toll manufacturing',
        definition: 'Pemberi order memberi desain (sering juga bahan); pembuat dibayar ongkos kerja.',
        examples: '"Saya cuma ongkos jahit, bahannya dari juragan."',
        color: '#31A354',
      },
      {
        key: 'partnership.subcontract',
        name: 'Subkontrak',
        gloss: 'Subcontracting',
        definition: 'Sebagian pesanan diserahkan kepada pembuat lain.',
        color: '#74C476',
      },
      {
        key: 'partnership.order_sharing',
        name: 'Oper order',
        gloss: 'Order passing',
        definition: 'Usaha yang kewalahan membagi pesanan kepada rekan.',
        examples: '"Kalau pesanan numpuk, saya oper ke tetangga."',
        color: '#A1D99B',
      },
      {
        key: 'partnership.joint_purchasing',
        name: 'Beli bahan bersama',
        gloss: 'Joint purchasing',
        definition: 'Membeli bahan baku bersama untuk harga atau ongkos kirim lebih murah.',
        color: '#006D2C',
      },
      {
        key: 'partnership.sharing',
        name: 'Berbagi alat / tenaga',
        gloss: 'Sharing tools or workers',
        definition: 'Meminjam atau menyewa alat, atau meminjam tenaga kerja antar-usaha.',
        color: '#41AB5D',
      },
      {
        key: 'partnership.knowledge',
        name: 'Berbagi ilmu',
        gloss: 'Knowledge sharing',
        definition: 'Mengajari teknik, magang, memberi tahu pembeli atau pemasok.',
        color: '#238B45',
      },
      {
        key: 'partnership.credit',
        name: 'Bon / pinjaman modal',
        gloss: 'Informal credit',
        definition: 'Bon, tempo atau pinjaman modal antar-usaha, termasuk yang mengikat.',
        color: '#005A32',
      },
    ],
  },
  {
    key: 'conflict',
    name: 'Konflik kepentingan antar-perajin',
    gloss: 'Conflicts of interest between craftsmen',
    definition: 'Persaingan tidak sehat dan sengketa antar-perajin (ikatan negatif).',
    color: '#D62728',
    children: [
      {
        key: 'conflict.undercutting',
        name: 'Banting harga',
        gloss: 'Price undercutting',
        definition: 'Menjual jauh di bawah harga pasaran untuk merebut pesanan.',
        examples: '"Dia kasih harga di bawah modal, pembeli lari semua."',
        color: '#E6550D',
      },
      {
        key: 'conflict.design_copying',
        name: 'Tiru / jiplak motif',
        gloss: 'Copied designs',
        definition: 'Meniru desain atau motif usaha lain tanpa izin.',
        color: '#FD8D3C',
      },
      {
        key: 'conflict.buyer_poaching',
        name: 'Rebut pembeli',
        gloss: 'Poached buyers',
        definition: 'Mengambil pembeli atau pelanggan usaha lain.',
        color: '#A50F15',
      },
      {
        key: 'conflict.worker_poaching',
        name: 'Bajak tenaga kerja',
        gloss: 'Poached workers',
        definition: 'Menarik pekerja terlatih dari usaha lain.',
        color: '#CB181D',
      },
      {
        key: 'conflict.breach',
        name: 'Wanprestasi',
        gloss: 'Breach of contract',
        definition: 'Terlambat kirim, tidak bayar atau mutu tidak sesuai kesepakatan.',
        color: '#EF3B2C',
      },
      {
        key: 'conflict.resolution',
        name: 'Penyelesaian konflik',
        gloss: 'Conflict resolution',
        definition: 'Musyawarah, mediasi pengurus atau dinas, atau konflik yang dibiarkan.',
        color: '#FB6A4A',
      },
    ],
  },
];

/**
 * Writes the starting codebook into project `projectId` (in the caller's transaction); called when a
 * project is created. Does nothing when the project already has codes, so a second call is harmless.
 */
export async function seedCodebook(trx: Db, projectId: string): Promise<number> {
  const existing = await trx
    .selectFrom('research_codes')
    .select('id')
    .where('project_id', '=', projectId)
    .limit(1)
    .executeTakeFirst();
  if (existing) return 0;
  let written = 0;
  for (const [position, theme] of SEED_CODEBOOK.entries()) {
    const { id } = await trx
      .insertInto('research_codes')
      .values(seedRow(projectId, null, theme, position, false))
      .returning('id')
      .executeTakeFirstOrThrow();
    written++;
    const children = theme.children ?? [];
    if (children.length > 0) {
      await trx
        .insertInto('research_codes')
        .values(children.map((child, i) => seedRow(projectId, id, child, i, true)))
        .execute();
      written += children.length;
    }
  }
  return written;
}

function seedRow(
  projectId: string,
  parentId: string | null,
  code: SeedCode,
  position: number,
  codable: boolean,
) {
  return {
    project_id: projectId,
    parent_id: parentId,
    key: code.key,
    name: code.name,
    gloss_en: code.gloss,
    definition: code.definition,
    examples: code.examples ?? null,
    color: code.color,
    is_codable: codable,
    position,
  };
}

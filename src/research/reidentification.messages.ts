import type { Message } from '../shared/lang.ts';
import type { AttributeName, IdentifierKind } from './reidentification.rules.ts';

/** The words of the re-identification warnings (`{name}` placeholders filled per warning). */

/** What a quotation holds, as a phrase ("the business's name"). */
export const IDENTIFIER_WORDS: Record<IdentifierKind, Message> = {
  enterprise_name: { id: 'nama usaha yang tercatat di registri', en: 'a business name held in the registry' },
  person_name: { id: 'nama orang yang tercatat di registri', en: 'a person’s name held in the registry' },
  phone: { id: 'nomor telepon', en: 'a phone number' },
  address: { id: 'alamat usaha dari registri', en: 'a business address from the registry' },
  village: { id: 'nama desa/kelurahan usaha', en: 'the business’s village name' },
  nib: { id: 'NIB (nomor induk berusaha)', en: 'an NIB (business registration number)' },
};

/** An attribute, as a noun. */
export const ATTRIBUTE_WORDS: Record<AttributeName, Message> = {
  role: { id: 'peran', en: 'role' },
  center: { id: 'sentra', en: 'centre' },
  sizeClass: { id: 'kelas ukuran usaha', en: 'size class' },
  gender: { id: 'jenis kelamin', en: 'gender' },
};

/** A gender as the registry stores it, in words. */
export const GENDER_WORDS: Record<string, Message> = {
  female: { id: 'perempuan', en: 'female' },
  male: { id: 'laki-laki', en: 'male' },
};

export const REID_MESSAGES = {
  quotation: {
    id: 'Kutipan dari “{document}” memuat {what}, sehingga {pseudonym} dapat dikenali.',
    en: 'A quotation from “{document}” holds {what}, so {pseudonym} could be recognised.',
  },
  quotationAction: {
    id: 'Samarkan bagian itu dalam kutipan (mis. “{masked}”) sebelum dikutip atau diekspor.',
    en: 'Mask that part of the quotation (e.g. “{masked}”) before quoting or exporting it.',
  },
  attributes: {
    id: 'Kombinasi {combination} hanya dimiliki {shared} informan proyek (kurang dari k = {k}).',
    en: 'The combination {combination} is shared by only {shared} informant(s) of the project (fewer than k = {k}).',
  },
  generaliseRole: {
    id: 'Gabungkan peran ke kelas yang lebih luas (mis. “pelaku usaha”) dalam laporan dan ekspor.',
    en: 'Merge the role into a broader class (e.g. “business actor”) in reports and exports.',
  },
  generaliseCenter: {
    id: 'Sebut wilayah atau kelompok komoditas, bukan nama sentra, dalam laporan dan ekspor.',
    en: 'Name the region or commodity group instead of the centre in reports and exports.',
  },
  generaliseOther: {
    id: 'Hilangkan {attribute} dari atribut kasus dalam laporan dan ekspor.',
    en: 'Leave the {attribute} out of the case attributes in reports and exports.',
  },
  suppress: {
    id: 'Tidak ada satu atribut yang cukup digeneralisasi: jangan sertakan atribut informan ini dalam ekspor.',
    en: 'No single attribute is enough to generalise: leave this informant’s attributes out of exports.',
  },
  smallCenter: {
    id: 'Sentra {center} hanya memiliki {firms} usaha sejenis ({kind}); kurang dari {threshold}, sehingga {pseudonym} mudah ditebak.',
    en: 'Centre {center} has only {firms} firm(s) of this kind ({kind}); fewer than {threshold}, so {pseudonym} is easy to guess.',
  },
  smallCenterAction: {
    id: 'Laporkan sentra ini bersama sentra lain sejenis atau sebut wilayahnya saja; jangan kutip rincian usaha.',
    en: 'Report this centre together with similar centres or name only its region; do not quote business details.',
  },
  anyKind: { id: 'semua anggota', en: 'all members' },
  unknown: { id: 'tidak diketahui', en: 'unknown' },
} satisfies Record<string, Message>;

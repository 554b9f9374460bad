/** The sentences of region exports, id and en. */
export const REGION_EXPORT_MESSAGES = {
  notReady: {
    id: 'Berkas ekspor ini belum selesai dibuat; tunggu sampai statusnya "selesai".',
    en: 'This export is not finished yet; wait until its status is "done".',
  },
  expired: {
    id: 'Berkas ekspor ini sudah dihapus (disimpan {days} hari); buat ekspor baru.',
    en: 'This export’s file was removed (files are kept {days} days); start a new export.',
  },
  zipExtension: {
    id: 'Berkas {file}: ekspor wilayah ditulis sebagai .zip; beri nama berakhiran .zip.',
    en: 'File {file}: a region export is written as a .zip; give it a name ending in .zip.',
  },
  written: {
    id: '{region} ({code}): {rows} baris ditulis ke {file} ({counts})',
    en: '{region} ({code}): {rows} rows written to {file} ({counts})',
  },
  tooMany: {
    id: 'Anda sudah punya {limit} ekspor yang belum selesai; tunggu salah satunya selesai lalu coba lagi.',
    en: 'You already have {limit} exports not finished yet; wait for one to finish, then try again.',
  },
} as const;

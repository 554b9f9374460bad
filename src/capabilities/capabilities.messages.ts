/** The capability profiles' and the taxonomy's sentences, id and en (fields named by their form labels). */
export const CAPABILITY_MESSAGES = {
  unknownProcess: {
    id: 'Proses ke-{row}: kode "{code}" tidak ada di daftar proses.',
    en: 'Process {row}: the code "{code}" is not in the process list.',
  },
  archivedProcess: {
    id: 'Proses ke-{row}: "{code}" sudah diarsipkan dan tidak bisa ditambahkan lagi.',
    en: 'Process {row}: "{code}" is archived and cannot be added again.',
  },
  duplicateProcess: {
    id: 'Proses ke-{row}: "{code}" sudah disebut sebelumnya.',
    en: 'Process {row}: "{code}" is listed twice.',
  },
  certificationDates: {
    id: 'Sertifikasi ke-{row}: "Berlaku sampai" ({until}) tidak boleh sebelum "Berlaku sejak" ({from}).',
    en: 'Certification {row}: "Valid until" ({until}) cannot be before "Valid from" ({from}).',
  },
  unitWithoutCapacity: {
    id: 'Satuan kapasitas hanya diisi bersama kapasitas per bulan.',
    en: 'The capacity unit goes with a monthly capacity.',
  },
  capacityWithoutUnit: {
    id: 'Kapasitas per bulan perlu satuannya (mis. pasang, kodi, potong).',
    en: 'The monthly capacity needs its unit (e.g. pairs, kodi, pieces).',
  },
  noProfileToConfirm: {
    id: 'IKM ini belum punya profil kemampuan; isi dan simpan profilnya dulu.',
    en: 'This enterprise has no capability profile yet; fill it in and save it first.',
  },
  noSpareToConfirm: {
    id: 'Kapasitas luang belum diisi; isi persentasenya untuk mengonfirmasi.',
    en: 'The spare capacity is not filled in; give its percentage to confirm it.',
  },
  sectorTaken: {
    id: 'Sektor dengan kode "{code}" sudah ada.',
    en: 'A sector with the code "{code}" already exists.',
  },
  processTaken: {
    id: 'Proses dengan kode "{code}" sudah ada.',
    en: 'A process with the code "{code}" already exists.',
  },
  sectorArchived: {
    id: 'Sektor "{code}" sudah diarsipkan; prosesnya tidak bisa ditambah.',
    en: 'The sector "{code}" is archived; no processes can be added to it.',
  },
} as const;

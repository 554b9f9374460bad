/** The capability import's sentences, id and en. */
export const CAPABILITY_IMPORT_MESSAGES = {
  processItem: {
    id: '"{value}" bukan kode:tingkat, mis. footwear.lasting:3.',
    en: '"{value}" is not code:level, e.g. footwear.lasting:3.',
  },
  processLevel: {
    id: '"{value}": tingkat harus 1 (dasar), 2 (terampil) atau 3 (ahli).',
    en: '"{value}": the level must be 1 (basic), 2 (skilled) or 3 (expert).',
  },
  certificationItem: {
    id: '"{value}" bukan JENIS atau JENIS:berlaku_sampai, mis. SNI:2027-12-31.',
    en: '"{value}" is not KIND or KIND:valid_until, e.g. SNI:2027-12-31.',
  },
  notPositive: { id: 'Harus lebih dari 0.', en: 'Must be more than 0.' },
  unitMissing: {
    id: 'Satuan kapasitas wajib bila kapasitas diisi.',
    en: 'The capacity unit is required with a capacity.',
  },
  capacityMissing: {
    id: 'Satuan diisi tanpa kapasitas per bulan.',
    en: 'A unit is given without a monthly capacity.',
  },
  unknownProcess: {
    id: 'Kode proses "{code}" tidak dikenal. Kode sektor {sector}: {valid}.',
    en: 'Unknown process code "{code}". Codes of the {sector} sector: {valid}.',
  },
  unknownSector: {
    id: 'Kode proses "{code}" tidak dikenal: sektor "{sector}" tidak ada. Sektor yang ada: {valid}.',
    en: 'Unknown process code "{code}": there is no sector "{sector}". Sectors: {valid}.',
  },
  duplicateEnterprise: {
    id: 'IKM ini sudah ada di baris {other}; satu baris per IKM.',
    en: 'This enterprise is already on row {other}; one row per enterprise.',
  },
  machineItem: {
    id: '"{value}" bukan jenis:jumlah:asal atau jenis:jumlah:asal:kapasitas, mis. mesin jahit:4:milik sendiri:300 pasang/hari.',
    en: '"{value}" is not type:count:acquired or type:count:acquired:capacity, e.g. mesin jahit:4:milik sendiri:300 pasang/hari.',
  },
  machineCount: {
    id: '"{value}": jumlah mesin "{count}" harus bilangan bulat 1 sampai 100.000.',
    en: '"{value}": the machine count "{count}" must be a whole number from 1 to 100,000.',
  },
  machineAcquired: {
    id: '"{value}": asal mesin "{acquired}" tidak dikenal; pilihan: {valid}.',
    en: '"{value}": "{acquired}" is not a way of acquiring a machine; choose: {valid}.',
  },
} as const;

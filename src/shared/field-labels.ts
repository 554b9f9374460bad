import type { Message } from './i18n.ts';

/** How a field is named to the person who filled it in, and (for patterned text) what it should look like. */
export interface FieldLabel extends Message {
  /** What a valid value looks like, for fields checked by a pattern. */
  format?: Message;
}

const REGION_FORMAT: Message = {
  id: 'kode wilayah Kemendagri bertitik, mis. 32, 32.73, 32.73.17 atau 32.73.17.1003',
  en: 'a dotted Kemendagri region code, e.g. 32, 32.73, 32.73.17 or 32.73.17.1003',
};
const KBLI_FORMAT: Message = {
  id: 'kode KBLI 2–5 angka, mis. 15201',
  en: 'a KBLI code of 2–5 digits, e.g. 15201',
};

/**
 * The label of every field a request may carry (body, query and path), by its name in the API, in the
 * words of the web forms. A validation message names the field by this label, never by the code name;
 * `field-labels.test.ts` keeps the list complete against the OpenAPI document.
 */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  access: { id: 'Hak akses token', en: 'Token access' },
  action: { id: 'Tindakan', en: 'Action' },
  active: { id: 'Aktif', en: 'Active' },
  activeAt: { id: 'Tanggal aktif', en: 'Active on' },
  actorUserId: { id: 'Pengguna pelaku', en: 'Acting user' },
  address: { id: 'Alamat', en: 'Address' },
  affiliations: { id: 'Afiliasi', en: 'Affiliations' },
  annualSales: { id: 'Penjualan setahun', en: 'Annual sales' },
  at: { id: 'Tanggal', en: 'Date' },
  birthYear: { id: 'Tahun lahir', en: 'Year of birth' },
  businessCapital: { id: 'Modal usaha', en: 'Business capital' },
  category: { id: 'Kategori', en: 'Category' },
  center: { id: 'Sentra', en: 'Centre' },
  centerId: { id: 'Sentra', en: 'Centre' },
  centerIds: { id: 'Sentra yang dilayani', en: 'Centres served' },
  centers: { id: 'Daftar sentra', en: 'Centres' },
  code: { id: 'Kode wilayah', en: 'Region code', format: REGION_FORMAT },
  codes: { id: 'Kode wilayah', en: 'Region codes' },
  'kbli.code': { id: 'Kode KBLI', en: 'KBLI code', format: KBLI_FORMAT },
  commodity: { id: 'Komoditi', en: 'Commodity' },
  commodityGroup: { id: 'Kelompok komoditas', en: 'Commodity group' },
  confidence: { id: 'Keyakinan', en: 'Confidence' },
  confidential: { id: 'Rahasia', en: 'Confidential' },
  currentPassword: { id: 'Kata sandi sekarang', en: 'Current password' },
  date: { id: 'Tanggal SK', en: 'Decree date' },
  definition: { id: 'Definisi', en: 'Definition' },
  description: { id: 'Keterangan', en: 'Description' },
  designation: { id: 'Penetapan (SK)', en: 'Designation (decree)' },
  dinasGroup: { id: 'Kelompok Dinas', en: 'Dinas group' },
  displayName: { id: 'Nama tampilan', en: 'Display name' },
  dryRun: { id: 'Uji coba', en: 'Dry run' },
  email: { id: 'Surel', en: 'Email' },
  endDate: { id: 'Tanggal berakhir', en: 'End date' },
  enterprise: { id: 'IKM', en: 'Enterprise' },
  enterpriseId: { id: 'IKM', en: 'Enterprise' },
  enterprises: { id: 'Daftar IKM', en: 'Enterprises' },
  entityId: { id: 'Id data', en: 'Record id' },
  entityType: { id: 'Jenis data', en: 'Record type' },
  evidenceNotes: { id: 'Catatan bukti', en: 'Evidence notes' },
  expiresInDays: { id: 'Masa berlaku (hari)', en: 'Valid for (days)' },
  externalId: { id: 'Kode sendiri', en: 'Own code' },
  figures: { id: 'Angka sentra', en: 'Centre figures' },
  format: { id: 'Format berkas', en: 'File format' },
  formality: { id: 'Formalitas', en: 'Formality' },
  foundedYear: { id: 'Tahun berdiri', en: 'Year founded' },
  foundingYear: { id: 'Tahun berdiri', en: 'Founding year' },
  frequency: { id: 'Frekuensi', en: 'Frequency' },
  from: { id: 'Tanggal awal', en: 'From date' },
  fromEnterpriseId: { id: 'IKM pertama', en: 'First enterprise' },
  fullName: { id: 'Nama lengkap', en: 'Full name' },
  gender: { id: 'Jenis kelamin', en: 'Gender' },
  history: { id: 'Riwayat', en: 'History' },
  householdShare: { id: 'Porsi rumah tangga', en: 'Household share' },
  id: { id: 'Id', en: 'Id' },
  includeArchived: { id: 'Termasuk arsip', en: 'Include archived' },
  usableFor: { id: 'Sentra yang dapat dipakai untuk', en: 'Centres usable for' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  installedCapacity: { id: 'Kapasitas terpasang', en: 'Installed capacity' },
  institution: { id: 'Lembaga', en: 'Institution' },
  institutionId: { id: 'Lembaga', en: 'Institution' },
  investmentExclLandBuilding: {
    id: 'Investasi tanpa tanah dan bangunan',
    en: 'Investment excluding land and buildings',
  },
  investmentLandBuilding: { id: 'Investasi tanah dan bangunan', en: 'Investment in land and buildings' },
  issuer: { id: 'Penerbit SK', en: 'Decree issuer' },
  k: { id: 'Jumlah posisi (k)', en: 'Number of positions (k)' },
  kbli: { id: 'KBLI', en: 'KBLI', format: KBLI_FORMAT },
  kind: { id: 'Jenis berkas', en: 'File kind' },
  latitude: { id: 'Lintang', en: 'Latitude' },
  legalForm: { id: 'Bentuk badan usaha', en: 'Legal form' },
  legalPattern: { id: 'Pola kemitraan', en: 'Partnership pattern' },
  legalStatus: { id: 'Status hukum', en: 'Legal status' },
  level: { id: 'Tingkat wilayah', en: 'Region level' },
  licenseYear: { id: 'Tahun izin', en: 'Licence year' },
  limit: { id: 'Jumlah per halaman', en: 'Page size' },
  longitude: { id: 'Bujur', en: 'Longitude' },
  mainProduct: { id: 'Produk utama', en: 'Main product' },
  method: { id: 'Metode komunitas', en: 'Community method' },
  name: { id: 'Nama', en: 'Name' },
  newPassword: { id: 'Kata sandi baru', en: 'New password' },
  nib: { id: 'NIB', en: 'NIB', format: { id: '13 angka dari OSS', en: '13 digits from OSS' } },
  notes: { id: 'Catatan', en: 'Notes' },
  observedOn: { id: 'Tanggal diamati', en: 'Observed on' },
  offset: { id: 'Mulai dari urutan', en: 'Offset' },
  origin: { id: 'Asal mula', en: 'Origin' },
  ownerName: { id: 'Nama pemilik', en: 'Owner’s name' },
  parent: { id: 'Wilayah induk', en: 'Parent region', format: REGION_FORMAT },
  part: { id: 'Bagian berkas', en: 'File part' },
  password: { id: 'Kata sandi', en: 'Password' },
  personalDataAccess: { id: 'Akses data pribadi', en: 'Personal data access' },
  phone: {
    id: 'Telepon',
    en: 'Phone',
    format: { id: 'nomor Indonesia, mis. 081234567890', en: 'an Indonesian number, e.g. 081234567890' },
  },
  productionCapacity: { id: 'Kapasitas produksi', en: 'Production capacity' },
  productionQty: { id: 'Jumlah produksi', en: 'Production quantity' },
  productionUnit: { id: 'Satuan produksi', en: 'Production unit' },
  productionValue: { id: 'Nilai produksi', en: 'Production value' },
  products: { id: 'Produk', en: 'Products' },
  projects: { id: 'Proyek', en: 'Projects' },
  q: { id: 'Kata pencarian', en: 'Search text' },
  rawAuxMaterialValue: { id: 'Nilai bahan baku dan penolong', en: 'Raw and auxiliary materials' },
  reason: { id: 'Alasan', en: 'Reason' },
  region: { id: 'Wilayah', en: 'Region', format: REGION_FORMAT },
  regionCode: { id: 'Kode wilayah', en: 'Region code', format: REGION_FORMAT },
  regionCodes: { id: 'Kode wilayah', en: 'Region codes', format: REGION_FORMAT },
  regions: { id: 'Wilayah tugas', en: 'Regions', format: REGION_FORMAT },
  reportedBy: { id: 'Dilaporkan oleh', en: 'Reported by' },
  resolvedOn: { id: 'Tanggal selesai', en: 'Resolved on' },
  resolution: { id: 'Resolusi', en: 'Resolution' },
  role: { id: 'Peran', en: 'Role' },
  roles: { id: 'Peran', en: 'Roles' },
  scopes: { id: 'Cakupan tugas', en: 'Scopes' },
  seed: { id: 'Benih acak (seed)', en: 'Random seed' },
  service: { id: 'Layanan', en: 'Service' },
  services: { id: 'Layanan', en: 'Services' },
  severity: { id: 'Tingkat keparahan', en: 'Severity' },
  skNumber: { id: 'Nomor SK', en: 'Decree number' },
  sort: { id: 'Urutan', en: 'Sort order' },
  source: { id: 'Sumber', en: 'Source' },
  sourceRef: { id: 'Rujukan sumber', en: 'Source reference' },
  startDate: { id: 'Tanggal mulai', en: 'Start date' },
  statisticalCriteria: { id: 'Kriteria statistik', en: 'Statistical criteria' },
  status: { id: 'Status', en: 'Status' },
  strength: { id: 'Kekuatan', en: 'Strength' },
  title: { id: 'Judul', en: 'Title' },
  to: { id: 'Tanggal akhir', en: 'To date' },
  toEnterpriseId: { id: 'IKM kedua', en: 'Second enterprise' },
  toInstitutionId: { id: 'Lembaga', en: 'Institution' },
  tokenId: { id: 'Token', en: 'Token' },
  type: { id: 'Jenis', en: 'Type' },
  unit: { id: 'Satuan', en: 'Unit' },
  valence: { id: 'Sifat ikatan', en: 'Valence' },
  validFrom: { id: 'Anggota sejak', en: 'Member from' },
  validTo: { id: 'Anggota sampai', en: 'Member until' },
  value: { id: 'Nilai', en: 'Value' },
  valueChainRoles: { id: 'Peran dalam rantai nilai', en: 'Value-chain roles' },
  version: { id: 'Versi', en: 'Version' },
  villageCode: { id: 'Kode desa', en: 'Village code', format: REGION_FORMAT },
  vintage: { id: 'Edisi data', en: 'Vintage' },
  volume: { id: 'Volume', en: 'Volume' },
  workersFemale: { id: 'Tenaga kerja perempuan', en: 'Female workers' },
  workersMale: { id: 'Tenaga kerja laki-laki', en: 'Male workers' },
  year: { id: 'Tahun', en: 'Year' },
  unread: { id: 'Hanya yang belum dibaca', en: 'Unread only' },
  language: { id: 'Bahasa pesan', en: 'Message language' },
  channels: { id: 'Saluran pemberitahuan', en: 'Notification channels' },
  reminder: { id: 'Pengingat', en: 'Reminders' },
  record_change: { id: 'Perubahan data yang Anda ikuti', en: 'Changes to records you follow' },
  job_result: { id: 'Hasil pekerjaan latar', en: 'Results of background work' },
};

/** The whole request part when a problem has no field (a body that is not an object, say). */
export const WHOLE_INPUT: FieldLabel = { id: 'Isian', en: 'The input' };

/**
 * The label of the field at `path`: its last named segment (list positions skipped), looked up first
 * with the named segment before it (`kbli.code`), then alone; an unlabelled field keeps its API name.
 */
export function labelOf(path: readonly PropertyKey[]): FieldLabel {
  const names = path.filter((key): key is string => typeof key === 'string');
  const key = names.at(-1);
  if (key === undefined) return WHOLE_INPUT;
  const qualified = `${names.at(-2)}.${key}`;
  if (Object.hasOwn(FIELD_LABELS, qualified)) return FIELD_LABELS[qualified] as FieldLabel;
  return Object.hasOwn(FIELD_LABELS, key) ? (FIELD_LABELS[key] as FieldLabel) : { id: key, en: key };
}

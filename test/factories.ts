import type { CenterCreate } from '../src/centers/centers.schema.ts';
import type { EnterpriseCreate } from '../src/enterprises/enterprises.schema.ts';
import type { EnterpriseYearPut } from '../src/enterprises/year-data.schema.ts';
import type { ChallengeCreate } from '../src/institutions/challenges.schema.ts';
import type { InstitutionCreate } from '../src/institutions/institutions.schema.ts';
import type { PersonCreate } from '../src/people/people.schema.ts';

let sequence = 0;

/** A valid centre body (Cibaduyut-like), with any field overridden. */
export function buildCenterInput(overrides: Partial<CenterCreate> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    name: `Sentra Uji ${sequence}`,
    mainProduct: 'Sepatu kulit',
    commodityGroup: 'clothing',
    kbli: [{ code: '15201', version: '2020', title: 'Industri alas kaki' }],
    origin: 'organic',
    status: 'recorded',
    regionCodes: ['32.73.17.1003'],
    ...overrides,
  };
}

/** A valid institution body (a paguyuban serving no centre yet), with any field overridden. */
export function buildInstitutionInput(overrides: Partial<InstitutionCreate> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    name: `Paguyuban Uji ${sequence}`,
    type: 'association',
    legalStatus: 'registered',
    services: ['joint_purchasing', 'training'],
    regionCode: '32.73.17.1003',
    foundedYear: 2005,
    ...overrides,
  };
}

/** A valid challenge body (a passive-members problem seen in early 2024), with any field overridden. */
export function buildChallengeInput(overrides: Partial<ChallengeCreate> = {}): Record<string, unknown> {
  return {
    category: 'passive_members',
    severity: 'medium',
    observedOn: '2024-02-01',
    notes: 'Rapat anggota hanya dihadiri pengurus.',
    ...overrides,
  };
}

/** A valid enterprise body (a Cibaduyut shoemaker with synthetic names), with any field overridden. */
export function buildEnterpriseInput(overrides: Partial<EnterpriseCreate> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    name: `IKM Sepatu Uji ${sequence}`,
    ownerName: `Pemilik Uji ${sequence}`,
    address: `Jl. Cibaduyut Raya No. ${sequence}`,
    regionCode: '32.73.17.1003',
    commodity: 'Alas kaki',
    products: 'Sepatu kulit pria',
    legalForm: 'UD',
    kbli: [{ code: '15201', version: '2020', title: 'Industri alas kaki untuk keperluan sehari-hari' }],
    valueChainRoles: ['producer'],
    ...overrides,
  };
}

/** A valid person body (a synthetic craftsman), with any field overridden. */
export function buildPersonInput(overrides: Partial<PersonCreate> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    fullName: `Perajin Uji ${sequence}`,
    gender: 'female',
    birthYear: 1985,
    roles: ['craftsman'],
    ...overrides,
  };
}

/** A valid yearly-panel row (Dinas census, micro-sized), with any field overridden. */
export function buildYearInput(overrides: Partial<EnterpriseYearPut> = {}): Record<string, unknown> {
  return {
    source: 'dinas_census',
    vintage: 'Pendataan IKM 2023',
    workersMale: 3,
    workersFemale: 2,
    investmentExclLandBuilding: 150_000_000,
    annualSales: 600_000_000,
    productionQty: 4_800,
    productionUnit: 'pasang',
    productionValue: 600_000_000,
    rawAuxMaterialValue: 350_000_000,
    ...overrides,
  };
}

/**
 * One row of a Dinas enterprise sheet (DOMAIN.md §9) for enterprise number `n` in `year`, as the cells a
 * spreadsheet holds (Indonesian number formats included); names are synthetic. Deterministic in `n` and
 * `year`, so the same file can be built twice.
 */
export function buildDinasRow(
  n: number,
  year: number,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const workers = 2 + (n % 15);
  return {
    tahun: String(year),
    nama_ikm: `IKM Sepatu Uji ${n}`,
    nama_pemilik: `Pemilik Sintetis ${n}`,
    alamat: `Jl. Cibaduyut Raya No. ${n}`,
    keldesa: 'Cibaduyut',
    kecamatan: 'Bojongloa Kidul',
    telp: `0812${String(1_000_000 + n)}`,
    komoditi: 'Alas kaki',
    produk: 'Sepatu kulit',
    bentuk_badan_usaha: ['PO', 'UD', 'CV', 'PT'][n % 4] ?? 'PO',
    tahun_izin: String(2000 + (n % 20)),
    kode_kbli: '15201',
    kbli: 'Industri alas kaki untuk keperluan sehari-hari',
    tkl: String(Math.floor(workers / 2)),
    tkp: String(workers - Math.floor(workers / 2)),
    nilai_investasi: (50_000_000 + n * 1_000_000).toLocaleString('id-ID'),
    jumlah_produksi: String(1_000 + n + year),
    satuan: 'pasang',
    nilai_produksi: String(100_000_000 + n * 10_000),
    nilai_bbbp: String(40_000_000 + n * 5_000),
    kode_wilayah: '32.73.17.1003',
    ...overrides,
  };
}

/** A valid interaction body (a routine Cibaduyut maklun, oral, reported by one party), with any field overridden. */
export function buildInteractionInput(
  fromEnterpriseId: string,
  toEnterpriseId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    fromEnterpriseId,
    toEnterpriseId,
    type: 'TOLL_MANUFACTURING',
    startDate: '2023-01-01',
    frequency: 'routine',
    strength: 4,
    volume: '500 pasang/bulan',
    reportedBy: 'one_party',
    ...overrides,
  };
}

/**
 * A valid pool body for `POST /api/pools`: soybeans, three tiers (100, 500, 1,000 kg), closing in a
 * month, minimum 300 kg. The caller gives the institution and centre.
 */
export function buildPoolInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const closing = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    material: 'Kedelai impor',
    unit: 'kg',
    supplierName: 'CV Sumber Kedelai',
    tiers: [
      { minTotal: 100, unitPrice: 12_000 },
      { minTotal: 500, unitPrice: 11_000 },
      { minTotal: 1_000, unitPrice: 10_500 },
    ],
    priceAlone: 12_500,
    closingDate: closing,
    minimumTotal: 300,
    ...overrides,
  };
}

/** A valid agreement body for `POST /api/price-agreements`: a batik floor price from 2024. */
export function buildPriceAgreementInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    product: 'Batik cap katun',
    unit: 'lembar',
    priceKind: 'floor',
    price: 85_000,
    effectiveFrom: '2024-01-01',
    ...overrides,
  };
}

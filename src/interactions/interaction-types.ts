import type { Message } from '../shared/i18n.ts';

/** Sign of a tie: + collaboration, − conflict, 0 coopetition (plain competition). */
export const VALENCES = ['collaboration', 'conflict', 'coopetition'] as const;
export type Valence = (typeof VALENCES)[number];

/** The partnership patterns of PP 7/2021 Art. 106 (DOMAIN.md §3.4). */
export const LEGAL_PATTERNS = {
  nucleus_plasma: { id: 'Inti-plasma', en: 'Nucleus–plasma' },
  subcontracting: { id: 'Subkontrak', en: 'Subcontracting' },
  franchise: { id: 'Waralaba', en: 'Franchise' },
  general_trade: { id: 'Perdagangan umum', en: 'General trade' },
  distribution_agency: { id: 'Distribusi dan keagenan', en: 'Distribution and agency' },
  supply_chain: { id: 'Rantai pasok', en: 'Supply chain' },
  profit_sharing: { id: 'Bagi hasil', en: 'Profit sharing' },
  operational_cooperation: { id: 'Kerja sama operasional', en: 'Operational cooperation' },
  joint_venture: { id: 'Usaha patungan', en: 'Joint venture' },
  outsourcing: { id: 'Penyumberluaran', en: 'Outsourcing' },
} as const satisfies Record<string, Message>;
export type LegalPattern = keyof typeof LEGAL_PATTERNS;
export const LEGAL_PATTERN_CODES = Object.keys(LEGAL_PATTERNS) as [LegalPattern, ...LegalPattern[]];

/** One tie type of DOMAIN.md §6.3, as the API, CLI and web show and validate it. */
export interface InteractionType {
  code: InteractionTypeCode;
  label: Message;
  valence: Valence;
  /** Valences a caller may choose instead of the default (only spin-offs can go either way). */
  valenceChoices: readonly Valence[];
  /** What from → to means; symmetric types have no direction. */
  direction: Message;
  /** A–B and B–A are the same tie: stored with the smaller id first. */
  symmetric: boolean;
  /** PP 7/2021 patterns the type usually takes; the only one becomes the default. */
  legalPatterns: readonly LegalPattern[];
  /** Suggested when the caller gives none: set only when the type maps to exactly one pattern, always. */
  defaultLegalPattern: LegalPattern | null;
  /** Other law that governs the type (competition, design rights). */
  legalNote: string | null;
  /** The part an institution plays when it is the `to` end; null when an institution end makes no sense. */
  institutionRole: Message | null;
}

type Entry = Omit<InteractionType, 'code' | 'valenceChoices' | 'defaultLegalPattern' | 'legalNote'> &
  Partial<Pick<InteractionType, 'valenceChoices' | 'defaultLegalPattern' | 'legalNote'>>;

const group: Message = { id: 'kelompok (simetris)', en: 'group (symmetric)' };
const plus = (label: Message, direction: Message, legalPatterns: LegalPattern[] = []): Entry => ({
  label,
  valence: 'collaboration',
  direction,
  symmetric: false,
  legalPatterns,
  institutionRole: null,
});
const minus = (label: Message, direction: Message, legalNote?: string): Entry => ({
  label,
  valence: 'conflict',
  direction,
  symmetric: false,
  legalPatterns: [],
  legalNote: legalNote ?? null,
  institutionRole: null,
});
const groupTie = (label: Message, legalPatterns: LegalPattern[] = []): Entry => ({
  ...plus(label, group, legalPatterns),
  symmetric: true,
});

const ENTRIES = {
  TOLL_MANUFACTURING: plus(
    { id: 'Maklun', en: 'Toll manufacturing' },
    { id: 'prinsipal → pembuat', en: 'principal → maker' },
    ['subcontracting', 'outsourcing'],
  ),
  SUBCONTRACT: plus(
    { id: 'Subkontrak', en: 'Subcontracting' },
    { id: 'pemberi order → pengesub', en: 'contractor → subcontractor' },
    ['subcontracting'],
  ),
  ORDER_SHARING: plus(
    { id: 'Oper pesanan', en: 'Order sharing' },
    { id: 'yang kebanjiran order → pembantu', en: 'overloaded → helper' },
    ['subcontracting'],
  ),
  MATERIAL_SUPPLY: {
    ...plus(
      { id: 'Pasok bahan baku', en: 'Material supply' },
      { id: 'pemasok → pembeli', en: 'supplier → buyer' },
      ['supply_chain'],
    ),
    institutionRole: { id: 'Lembaga memasok bahan ke IKM', en: 'The institution supplies the enterprise' },
  },
  COMPONENT_SUPPLY: plus(
    { id: 'Pasok setengah jadi', en: 'Component supply' },
    { id: 'pemasok → perakit', en: 'supplier → assembler' },
    ['supply_chain'],
  ),
  CONSIGNMENT: {
    ...plus({ id: 'Titip jual', en: 'Consignment' }, { id: 'produsen → penjual', en: 'producer → seller' }, [
      'distribution_agency',
    ]),
    institutionRole: { id: 'Lembaga menjualkan produk IKM', en: 'The institution sells for the enterprise' },
  },
  JOINT_PURCHASING: groupTie({ id: 'Beli bahan bersama', en: 'Joint purchasing' }, [
    'operational_cooperation',
  ]),
  EQUIPMENT_SHARING: {
    ...plus(
      { id: 'Pinjam/sewa alat', en: 'Equipment sharing' },
      { id: 'pemilik → pemakai', en: 'owner → user' },
      ['operational_cooperation'],
    ),
    institutionRole: {
      id: 'Lembaga meminjamkan/menyewakan alat',
      en: 'The institution lends or rents out equipment',
    },
  },
  LABOUR_SHARING: plus(
    { id: 'Berbagi tenaga', en: 'Labour sharing' },
    { id: 'pemberi → peminjam tenaga', en: 'lender → borrower' },
  ),
  KNOWLEDGE_SHARING: {
    ...plus(
      { id: 'Berbagi ilmu/magang', en: 'Knowledge sharing' },
      { id: 'mentor → yang dibimbing', en: 'mentor → mentee' },
    ),
    institutionRole: { id: 'Lembaga membimbing IKM', en: 'The institution mentors the enterprise' },
  },
  SPIN_OFF: {
    ...plus(
      { id: 'Usaha mantan pekerja', en: 'Spin-off' },
      { id: 'usaha induk → usaha mantan pekerja', en: 'parent → spin-off' },
    ),
    valenceChoices: ['collaboration', 'conflict'],
  },
  INFORMAL_CREDIT: {
    // Bagi hasil only sometimes, so it is listed but never filled in unasked.
    ...plus(
      { id: 'Bon / pinjaman modal', en: 'Informal credit' },
      { id: 'pemberi pinjaman → peminjam', en: 'lender → borrower' },
      ['profit_sharing'],
    ),
    defaultLegalPattern: null,
    institutionRole: { id: 'Lembaga memberi pinjaman', en: 'The institution lends' },
  },
  JOINT_PROMOTION: groupTie({ id: 'Promosi bersama', en: 'Joint promotion' }, ['operational_cooperation']),
  ORDER_AGGREGATION: {
    ...plus(
      { id: 'Konsorsium pesanan', en: 'Order aggregation' },
      { id: 'koordinator → anggota', en: 'coordinator → members' },
      ['operational_cooperation', 'joint_venture'],
    ),
    institutionRole: { id: 'Lembaga mengoordinasi pesanan', en: 'The institution coordinates the order' },
  },
  SHARED_WASTE_TREATMENT: groupTie({ id: 'Olah limbah bersama', en: 'Shared waste treatment' }),
  PRICE_UNDERCUTTING: minus(
    { id: 'Banting harga', en: 'Price undercutting' },
    { id: 'pembanting harga → yang dirugikan', en: 'undercutter → affected' },
    'UU 5/1999',
  ),
  DESIGN_COPYING: minus(
    { id: 'Jiplak desain/motif', en: 'Design copying' },
    { id: 'penjiplak → pemilik desain', en: 'copier → originator' },
    'UU 31/2000, UU 28/2014',
  ),
  MISREPRESENTATION: minus(
    { id: 'Klaim palsu produk', en: 'Misrepresentation' },
    { id: 'pengklaim palsu → yang dirugikan', en: 'misrepresenter → affected' },
  ),
  BUYER_POACHING: minus(
    { id: 'Rebut pembeli', en: 'Buyer poaching' },
    { id: 'perebut → korban', en: 'poacher → victim' },
  ),
  WORKER_POACHING: minus(
    { id: 'Bajak tenaga kerja', en: 'Worker poaching' },
    { id: 'pembajak → korban', en: 'poacher → victim' },
  ),
  BREACH_OF_CONTRACT: minus(
    { id: 'Wanprestasi', en: 'Breach of contract' },
    { id: 'yang ingkar → mitra', en: 'breacher → counterparty' },
  ),
  // "Either" side may start it, so a direction would only create two records of one rivalry.
  RESOURCE_COMPETITION: {
    ...minus(
      { id: 'Rebut bahan/fasilitas', en: 'Resource competition' },
      { id: 'simetris', en: 'symmetric' },
    ),
    symmetric: true,
  },
  ENVIRONMENTAL_NUISANCE: minus(
    { id: 'Gangguan limbah', en: 'Environmental nuisance' },
    { id: 'pencemar → yang terdampak', en: 'polluter → affected' },
  ),
  GOVERNANCE_DISPUTE: {
    ...minus(
      { id: 'Konflik pengurus', en: 'Governance dispute' },
      { id: 'anggota → pengurus', en: 'member → board' },
    ),
    institutionRole: {
      id: 'Lembaga (pengurusnya) pihak yang berselisih',
      en: 'The institution (its board) is the other party',
    },
  },
  FAIR_COMPETITION: {
    ...minus({ id: 'Bersaing sehat', en: 'Plain competition' }, { id: 'simetris', en: 'symmetric' }),
    valence: 'coopetition',
    symmetric: true,
  },
} as const satisfies Record<string, Entry>;

/** The 25 tie type codes of DOMAIN.md §6.3. */
export type InteractionTypeCode = keyof typeof ENTRIES;
export const INTERACTION_TYPE_CODES = Object.keys(ENTRIES) as [InteractionTypeCode, ...InteractionTypeCode[]];

/** The tie type catalogue, in the order of DOMAIN.md §6.3 (shared by the API, CLI and web). */
export const INTERACTION_TYPES: readonly InteractionType[] = INTERACTION_TYPE_CODES.map((code) => {
  const entry: Entry = ENTRIES[code];
  return {
    ...entry,
    code,
    valenceChoices: entry.valenceChoices ?? [entry.valence],
    defaultLegalPattern:
      entry.defaultLegalPattern !== undefined
        ? entry.defaultLegalPattern
        : entry.legalPatterns.length === 1
          ? (entry.legalPatterns[0] ?? null)
          : null,
    legalNote: entry.legalNote ?? null,
  };
});

const BY_CODE = new Map(INTERACTION_TYPES.map((type) => [type.code, type]));

/** The catalogue entry of a type code (every code of `INTERACTION_TYPE_CODES` has one). */
export function interactionType(code: InteractionTypeCode): InteractionType {
  const type = BY_CODE.get(code);
  if (!type) throw new Error(`unknown interaction type ${code}`);
  return type;
}

import type { InteractionTypeCode } from '../interactions/interaction-types.ts';

/** Tie types with their relative weights. */
export type TypeMix = readonly (readonly [InteractionTypeCode, number])[];

/** How a centre's ties are drawn beyond the pattern of its value chain (DOMAIN.md §5 and §10). */
export interface TieMix {
  /** Types of maklun ties from order-givers to makers (hub-and-spoke centres). */
  hub: TypeMix;
  /** Background collaboration between any two members. */
  light: TypeMix;
  /** Conflict and plain-competition ties. */
  conflicts: TypeMix;
  /** Documented conflicts (DOMAIN.md §10 "seeded conflicts"), each drawn at least twice. */
  documented?: readonly InteractionTypeCode[];
}

const MAKLUN: TypeMix = [
  ['TOLL_MANUFACTURING', 0.75],
  ['SUBCONTRACT', 0.15],
  ['ORDER_SHARING', 0.1],
];
const PENGESUB: TypeMix = [
  ['SUBCONTRACT', 0.7],
  ['TOLL_MANUFACTURING', 0.2],
  ['ORDER_SHARING', 0.1],
];
const LIGHT: TypeMix = [
  ['ORDER_SHARING', 0.3],
  ['KNOWLEDGE_SHARING', 0.2],
  ['MATERIAL_SUPPLY', 0.1],
  ['LABOUR_SHARING', 0.1],
  ['EQUIPMENT_SHARING', 0.1],
  ['INFORMAL_CREDIT', 0.1],
  ['JOINT_PURCHASING', 0.1],
];
// Tofu makers buy soybeans together against price swings.
const SOYBEAN: TypeMix = [
  ['JOINT_PURCHASING', 0.45],
  ['ORDER_SHARING', 0.2],
  ['KNOWLEDGE_SHARING', 0.15],
  ['EQUIPMENT_SHARING', 0.1],
  ['INFORMAL_CREDIT', 0.1],
];
// Former workers of one firm run their own (Tumang).
const SPIN_OFFS: TypeMix = [...LIGHT, ['SPIN_OFF', 0.25]];
const RIVALRY: TypeMix = [
  ['BUYER_POACHING', 0.35],
  ['RESOURCE_COMPETITION', 0.25],
  ['FAIR_COMPETITION', 0.25],
  ['BREACH_OF_CONTRACT', 0.15],
];

/** Tie mixes per centre slug; conflicts follow the documented cases of DOMAIN.md §5 and §10. */
export const TIE_MIXES: Record<string, TieMix> = {
  CIBADUYUT: {
    hub: MAKLUN,
    light: LIGHT,
    conflicts: [['PRICE_UNDERCUTTING', 0.6], ...RIVALRY],
    documented: ['PRICE_UNDERCUTTING'],
  },
  'BINONG-JATI': { hub: MAKLUN, light: LIGHT, conflicts: RIVALRY },
  CIBUNTU: { hub: MAKLUN, light: SOYBEAN, conflicts: RIVALRY },
  SUKAREGANG: {
    hub: MAKLUN,
    light: LIGHT,
    conflicts: [['ENVIRONMENTAL_NUISANCE', 0.3], ...RIVALRY],
  },
  PLERED: { hub: PENGESUB, light: LIGHT, conflicts: RIVALRY },
  TRUSMI: { hub: PENGESUB, light: LIGHT, conflicts: [['DESIGN_COPYING', 0.2], ...RIVALRY] },
  // "Material disputes" over rattan.
  TEGALWANGI: {
    hub: PENGESUB,
    light: LIGHT,
    conflicts: [['RESOURCE_COMPETITION', 0.4], ...RIVALRY],
  },
  KAWALU: {
    hub: MAKLUN,
    light: LIGHT,
    conflicts: [['PRICE_UNDERCUTTING', 2], ...RIVALRY],
    documented: ['PRICE_UNDERCUTTING'],
  },
  LAWEYAN: { hub: MAKLUN, light: LIGHT, conflicts: [['DESIGN_COPYING', 0.2], ...RIVALRY] },
  KAUMAN: {
    hub: MAKLUN,
    light: LIGHT,
    conflicts: [['DESIGN_COPYING', 0.8], ['MISREPRESENTATION', 0.6], ...RIVALRY],
    documented: ['DESIGN_COPYING', 'MISREPRESENTATION'],
  },
  TUMANG: {
    hub: MAKLUN,
    light: SPIN_OFFS,
    conflicts: [['WORKER_POACHING', 1.2], ...RIVALRY],
    documented: ['WORKER_POACHING'],
  },
  JEPARA: {
    hub: PENGESUB,
    light: LIGHT,
    conflicts: [['DESIGN_COPYING', 0.6], ['MISREPRESENTATION', 0.4], ['WORKER_POACHING', 0.6], ...RIVALRY],
    documented: ['DESIGN_COPYING', 'MISREPRESENTATION', 'WORKER_POACHING'],
  },
  CEPER: { hub: PENGESUB, light: LIGHT, conflicts: RIVALRY },
  KALISARI: {
    hub: MAKLUN,
    light: SOYBEAN,
    conflicts: [['ENVIRONMENTAL_NUISANCE', 0.3], ...RIVALRY],
  },
};

/** Types whose `from` end is the larger firm (it gives orders, lends, mentors or poaches). */
export const LARGER_FIRST: ReadonlySet<InteractionTypeCode> = new Set([
  'TOLL_MANUFACTURING',
  'SUBCONTRACT',
  'ORDER_SHARING',
  'EQUIPMENT_SHARING',
  'KNOWLEDGE_SHARING',
  'INFORMAL_CREDIT',
  'LABOUR_SHARING',
  'SPIN_OFF',
  'BUYER_POACHING',
  'WORKER_POACHING',
  'ENVIRONMENTAL_NUISANCE',
]);

/** Types whose `from` end is the smaller firm (copiers and misrepresenters ride on the larger one's name). */
export const SMALLER_FIRST: ReadonlySet<InteractionTypeCode> = new Set([
  'DESIGN_COPYING',
  'MISREPRESENTATION',
]);

import type { VALUE_CHAIN_ROLES } from '../enterprises/enterprises.constants.ts';

/** A position in the centre's value chain (DOMAIN.md §6.1). */
export type ValueChainRole = (typeof VALUE_CHAIN_ROLES)[number];

/**
 * How firms in a centre relate (DOMAIN.md §10 "Synthetic ties"): it chose the role mix below and is what a
 * tie generator will read to shape maklun hubs, supplier tiers or institution-based group ties.
 */
export type TiePattern =
  | 'hub_and_spoke'
  | 'supplier_tiers'
  | 'institutional_groups'
  | 'supply_chain'
  | 'peers';

/** Who leads (order-givers, exporters, showrooms, big tanneries) and what everyone else does. */
export interface ValueChainSpec {
  pattern: TiePattern;
  /** Roles of medium firms and of the share `leadShareOfSmall` of small firms. */
  lead: ValueChainRole[];
  leadShareOfSmall: number;
  /** Roles of all other firms, weighted. */
  followers: [ValueChainRole[], number][];
}

/** Value chains per centre slug, from DOMAIN.md §5 and §10. */
export const VALUE_CHAINS: Record<string, ValueChainSpec> = {
  // Shoemakers mostly work to buyers' designs and materials (maklun) for shop-owning juragan.
  CIBADUYUT: {
    pattern: 'hub_and_spoke',
    lead: ['producer', 'showroom_trader'],
    leadShareOfSmall: 0.6,
    followers: [
      [['subcontractor'], 0.6],
      [['producer'], 0.2],
      [['component_supplier'], 0.1],
      [['material_supplier'], 0.05],
      [['finishing_service'], 0.05],
    ],
  },
  'BINONG-JATI': {
    pattern: 'hub_and_spoke',
    lead: ['producer', 'showroom_trader'],
    leadShareOfSmall: 0.6,
    followers: [
      [['subcontractor'], 0.6],
      [['producer'], 0.25],
      [['material_supplier'], 0.1],
      [['finishing_service'], 0.05],
    ],
  },
  CIBUNTU: {
    pattern: 'peers',
    lead: ['producer'],
    leadShareOfSmall: 1,
    followers: [
      [['producer'], 0.9],
      [['material_supplier'], 0.1],
    ],
  },
  // Tannery → maker → shop.
  SUKAREGANG: {
    pattern: 'supply_chain',
    lead: ['material_supplier'],
    leadShareOfSmall: 0.7,
    followers: [
      [['producer'], 0.55],
      [['showroom_trader'], 0.2],
      [['producer', 'showroom_trader'], 0.15],
      [['material_supplier'], 0.1],
    ],
  },
  // 27 exporters and 63 suppliers of 205 units (unverified).
  PLERED: {
    pattern: 'supplier_tiers',
    lead: ['producer', 'exporter'],
    leadShareOfSmall: 0.6,
    followers: [
      [['producer', 'subcontractor'], 0.4],
      [['producer'], 0.45],
      [['finishing_service'], 0.1],
      [['material_supplier'], 0.05],
    ],
  },
  // Showrooms commission makers.
  TRUSMI: {
    pattern: 'supplier_tiers',
    lead: ['producer', 'showroom_trader'],
    leadShareOfSmall: 0.6,
    followers: [
      [['subcontractor'], 0.55],
      [['producer'], 0.3],
      [['finishing_service'], 0.1],
      [['material_supplier'], 0.05],
    ],
  },
  // Factories pass orders to pengesub.
  TEGALWANGI: {
    pattern: 'hub_and_spoke',
    lead: ['producer', 'exporter'],
    leadShareOfSmall: 0.5,
    followers: [
      [['subcontractor'], 0.65],
      [['component_supplier'], 0.15],
      [['material_supplier'], 0.1],
      [['producer'], 0.1],
    ],
  },
  KAWALU: {
    pattern: 'peers',
    lead: ['producer', 'showroom_trader'],
    leadShareOfSmall: 0.6,
    followers: [
      [['producer'], 0.5],
      [['subcontractor'], 0.4],
      [['finishing_service'], 0.1],
    ],
  },
  LAWEYAN: {
    pattern: 'institutional_groups',
    lead: ['producer', 'showroom_trader'],
    leadShareOfSmall: 0.7,
    followers: [
      [['producer'], 0.6],
      [['producer', 'showroom_trader'], 0.2],
      [['subcontractor'], 0.15],
      [['finishing_service'], 0.05],
    ],
  },
  KAUMAN: {
    pattern: 'institutional_groups',
    lead: ['producer', 'showroom_trader'],
    leadShareOfSmall: 0.7,
    followers: [
      [['producer'], 0.6],
      [['producer', 'showroom_trader'], 0.2],
      [['subcontractor'], 0.15],
      [['finishing_service'], 0.05],
    ],
  },
  // Spin-offs of former workers; a few firms export.
  TUMANG: {
    pattern: 'peers',
    lead: ['producer', 'exporter'],
    leadShareOfSmall: 0.5,
    followers: [
      [['producer'], 0.7],
      [['subcontractor'], 0.15],
      [['finishing_service'], 0.15],
    ],
  },
  // Dense, layered subcontracting; exporters on top.
  JEPARA: {
    pattern: 'hub_and_spoke',
    lead: ['producer', 'exporter'],
    leadShareOfSmall: 0.6,
    followers: [
      [['subcontractor'], 0.5],
      [['finishing_service'], 0.15],
      [['component_supplier'], 0.15],
      [['producer'], 0.15],
      [['material_supplier'], 0.05],
    ],
  },
  // The cooperative aggregates PT KAI orders for members.
  CEPER: {
    pattern: 'institutional_groups',
    lead: ['producer', 'component_supplier'],
    leadShareOfSmall: 0.7,
    followers: [
      [['producer'], 0.6],
      [['component_supplier'], 0.2],
      [['subcontractor'], 0.1],
      [['finishing_service'], 0.1],
    ],
  },
  KALISARI: {
    pattern: 'peers',
    lead: ['producer'],
    leadShareOfSmall: 1,
    followers: [
      [['producer'], 0.92],
      [['material_supplier'], 0.08],
    ],
  },
};

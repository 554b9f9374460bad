/*
 * The shape of the national synthetic set (`simpul demo --national`): how Indonesia's ~13,762 Sentra IKM
 * spread over the 38 provinces, which trades each province leans to, and the tie types by valence
 * (DOMAIN.md §6.3, §10). Weights are rough shares for a realistic skew, not official statistics: Java holds
 * most centres (Kemenperin's directories put well over half there), every province has some.
 */

/** Kemenperin commodity groups, as `centers.commodity_group` stores them. */
export type CommodityGroup =
  | 'food'
  | 'clothing'
  | 'chemicals_building_materials'
  | 'crafts_misc'
  | 'furniture'
  | 'metal_machinery_electronics';

/** Share of the country's centres per province (Kemendagri code), before the one-per-province floor. */
// biome-ignore format: one province per entry reads better in rows
export const PROVINCE_WEIGHTS: Readonly<Record<string, number>> = {
  '11': 1.6, '12': 3.2, '13': 2.6, '14': 1.4, '15': 1.1, '16': 2.0, '17': 0.7, '18': 2.2, '19': 0.5,
  '21': 0.5, '31': 1.5, '32': 14, '33': 16, '34': 4.5, '35': 15, '36': 2.5, '51': 4.0, '52': 2.6,
  '53': 2.2, '61': 1.4, '62': 0.8, '63': 1.5, '64': 1.0, '65': 0.3, '71': 0.9, '72': 0.9, '73': 3.2,
  '74': 0.8, '75': 0.4, '76': 0.3, '81': 0.5, '82': 0.4, '91': 0.3, '92': 0.2, '93': 0.2, '94': 0.2,
  '95': 0.2, '96': 0.2,
};

/** The mix of trades in a province without a specialty of its own (food everywhere, DOMAIN.md §10). */
const BASE_MIX: Readonly<Record<CommodityGroup, number>> = {
  food: 0.42,
  clothing: 0.14,
  chemicals_building_materials: 0.1,
  crafts_misc: 0.18,
  furniture: 0.1,
  metal_machinery_electronics: 0.06,
};

/** Where a province leans: its groups' weights added to the base mix (batik in Central Java, …). */
const SPECIALTIES: Readonly<Record<string, Partial<Record<CommodityGroup, number>>>> = {
  '32': { clothing: 0.35, metal_machinery_electronics: 0.06 }, // shoes, leather, knitwear, embroidery
  '33': { clothing: 0.3, furniture: 0.25, metal_machinery_electronics: 0.08 }, // batik, Jepara, Ceper
  '34': { crafts_misc: 0.3, clothing: 0.12 }, // silver, leather craft, batik
  '35': { food: 0.1, metal_machinery_electronics: 0.08, clothing: 0.08 },
  '51': { crafts_misc: 0.45 }, // carving, silver
  '52': { clothing: 0.15, crafts_misc: 0.15 }, // tenun, pottery
  '53': { clothing: 0.3 }, // ikat weaving
  '61': { furniture: 0.15, crafts_misc: 0.1 },
  '62': { furniture: 0.2 }, // rattan
  '63': { furniture: 0.15, clothing: 0.1 }, // rattan, sasirangan
  '13': { clothing: 0.2, food: 0.1 }, // songket, embroidery
  '73': { clothing: 0.15, chemicals_building_materials: 0.05 }, // silk
};

/** Province `code`'s weights over the six groups. */
export function commodityMix(code: string): [CommodityGroup, number][] {
  const extra = SPECIALTIES[code] ?? {};
  return (Object.keys(BASE_MIX) as CommodityGroup[]).map((g) => [g, BASE_MIX[g] + (extra[g] ?? 0)]);
}

/** Main products of centres per group, as a Dinas list names them. */
export const PRODUCTS: Readonly<Record<CommodityGroup, readonly string[]>> = {
  food: ['Tahu dan tempe', 'Kerupuk', 'Keripik', 'Gula aren', 'Olahan ikan', 'Kopi bubuk', 'Dodol', 'Roti'],
  clothing: ['Batik', 'Tenun', 'Konveksi', 'Sepatu', 'Kulit', 'Bordir', 'Rajut', 'Songket'],
  chemicals_building_materials: ['Genteng', 'Batu bata', 'Gerabah', 'Keramik', 'Sabun', 'Batu alam'],
  crafts_misc: ['Anyaman bambu', 'Ukiran kayu', 'Perak', 'Kerajinan kulit', 'Anyaman pandan', 'Tenun ikat'],
  furniture: ['Mebel kayu', 'Mebel rotan', 'Mebel bambu', 'Kusen'],
  metal_machinery_electronics: ['Pandai besi', 'Pengecoran logam', 'Tembaga', 'Alat pertanian', 'Las'],
};

/** Work ties: maklun and subcontracting go from a few order-givers out (hub and spoke). */
export const HUB_TYPES = ['TOLL_MANUFACTURING', 'SUBCONTRACT'] as const;

/** Other collaboration ties (directed, DOMAIN.md §6.3), with their weights. */
export const PEER_TYPES: readonly (readonly [string, number])[] = [
  ['ORDER_SHARING', 3],
  ['MATERIAL_SUPPLY', 3],
  ['KNOWLEDGE_SHARING', 2],
  ['EQUIPMENT_SHARING', 1],
  ['LABOUR_SHARING', 1],
  ['INFORMAL_CREDIT', 1],
  ['CONSIGNMENT', 1],
];

/** Conflict ties (directed), with their weights. */
export const CONFLICT_TYPES: readonly (readonly [string, number])[] = [
  ['PRICE_UNDERCUTTING', 4],
  ['DESIGN_COPYING', 2],
  ['BUYER_POACHING', 2],
  ['WORKER_POACHING', 2],
  ['BREACH_OF_CONTRACT', 1],
];

import type { CertificationKind } from '../capabilities/capabilities.constants.ts';
import type { ProductKind } from './products.data.ts';

/** How a centre's firms are generated a capability profile: its processes, unit, machines, certificates. */
export interface DemoCapabilitySpec {
  /** Taxonomy codes; the first `core` ones every firm has, the rest by chance. */
  processes: readonly string[];
  core: number;
  unit: string;
  /** Monthly capacity of a micro firm (lo–hi); small firms ×4, medium ×12. */
  microCapacity: readonly [number, number];
  machines: readonly string[];
  /** Certifications a firm of this product may hold. */
  certifications: readonly CertificationKind[];
}

/** One spec per product kind of the demo centres (Cibaduyut footwear, Trusmi batik, Jepara furniture, …). */
export const DEMO_CAPABILITIES: Record<ProductKind, DemoCapabilitySpec> = {
  footwear: {
    processes: [
      'footwear.cutting',
      'footwear.upper',
      'footwear.lasting',
      'footwear.sole',
      'footwear.pattern',
      'footwear.finishing',
    ],
    core: 2,
    unit: 'pasang',
    microCapacity: [150, 900],
    machines: ['Mesin jahit upper', 'Mesin press sol', 'Mesin seset kulit'],
    certifications: ['SNI', 'HKI', 'TKDN_IK'],
  },
  knitwear: {
    processes: [
      'garments.rajut',
      'garments.linking',
      'garments.jahit',
      'garments.finishing',
      'garments.pola',
    ],
    core: 2,
    unit: 'potong',
    microCapacity: [300, 1500],
    machines: ['Mesin rajut manual', 'Mesin linking', 'Mesin obras'],
    certifications: ['SNI', 'HKI'],
  },
  tofu_tempeh: {
    processes: ['food.sortasi', 'food.pengolahan', 'food.pengemasan', 'food.penggorengan'],
    core: 2,
    unit: 'kg',
    microCapacity: [800, 4000],
    machines: ['Mesin penggiling kedelai', 'Tungku uap', 'Sealer plastik'],
    certifications: ['PIRT', 'HALAL'],
  },
  tofu: {
    processes: ['food.sortasi', 'food.pengolahan', 'food.penggorengan', 'food.pengemasan'],
    core: 2,
    unit: 'kg',
    microCapacity: [900, 5000],
    machines: ['Mesin penggiling kedelai', 'Tungku uap', 'Wajan penggorengan'],
    certifications: ['PIRT', 'HALAL'],
  },
  leather: {
    processes: [
      'leather.cutting',
      'leather.jahit',
      'leather.aksesori',
      'leather.pewarnaan',
      'leather.penyamakan',
    ],
    core: 2,
    unit: 'potong',
    microCapacity: [100, 600],
    machines: ['Mesin jahit kulit', 'Mesin seset', 'Mesin pond'],
    certifications: ['SNI', 'HKI'],
  },
  ceramics: {
    processes: [
      'ceramics.putar',
      'ceramics.pembakaran',
      'ceramics.olah_tanah',
      'ceramics.cetak',
      'ceramics.glasir',
      'ceramics.dekorasi',
    ],
    core: 2,
    unit: 'buah',
    microCapacity: [200, 1500],
    machines: ['Meja putar', 'Tungku pembakaran', 'Mesin pengolah tanah (pug mill)'],
    certifications: ['SNI', 'HKI'],
  },
  batik: {
    processes: [
      'batik.cap',
      'batik.pewarnaan',
      'batik.nglorod',
      'batik.nyorek',
      'batik.nglowong',
      'batik.nembok',
      'batik.colet',
    ],
    core: 2,
    unit: 'lembar',
    microCapacity: [60, 400],
    machines: ['Meja cap', 'Kompor malam', 'Bak celup'],
    certifications: ['SNI', 'HKI'],
  },
  rattan: {
    processes: ['furniture.anyam', 'furniture.konstruksi', 'furniture.finishing', 'furniture.amplas'],
    core: 2,
    unit: 'unit',
    microCapacity: [20, 150],
    machines: ['Kompresor semprot', 'Mesin bor', 'Oven rotan'],
    certifications: ['SVLK', 'HKI'],
  },
  embroidery: {
    processes: ['garments.bordir', 'garments.jahit', 'garments.finishing', 'garments.potong'],
    core: 2,
    unit: 'potong',
    microCapacity: [150, 900],
    machines: ['Mesin bordir manual', 'Mesin bordir komputer', 'Mesin jahit'],
    certifications: ['HKI', 'SNI'],
  },
  copper: {
    processes: [
      'metal_casting.tempa',
      'metal_casting.finishing',
      'metal_casting.pola',
      'metal_casting.bubut',
    ],
    core: 2,
    unit: 'buah',
    microCapacity: [30, 250],
    machines: ['Landasan tempa', 'Mesin gerinda', 'Mesin las'],
    certifications: ['HKI', 'SNI'],
  },
  furniture: {
    processes: [
      'furniture.konstruksi',
      'furniture.carving',
      'furniture.finishing',
      'furniture.pembahanan',
      'furniture.kiln_drying',
      'furniture.amplas',
    ],
    core: 2,
    unit: 'unit',
    microCapacity: [10, 80],
    machines: ['Mesin gergaji (band saw)', 'Mesin serut', 'Oven kiln'],
    certifications: ['SVLK', 'HKI', 'SNI'],
  },
  casting: {
    processes: [
      'metal_casting.cetakan_pasir',
      'metal_casting.peleburan',
      'metal_casting.penuangan',
      'metal_casting.bubut',
      'metal_casting.finishing',
      'metal_casting.pola',
    ],
    core: 2,
    unit: 'kg',
    microCapacity: [500, 4000],
    machines: ['Tungku kupola', 'Mesin bubut', 'Mesin gerinda'],
    certifications: ['SNI', 'TKDN_IK'],
  },
};

/**
 * The day the demo's spare capacities are confirmed relative to: a fixed day, so the demo is a pure
 * function of its seed; the profiles then age with the calendar, as real ones do.
 */
export const DEMO_PROFILE_DAY = '2026-12-01';

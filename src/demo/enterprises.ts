import { type DemoCenterSpec, demoFirmCount } from './centers.data.ts';
import type { DemoContext, DemoFirm, DemoRows, SizeClass } from './dataset.ts';
import { dateIn } from './dates.ts';
import { demoId } from './ids.ts';
import { LANES } from './names.data.ts';
import { drawEnterpriseName, type NamedLegalForm } from './names.ts';
import { addPerson, newPhone } from './people.ts';
import { PRODUCTS, type ProductLine } from './products.data.ts';
import {
  chance,
  createRng,
  pick,
  quota,
  type Rng,
  randInt,
  shuffled,
  skewed,
  uniform,
  weighted,
} from './random.ts';
import { VALUE_CHAINS } from './value-chain.data.ts';

/** Target shares of small and medium firms (DOMAIN.md §10: ~80% micro, 18% small, 2% medium). */
export const SIZE_SHARES = { small: 0.18, medium: 0.02 } as const;

const LEGAL_FORMS: Record<SizeClass, [NamedLegalForm, number][]> = {
  micro: [
    ['individual', 0.75],
    ['UD', 0.25],
  ],
  small: [
    ['individual', 0.05],
    ['UD', 0.4],
    ['CV', 0.45],
    ['PT', 0.1],
  ],
  medium: [
    ['CV', 0.3],
    ['PT', 0.7],
  ],
};

/** Chance that a firm of this legal form holds an NIB (formal); CV and PT cannot exist without one. */
const FORMAL_SHARE: Record<NamedLegalForm, number> = { individual: 0.25, UD: 0.85, CV: 1, PT: 1 };

/** Earliest year a demo firm joined its centre (older founding years are history, not living members). */
const EARLIEST_JOIN = 1980;

/** Workers (owner included) within the BPS class: micro 1–4, small 5–19, medium 20–99; mostly small. */
function drawWorkers(rng: Rng, size: SizeClass): number {
  if (size === 'micro') {
    return weighted(rng, [
      [1, 0.2],
      [2, 0.35],
      [3, 0.28],
      [4, 0.17],
    ]);
  }
  if (size === 'small') return 5 + Math.round(skewed(rng, 0, 14, 2));
  return 20 + Math.round(skewed(rng, 0, 79, 3));
}

/** A synthetic NIB: 13 digits starting with 9, so it can never be mistaken for a real one. */
function newNib(rng: Rng, ctx: DemoContext): string {
  for (;;) {
    const nib = `9${String(randInt(rng, 0, 999_999)).padStart(6, '0')}${String(randInt(rng, 0, 999_999)).padStart(6, '0')}`;
    if (!ctx.nibs.has(nib)) {
      ctx.nibs.add(nib);
      return nib;
    }
  }
}

function address(rng: Rng, spec: DemoCenterSpec, village: DemoCenterSpec['villages'][number]): string {
  // Kemendagri codes: a fourth segment starting with 1 is a kelurahan (urban), with 2 a desa.
  const kind = village.code.split('.')[3]?.startsWith('1') ? 'Kel.' : 'Desa';
  const rt = String(randInt(rng, 1, 12)).padStart(3, '0');
  const rw = String(randInt(rng, 1, 15)).padStart(3, '0');
  const lane = `${pick(rng, ['Gg.', 'Jl.', 'Blok'])} ${pick(rng, LANES)} No. ${randInt(rng, 1, 120)}`;
  return `${lane}, RT ${rt}/RW ${rw}, ${kind} ${village.name}, Kec. ${spec.districtName}`;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Adds a centre's firms, their owners and centre memberships. Firm count: `clamp(round(4·√units), 20, 150)`;
 * sizes by quota so every centre keeps the 80/18/2 mix; roles follow the centre's value chain.
 */
export function addEnterprises(
  rows: DemoRows,
  spec: DemoCenterSpec,
  centerId: string,
  ctx: DemoContext,
): DemoFirm[] {
  const rng = createRng(ctx.seed, `${spec.slug}/enterprises`);
  const product = PRODUCTS[spec.product];
  const chain = VALUE_CHAINS[spec.slug];
  if (!chain) throw new Error(`No value chain for ${spec.slug}`);
  const n = demoFirmCount(spec.scaleUnits);
  const medium = quota(rng, n, SIZE_SHARES.medium);
  const small = quota(rng, n, SIZE_SHARES.small);
  const sizes = shuffled<SizeClass>(rng, [
    ...Array<SizeClass>(medium).fill('medium'),
    ...Array<SizeClass>(small).fill('small'),
    ...Array<SizeClass>(n - medium - small).fill('micro'),
  ]);
  const firmNames = new Set<string>();
  const spread = spec.villages.length > 2 ? 0.015 : 0.005;
  const firstJoin = Math.max(spec.foundingYear ?? EARLIEST_JOIN, EARLIEST_JOIN);

  const firms = sizes.map((size, i): DemoFirm => {
    const index = i + 1;
    const id = demoId(ctx.seed, `enterprise/${spec.slug}/${index}`);
    const workers = drawWorkers(rng, size);
    const form = weighted(rng, LEGAL_FORMS[size]);
    const formal = chance(rng, FORMAL_SHARE[form]);
    const phone = newPhone(rng, ctx);
    const owner = addPerson(rows, rng, ctx, {
      key: `owner/${spec.slug}/${index}`,
      culture: spec.names,
      femaleShare: product.femaleOwnerShare,
      roles: ['owner'],
      // Home producers give their own number; companies list an office line.
      phone: form === 'individual' || form === 'UD' ? phone : newPhone(rng, ctx),
      affiliation: { enterpriseId: id, role: 'owner' },
    });
    const village = pick(rng, spec.villages);
    const lead = size === 'medium' || (size === 'small' && chance(rng, chain.leadShareOfSmall));
    const roles = [...(lead ? chain.lead : weighted(rng, chain.followers))];
    const lines: ProductLine[] =
      roles.length === 1 && roles[0] === 'material_supplier'
        ? [{ text: product.materialLine }]
        : shuffled(rng, product.lines).slice(0, chance(rng, 0.4) ? 2 : 1);
    // Most joined between the founding year and 2019, recent ones more often; a few are new entrants.
    const joinYear = chance(rng, 0.9)
      ? 2019 - Math.round(skewed(rng, 0, 2019 - firstJoin, 2))
      : randInt(rng, 2020, 2023);
    const memberFrom = dateIn(rng, joinYear);
    const memberTo = chance(rng, 0.06) ? dateIn(rng, randInt(rng, Math.max(joinYear + 1, 2020), 2024)) : null;
    rows.enterprises.push({
      id,
      external_id: `DEMO-${spec.slug}-${String(index).padStart(3, '0')}`,
      nib: formal ? newNib(rng, ctx) : null,
      name: drawEnterpriseName(rng, form, product, owner.name, firmNames),
      owner_person_id: owner.id,
      address: address(rng, spec, village),
      region_code: village.code,
      phone,
      commodity: product.commodity,
      products: lines.map((l) => l.text).join(', '),
      legal_form: form,
      license_year: formal ? randInt(rng, 2005, 2023) : null,
      kbli: JSON.stringify(formal ? kbliOf(lines, spec) : []),
      value_chain_roles: roles,
      formality: formal ? 'formal' : 'informal',
      latitude: round6(spec.latitude + uniform(rng, -spread, spread)),
      longitude: round6(spec.longitude + uniform(rng, -spread, spread)),
    });
    return { id, ownerId: owner.id, index, size, workers, roles, memberFrom, memberTo, board: false };
  });

  // The two largest firms still in the centre sit on its board (pengurus).
  const staying = firms
    .filter((f) => f.memberTo === null)
    .sort((a, b) => b.workers - a.workers || a.index - b.index);
  for (const firm of staying.slice(0, 2)) firm.board = true;
  for (const firm of firms) {
    rows.center_memberships.push({
      id: demoId(ctx.seed, `center-membership/${spec.slug}/${firm.index}`),
      center_id: centerId,
      enterprise_id: firm.id,
      valid_from: firm.memberFrom,
      valid_to: firm.memberTo,
      role: firm.board ? 'board' : 'member',
    });
  }
  return firms;
}

/** KBLI of a formal firm: its product line's code, else the centre's codes. */
function kbliOf(lines: ProductLine[], spec: DemoCenterSpec) {
  const own = lines.flatMap((l) => (l.kbli ? [l.kbli] : []));
  const unique = new Map([...own, ...(own.length > 0 ? [] : spec.kbli)].map((k) => [k.code, k]));
  return [...unique.values()];
}

import { copyEscape } from '../../io/copy-text.ts';
import { chance, createRng, pick, type Rng, randInt, uniform, weighted } from '../random.ts';
import { type NationalCenter, type NationalPlan, nationalIds } from './national-plan.ts';

/*
 * The rows of one planned centre, as lines of PostgreSQL's COPY text format (tab-separated, `\N` for
 * null). Each table is written in its own pass over the centres; a pass regenerates what it needs from the
 * centre's own seeded streams (`national/<centre>/firms`, `…/ties`), so nothing country-wide is held in
 * memory and the passes always agree.
 */

/** Years of yearly figures every national firm has. */
export const NATIONAL_YEARS = [2022, 2023, 2024] as const;

/** `definition` of the generated yearly rows. */
const DEFINITION =
  'Data sintetis nasional dari generator Simpul, bukan data nyata (synthetic national data, not real). ' +
  'Tenaga kerja termasuk pemilik; nilai dalam rupiah per tahun.';

const N = '\\N';
const FIRST_WORDS = [
  'Sinar',
  'Karya',
  'Sumber',
  'Cahaya',
  'Putra',
  'Mekar',
  'Berkah',
  'Mitra',
  'Tunas',
  'Surya',
];
const SECOND_WORDS = ['Jaya', 'Mandiri', 'Makmur', 'Abadi', 'Sentosa', 'Agung', 'Lestari', 'Maju', 'Rahayu'];

type SizeClass = 'micro' | 'small' | 'medium';

/** What a firm is, drawn the same way in every pass. */
interface FirmProfile {
  size: SizeClass;
  workers: number;
  legalForm: 'individual' | 'UD' | 'CV' | 'PT';
  joined: number;
  capital: number;
  salesPerWorker: number;
  femaleShare: number;
  growth: number;
}

/** Ids and numbering shared by the passes of one plan. */
export interface NationalIds {
  firm: (n: number) => string;
  tie: (n: number) => string;
}

/** The id factories of a plan's firms and ties. */
export function idsOf(plan: NationalPlan): NationalIds {
  return { firm: nationalIds(plan.seed, 'enterprise'), tie: nationalIds(plan.seed, 'interaction') };
}

function firmProfile(rng: Rng): FirmProfile {
  // DOMAIN.md §10: ~80% micro, 18% small, 2% medium.
  const size = weighted<SizeClass>(rng, [
    ['micro', 0.8],
    ['small', 0.18],
    ['medium', 0.02],
  ]);
  const workers =
    size === 'micro' ? randInt(rng, 1, 4) : size === 'small' ? randInt(rng, 5, 19) : randInt(rng, 20, 99);
  const legalForm =
    size === 'micro'
      ? chance(rng, 0.75)
        ? 'individual'
        : 'UD'
      : size === 'small'
        ? weighted(rng, [
            ['UD', 0.45],
            ['CV', 0.45],
            ['PT', 0.1],
          ] as const)
        : chance(rng, 0.3)
          ? 'CV'
          : 'PT';
  // Business capital within the PP 7/2021 class: micro ≤ Rp1 bn, small Rp1–5 bn, medium Rp5–10 bn.
  const capital =
    size === 'micro'
      ? uniform(rng, 10e6, 900e6)
      : size === 'small'
        ? uniform(rng, 1.05e9, 4.8e9)
        : uniform(rng, 5.2e9, 9.8e9);
  return {
    size,
    workers,
    legalForm,
    joined: randInt(rng, 1990, 2020),
    capital,
    salesPerWorker: uniform(rng, 30e6, 120e6),
    femaleShare: uniform(rng, 0.2, 0.7),
    growth: uniform(rng, -0.03, 0.08),
  };
}

/** The profiles of a centre's firms, in firm order. */
function* profiles(plan: NationalPlan, center: NationalCenter): Generator<[number, FirmProfile]> {
  const rng = createRng(plan.seed, `national/${center.index}/firms`);
  for (let j = 0; j < center.firms; j++) yield [center.firstFirm + j, firmProfile(rng)];
}

/** `centers` (id, external_id, name, main_product, commodity_group, origin, status, founding_year). */
export function* centerLines(plan: NationalPlan, center: NationalCenter): Generator<string> {
  const rng = createRng(plan.seed, `national/${center.index}/centre`);
  const origin = chance(rng, 0.15) ? 'government_built' : 'organic';
  const status = weighted(rng, [
    ['recorded', 0.45],
    ['designated', 0.2],
    ['coached', 0.2],
    ['independent', 0.08],
    ['potential', 0.05],
    ['inactive', 0.02],
  ] as const);
  yield `${center.id}\tNAS-${plan.seed}-${center.index + 1}\t${copyEscape(center.name)}\t${copyEscape(center.product)}\t${center.group}\t${origin}\t${status}\t${randInt(rng, 1950, 2015)}\n`;
}

/** `center_regions` (center_id, region_code). */
export function* centerRegionLines(_plan: NationalPlan, center: NationalCenter): Generator<string> {
  yield `${center.id}\t${center.villageCode}\n`;
}

/** `enterprises` (id, nib, name, region_code, commodity, legal_form, formality). */
export function* enterpriseLines(
  plan: NationalPlan,
  center: NationalCenter,
  ids: NationalIds,
): Generator<string> {
  const rng = createRng(plan.seed, `national/${center.index}/names`);
  for (const [f, p] of profiles(plan, center)) {
    // A synthetic 13-digit NIB starting with 8 (the demo's start with 9): never a real one, unique by firm.
    const formal = p.legalForm === 'CV' || p.legalForm === 'PT' || chance(rng, 0.3);
    const nib = formal ? `8${String(f).padStart(12, '0')}` : N;
    const prefix = p.legalForm === 'individual' ? center.product : p.legalForm;
    const name = `${prefix} ${pick(rng, FIRST_WORDS)} ${pick(rng, SECOND_WORDS)} ${f + 1}`;
    yield `${ids.firm(f)}\t${nib}\t${copyEscape(name)}\t${center.villageCode}\t${copyEscape(center.product)}\t${p.legalForm}\t${formal ? 'formal' : 'informal'}\n`;
  }
}

/** `center_memberships` (center_id, enterprise_id, valid_from). */
export function* membershipLines(
  plan: NationalPlan,
  center: NationalCenter,
  ids: NationalIds,
): Generator<string> {
  for (const [f, p] of profiles(plan, center)) yield `${center.id}\t${ids.firm(f)}\t${p.joined}-01-01\n`;
}

/**
 * `enterprise_year_data` (enterprise_id, year, source, vintage, definition, workers_male, workers_female,
 * investment_excl_land_building, business_capital, annual_sales, production_value): one row a year.
 */
export function* yearLines(plan: NationalPlan, center: NationalCenter, ids: NationalIds): Generator<string> {
  const rng = createRng(plan.seed, `national/${center.index}/years`);
  const vintage = `national-${plan.seed}`;
  for (const [f, p] of profiles(plan, center)) {
    let trend = 1;
    for (const year of NATIONAL_YEARS) {
      trend *= 1 + p.growth;
      const workers = Math.max(1, Math.round(p.workers * uniform(rng, 0.9, 1.1)));
      const female = Math.min(workers, Math.round(workers * p.femaleShare));
      const sales = Math.round((workers * p.salesPerWorker * trend * uniform(rng, 0.85, 1.15)) / 1000) * 1000;
      const capital = Math.round((p.capital * trend) / 1000) * 1000;
      const investment = Math.round((capital * 0.45) / 1000) * 1000;
      const production = Math.round((sales * uniform(rng, 0.94, 1.06)) / 1000) * 1000;
      yield `${ids.firm(f)}\t${year}\tsynthetic\t${vintage}\t${DEFINITION}\t${workers - female}\t${female}\t${investment}\t${capital}\t${sales}\t${production}\n`;
    }
  }
}

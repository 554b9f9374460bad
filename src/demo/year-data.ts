import type { DemoFirm, DemoRows, SizeClass } from './dataset.ts';
import { yearOf } from './dates.ts';
import type { ProductProfile } from './products.data.ts';
import { chance, createRng, noise, type Rng, skewed, uniform } from './random.ts';

/** Years of the demo panel. */
export const PANEL_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;

/** `definition` of every generated yearly row. */
export const PANEL_DEFINITION =
  'Data sintetis dari generator demo Simpul, bukan data nyata (synthetic demo data, not real). ' +
  'Tenaga kerja termasuk pemilik; nilai dalam rupiah per tahun.';

// Sector-wide level against 2019: the COVID dip of 2020 and the recovery after it.
const SALES_INDEX: Record<number, number> = {
  2019: 1,
  2020: 0.7,
  2021: 0.82,
  2022: 0.95,
  2023: 1.03,
  2024: 1.07,
};
const WORKER_INDEX: Record<number, number> = {
  2019: 1,
  2020: 0.88,
  2021: 0.92,
  2022: 0.97,
  2023: 1,
  2024: 1.02,
};

/** Chance that a middle year is missing, as gaps are normal in Dinas data. */
const GAP_CHANCE = 0.06;

const thousands = (x: number) => Math.round(x / 1000) * 1000;

/** Business capital within the PP 7/2021 class: micro ≤ Rp1 bn, small Rp1–5 bn, medium Rp5–10 bn. */
function drawCapital(rng: Rng, size: SizeClass): number {
  if (size === 'micro') return skewed(rng, 10_000_000, 900_000_000, 3);
  if (size === 'small') return uniform(rng, 1_050_000_000, 4_800_000_000);
  return uniform(rng, 5_200_000_000, 9_800_000_000);
}

/** Land and buildings; half of home producers report none. */
function drawLandBuilding(rng: Rng, size: SizeClass): number | null {
  if (size === 'micro') return chance(rng, 0.5) ? null : thousands(skewed(rng, 20_000_000, 400_000_000, 2));
  if (size === 'small') return thousands(uniform(rng, 200_000_000, 1_500_000_000));
  return thousands(uniform(rng, 1_000_000_000, 6_000_000_000));
}

/**
 * Adds 2019–2024 rows for a centre's firms while they are members: a firm-level trend and noise on top
 * of the sector index, with the COVID dip scaled by how hard this centre was hit.
 */
export function addYearData(
  rows: DemoRows,
  slug: string,
  product: ProductProfile,
  firms: DemoFirm[],
  seed: number,
): void {
  const rng = createRng(seed, `${slug}/panel`);
  const covidDepth = uniform(rng, 0.7, 1.3);
  for (const firm of firms)
    rows.enterprise_year_data.push(...firmPanel(rng, firm, product, covidDepth, seed));
}

function firmPanel(rng: Rng, firm: DemoFirm, product: ProductProfile, depth: number, seed: number) {
  const first = Math.max(PANEL_YEARS[0], yearOf(firm.memberFrom));
  const last = firm.memberTo ? Math.min(2024, yearOf(firm.memberTo)) : 2024;
  const perWorker = uniform(rng, product.salesPerWorker[0], product.salesPerWorker[1]);
  const growth = uniform(rng, -0.03, 0.07);
  const capital = drawCapital(rng, firm.size);
  const capitalGrowth = uniform(rng, 0, 0.05);
  const investmentShare = uniform(rng, 0.3, 0.6);
  const landBuilding = drawLandBuilding(rng, firm.size);
  const materialShare = uniform(rng, product.materialShare[0], product.materialShare[1]);
  const out = [];
  let trend = 1;
  let capitalTrend = 1;
  for (const year of PANEL_YEARS) {
    if (year > PANEL_YEARS[0]) {
      trend *= 1 + growth;
      capitalTrend *= 1 + capitalGrowth;
    }
    if (year < first || year > last) continue;
    if (year > first && year < last && chance(rng, GAP_CHANCE)) continue;
    const salesLevel = 1 - (1 - (SALES_INDEX[year] ?? 1)) * depth;
    const workerLevel = 1 - (1 - (WORKER_INDEX[year] ?? 1)) * depth;
    const workers = Math.max(1, Math.round(firm.workers * workerLevel * noise(rng, 0.12)));
    const female = Math.min(
      workers,
      Math.max(0, Math.round(workers * product.femaleWorkerShare * noise(rng, 0.5))),
    );
    const sales = thousands(firm.workers * perWorker * salesLevel * trend * noise(rng, 0.15));
    const productionValue = thousands(sales * noise(rng, 0.06));
    out.push({
      enterprise_id: firm.id,
      year,
      source: 'synthetic',
      vintage: `demo-${seed}`,
      definition: PANEL_DEFINITION,
      source_ref: null,
      workers_male: workers - female,
      workers_female: female,
      investment_excl_land_building: thousands(capital * capitalTrend * investmentShare),
      investment_land_building: landBuilding,
      business_capital: thousands(capital * capitalTrend),
      annual_sales: sales,
      production_qty: Math.round(productionValue / product.unitPrice),
      production_unit: product.unit,
      production_value: productionValue,
      raw_aux_material_value: thousands(productionValue * materialShare),
      production_capacity: 0,
      installed_capacity: 0,
    });
  }
  // Capacity is a property of the machines: set once, above the best year's output.
  const best = Math.max(0, ...out.map((r) => r.production_qty));
  const capacity = Math.round(best * uniform(rng, 1.05, 1.2));
  const installed = Math.round(capacity * uniform(rng, 1.1, 1.4));
  for (const row of out) {
    row.production_capacity = capacity;
    row.installed_capacity = installed;
  }
  return out;
}

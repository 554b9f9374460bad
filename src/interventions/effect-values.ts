import type { Db } from '../db/database.ts';
import { loadCenterNetworks } from '../networks/load/network.repo.ts';
import { todayWib } from '../shared/periods.ts';
import { emptyValues, type IndicatorValues } from './did.ts';
import { centerFigureRows, yearFigures } from './effect.repo.ts';
import { networkYearIndicators } from './network-year.ts';

const FIGURE_FALLBACK = {
  units: 'firms',
  workers: 'workers',
  production_value: 'productionValue',
  investment: 'investment',
} as const;

/**
 * The indicator values of each of `centerIds` in each of `years` (by centre id, then year). Standard
 * figures are the members' yearly data summed; where no member reported that year, the centre's own
 * figure (latest vintage) stands in. A year not yet over has no values: its 31 December is to come.
 */
export async function indicatorValues(
  db: Db,
  centerIds: readonly string[],
  years: readonly number[],
): Promise<Map<string, Map<number, IndicatorValues>>> {
  const today = todayWib();
  const past = years.filter((y) => `${y}-12-31` <= today);
  const out = new Map(centerIds.map((id) => [id, new Map(years.map((y) => [y, emptyValues()]))]));
  const at = (id: string, year: number) => out.get(id)?.get(year);
  const [sums, figures] = await Promise.all([
    yearFigures(db, centerIds, past),
    centerFigureRows(db, centerIds, past),
  ]);
  for (const f of [...figures].reverse()) {
    // Reversed so the latest vintage (listed first) is written last and wins.
    const values = at(f.center_id, f.year);
    if (values) values[FIGURE_FALLBACK[f.indicator as keyof typeof FIGURE_FALLBACK]] = Number(f.value);
  }
  for (const s of sums) {
    const values = at(s.center_id, s.year);
    if (!values) continue;
    if (s.firms > 0) values.firms = s.firms;
    if (s.reporting > 0) {
      values.workers = s.workers;
      values.productionValue = s.production_value;
      values.investment = s.investment;
      values.valueAdded = s.value_added;
    }
  }
  for (const year of past) {
    const networks = await loadCenterNetworks(db, centerIds, `${year}-12-31`, undefined, {
      structureOnly: true,
    });
    for (const [id, network] of networks) {
      const values = at(id, year);
      if (values) Object.assign(values, networkYearIndicators(network));
    }
  }
  return out;
}

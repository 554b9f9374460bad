import type { Db } from '../db/database.ts';
import { purchasedPoolRows } from './pool-kpi.repo.ts';
import { singleBuyerPrice } from './pools.rules.ts';

/** One centre's joint purchasing over a period. */
export interface PoolSavings {
  centerId: string;
  /** Pools whose purchase fell in the period. */
  pools: number;
  /** Member firms that took part (a firm in two pools counts twice: it joined twice). */
  participations: number;
  /** What the members would have paid buying the same quantities alone, in rupiah. */
  costAlone: number;
  /** What the pools paid, in rupiah. */
  cost: number;
  /** costAlone − cost. */
  savings: number;
  /** savings ÷ costAlone, or null without purchases. */
  savingsShare: number | null;
}

/**
 * The pool-savings KPI of issue #18 point 6, per centre: for every pool of the centre bought within
 * `period` (purchase dates `from`…`to`, both included), the total bought priced at the single-buyer price
 * (the pool's "price alone", else its first tier's price) minus the total actually paid. Cancelled and
 * still-open pools save nothing yet and are left out. Every centre asked for gets a row, zero when idle.
 */
export async function poolSavings(
  db: Db,
  centerIds: readonly string[],
  period: { from: string; to: string },
): Promise<PoolSavings[]> {
  const rows = await purchasedPoolRows(db, centerIds, period);
  return [...new Set(centerIds)].map((centerId) => {
    const mine = rows.filter((r) => r.center_id === centerId);
    const costAlone = mine.reduce(
      (acc, r) => acc + Math.round(r.total_quantity * singleBuyerPrice(r.tiers, r.price_alone)),
      0,
    );
    const cost = mine.reduce((acc, r) => acc + r.total_cost, 0);
    return {
      centerId,
      pools: mine.length,
      participations: mine.reduce((acc, r) => acc + Number(r.members), 0),
      costAlone,
      cost,
      savings: costAlone - cost,
      savingsShare: costAlone > 0 ? (costAlone - cost) / costAlone : null,
    };
  });
}

import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { PoolStatus } from './pools.constants.ts';
import { POOL_MESSAGES as m } from './pools.messages.ts';
import type { StoredTier } from './pools.table.ts';

/**
 * Allowed moves: an open pool closes or is cancelled; a closed one is bought or cancelled (the supplier
 * fell through); a bought one is split. Nothing goes back: a purchase happened, and a reopened pool would
 * change pledges the board already acted on.
 */
const MOVES: Record<PoolStatus, readonly PoolStatus[]> = {
  open: ['closed', 'cancelled'],
  closed: ['purchased', 'cancelled'],
  purchased: ['split'],
  split: [],
  cancelled: [],
};

/** True when a pool may move from `from` to `to`. */
export function canMovePool(from: PoolStatus, to: PoolStatus): boolean {
  return MOVES[from].includes(to);
}

/** Problems with the tiers: minimum totals strictly increasing, prices never rising. */
export function tierProblems(tiers: readonly StoredTier[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (!previous) return;
    if (tier.minTotal <= previous.minTotal) {
      const params = { n: i + 1, value: tier.minTotal, previous: previous.minTotal };
      problems.push({ path: `tiers.${i}.minTotal`, message: tr(m.tierOrder, params) });
    } else if (tier.unitPrice > previous.unitPrice) {
      const params = { n: i + 1, value: tier.unitPrice, previous: previous.unitPrice };
      problems.push({ path: `tiers.${i}.unitPrice`, message: tr(m.tierPrice, params) });
    }
  });
  return problems;
}

/** The index of the tier the pooled `total` reaches (the highest with minTotal ≤ total), or null below all. */
export function currentTierIndex(tiers: readonly StoredTier[], total: number): number | null {
  let index: number | null = null;
  tiers.forEach((tier, i) => {
    if (tier.minTotal <= total) index = i;
  });
  return index;
}

/**
 * The unit price the pool pays at `total`: the reached tier's, or the first tier's while the total is below
 * every tier (the supplier's entry price, which the pool must reach anyway to buy).
 */
export function unitPriceAt(tiers: readonly StoredTier[], total: number): number {
  const index = currentTierIndex(tiers, total);
  return (tiers[index ?? 0] as StoredTier).unitPrice;
}

/**
 * What one member pays per unit buying alone: the price the board states (a shop's retail price), or
 * else the first tier's price — the smallest order the supplier quotes, so savings are never overstated.
 */
export function singleBuyerPrice(tiers: readonly StoredTier[], priceAlone: number | null): number {
  return priceAlone ?? (tiers[0] as StoredTier).unitPrice;
}

/** One member's quantity, priced at the pool's unit price and at the single-buyer price. */
export interface MemberShare {
  enterpriseId: string;
  quantity: number;
  cost: number;
  costAlone: number;
  savings: number;
}

/** Each member's share of cost at `unitPrice`, and the saving against buying its quantity alone. */
export function memberShares(
  pledges: readonly { enterpriseId: string; quantity: number }[],
  unitPrice: number,
  alonePrice: number,
): MemberShare[] {
  return pledges.map(({ enterpriseId, quantity }) => {
    const cost = rupiah(quantity * unitPrice);
    const costAlone = rupiah(quantity * alonePrice);
    return { enterpriseId, quantity, cost, costAlone, savings: costAlone - cost };
  });
}

/** Sums of the shares: what the pool pays, what members would have paid alone, the saving. */
export function shareTotals(shares: readonly MemberShare[]): {
  cost: number;
  costAlone: number;
  savings: number;
} {
  const sum = (pick: (s: MemberShare) => number) => shares.reduce((acc, s) => acc + pick(s), 0);
  return { cost: sum((s) => s.cost), costAlone: sum((s) => s.costAlone), savings: sum((s) => s.savings) };
}

/** The refusal of closing below the minimum total, naming both, or none. */
export function closingProblems(total: number, minimum: number, unit: string): ErrorDetail[] {
  if (total >= minimum) return [];
  return [{ path: 'minimumTotal', message: tr(m.belowMinimum, { total, minimum, unit }) }];
}

/**
 * Splits what was bought among the pledges in proportion to the quantities pledged (all of it when the
 * supplier delivered exactly the pledged total), costs at the price paid. Rounding goes to the largest
 * member, so quantities add up to the total bought and costs to the total paid.
 */
export function splitDelivery(
  pledges: readonly { enterpriseId: string; quantity: number }[],
  bought: { totalQuantity: number; totalCost: number },
): { enterpriseId: string; quantity: number; cost: number }[] {
  const pledged = pledges.reduce((acc, p) => acc + p.quantity, 0);
  if (pledged === 0) return [];
  const parts = pledges.map((p) => ({
    enterpriseId: p.enterpriseId,
    quantity: round3((p.quantity * bought.totalQuantity) / pledged),
    cost: rupiah((p.quantity * bought.totalCost) / pledged),
  }));
  const largest = parts.reduce((a, b) => (b.quantity > a.quantity ? b : a));
  largest.quantity = round3(largest.quantity + bought.totalQuantity - sumOf(parts, 'quantity'));
  largest.cost = rupiah(largest.cost + bought.totalCost - sumOf(parts, 'cost'));
  return parts;
}

/** Every unordered pair of participants, each once: the JOINT_PURCHASING ties of a split. */
export function participantPairs(ids: readonly string[]): [string, string][] {
  const unique = [...new Set(ids)].sort();
  return unique.flatMap((a, i) => unique.slice(i + 1).map((b) => [a, b] as [string, string]));
}

const rupiah = (value: number) => Math.round(value);
const round3 = (value: number) => Math.round(value * 1000) / 1000;
const sumOf = <K extends string>(rows: readonly Record<K, number>[], key: K) =>
  rows.reduce((acc, row) => acc + row[key], 0);

import type { Db } from '../db/database.ts';
import { toIso } from '../shared/dates.ts';
import { todayWib } from '../shared/periods.ts';
import { currentMemberRows } from './pool-parties.repo.ts';
import { activePledgeRows, deliveryRows, findPurchaseRow, type PoolRow, poolTieIds } from './pools.repo.ts';
import { currentTierIndex, memberShares, shareTotals, singleBuyerPrice, unitPriceAt } from './pools.rules.ts';
import type { Pool, PoolSummary } from './pools.schema.ts';
import type { StoredTier } from './pools.table.ts';

type PledgeRow = Awaited<ReturnType<typeof activePledgeRows>>[number];

/** Pools as listed: pledged total, member count and the unit price at that total. */
export async function toSummaries(db: Db, rows: readonly PoolRow[]): Promise<PoolSummary[]> {
  const pledges = await activePledgeRows(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    summaryOf(
      row,
      pledges.filter((p) => p.pool_id === row.id),
    ),
  );
}

function summaryOf(row: PoolRow, pledges: readonly PledgeRow[]): PoolSummary {
  const pledgedTotal = pledges.reduce((acc, p) => acc + p.quantity, 0);
  return {
    id: row.id,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    centerId: row.center_id,
    centerName: row.center_name,
    material: row.material,
    unit: row.unit,
    supplierName: row.supplier_name,
    status: row.status,
    closingDate: row.closing_date,
    minimumTotal: row.minimum_total,
    pledgedTotal,
    members: pledges.length,
    currentUnitPrice: unitPriceAt(row.tiers, pledgedTotal),
  };
}

/**
 * A pool in full. Before the purchase, shares are priced at the tier the pledges reach; after it, at the
 * unit price actually paid — the saving a member really made.
 */
export async function toPool(db: Db, row: PoolRow, pledgeable: readonly string[] | null = []): Promise<Pool> {
  const [pledges, purchase, deliveries, tieIds, pledgeOptions] = await Promise.all([
    activePledgeRows(db, [row.id]),
    findPurchaseRow(db, row.id),
    deliveryRows(db, row.id),
    poolTieIds(db, row.id),
    row.status === 'open' ? currentMemberRows(db, row.institution_id, todayWib(), pledgeable) : [],
  ]);
  const summary = summaryOf(row, pledges);
  const tiers: StoredTier[] = row.tiers;
  const current = currentTierIndex(tiers, summary.pledgedTotal);
  const alone = singleBuyerPrice(tiers, row.price_alone);
  const unitPrice = purchase ? purchase.unit_price : summary.currentUnitPrice;
  const shares = memberShares(
    pledges.map((p) => ({ enterpriseId: p.enterprise_id, quantity: p.quantity })),
    unitPrice,
    alone,
  );
  const next = tiers[(current ?? -1) + 1];
  return {
    ...summary,
    currentUnitPrice: unitPrice,
    tiers: tiers.map((tier, i) => ({
      ...tier,
      reached: current !== null && i <= current,
      current: i === current,
    })),
    priceAlone: row.price_alone,
    singleBuyerPrice: alone,
    notes: row.notes,
    nextTier: next ? { ...next, missing: next.minTotal - summary.pledgedTotal } : null,
    shares: shares.map((share, i) => {
      const pledge = pledges[i] as PledgeRow;
      return { ...share, enterpriseName: pledge.enterprise_name, pledgedAt: toIso(pledge.created_at) };
    }),
    totals: shareTotals(shares),
    purchase: purchase
      ? {
          purchasedOn: purchase.purchased_on,
          totalQuantity: purchase.total_quantity,
          unitPrice: purchase.unit_price,
          totalCost: purchase.total_cost,
          splitOn: purchase.split_on,
        }
      : null,
    deliveries: deliveries.map((d) => ({
      enterpriseId: d.enterprise_id,
      enterpriseName: d.enterprise_name,
      quantity: d.quantity,
      cost: d.cost,
    })),
    tieIds,
    pledgeOptions,
    mayManage: false,
    version: row.version,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

import type { Db } from '../db/database.ts';

/** The purchases of the centres' pools made within the period (bought or already split), with members. */
export function purchasedPoolRows(
  db: Db,
  centerIds: readonly string[],
  period: { from: string; to: string },
) {
  if (centerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('pools as p')
    .innerJoin('pool_purchases as pu', 'pu.pool_id', 'p.id')
    .select(['p.center_id', 'p.tiers', 'p.price_alone', 'pu.total_quantity', 'pu.total_cost'])
    .select((eb) =>
      eb
        .selectFrom('pool_pledges as pp')
        .whereRef('pp.pool_id', '=', 'p.id')
        .where('pp.withdrawn_at', 'is', null)
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('members'),
    )
    .where('p.center_id', 'in', [...centerIds])
    .where('p.status', 'in', ['purchased', 'split'])
    .where('pu.purchased_on', '>=', period.from)
    .where('pu.purchased_on', '<=', period.to)
    .execute();
}

import { describe, expect, it } from 'vitest';
import { buildDemoDataset } from './generate.ts';

describe('demo pools', () => {
  const rowsOf = (seed: number) => buildDemoDataset(seed).batches.map((b) => b.rows);

  it('has two pools, one open and one split whose pairs of members are JOINT_PURCHASING ties', () => {
    const batches = rowsOf(1);
    const pools = batches.flatMap((r) => r.pools);
    expect(pools.map((p) => [p.material, p.status])).toEqual([
      ['Kedelai impor', 'open'],
      ['Besi tua (skrap)', 'split'],
    ]);
    const split = batches.find((r) => r.pools.some((p) => p.status === 'split'));
    if (!split) throw new Error('no split pool');
    const members = split.pool_deliveries.map((d) => d.enterprise_id);
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(split.pool_ties).toHaveLength((members.length * (members.length - 1)) / 2);
    const ties = new Map(split.interactions.map((t) => [t.id, t]));
    for (const link of split.pool_ties) {
      const tie = ties.get(link.interaction_id);
      expect(tie?.type).toBe('JOINT_PURCHASING');
      expect(members).toContain(tie?.from_enterprise_id);
      expect(members).toContain(tie?.to_enterprise_id);
    }
    const [purchase] = split.pool_purchases;
    expect(purchase?.total_quantity).toBe(split.pool_pledges.reduce((acc, p) => acc + Number(p.quantity), 0));
  });

  it('is the same for the same seed', () => {
    const pick = (seed: number) =>
      rowsOf(seed).flatMap((r) => [...r.pools, ...r.pool_pledges, ...r.pool_ties]);
    expect(pick(7)).toEqual(pick(7));
  });
});

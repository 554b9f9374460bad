import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { centerWith, enterpriseIn, tie } from '../../interactions/interactions.test-helpers.ts';
import { loadCenterNetworks } from './network.repo.ts';

const ctx = useTestApp();
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

let centers: string[];

beforeAll(async () => {
  const [a, b, c] = [await enterpriseIn(ctx), await enterpriseIn(ctx), await enterpriseIn(ctx)];
  centers = [await centerWith(ctx, [a, b, c]), await centerWith(ctx, [a])];
  await tie(ctx, a, b, { centerId: centers[0], startDate: '2020-01-01' });
  await tie(ctx, b, c, { centerId: centers[0], startDate: '2021-03-01', type: 'PRICE_UNDERCUTTING' });
});

describe('loading centre networks', () => {
  it('reads only the structure of each tie when asked, in id order; the same nodes and ties otherwise', async () => {
    const full = await loadCenterNetworks(ctx.db, centers, null, undefined);
    const structure = await loadCenterNetworks(ctx.db, centers, null, undefined, { structureOnly: true });
    expect([...structure.keys()]).toEqual([...full.keys()]);
    for (const [id, network] of full) {
      const slim = structure.get(id);
      expect(slim?.nodes).toEqual(network.nodes);
      const ids = slim?.ties.map((t) => t.id) ?? [];
      expect(ids).toEqual([...ids].sort());
      expect(slim?.ties).toEqual(
        [...network.ties].sort(byId).map(({ id, source, target, type, valence, directed }) => ({
          id,
          source,
          target,
          type,
          valence,
          directed,
        })),
      );
    }
    const ties = full.get(centers[0] as string)?.ties ?? [];
    expect(ties.map((t) => t.startDate)).toEqual(['2020-01-01', '2021-03-01']);
    expect(ties.map((t) => t.valence)).toEqual(['collaboration', 'conflict']);
    for (const t of structure.get(centers[0] as string)?.ties ?? []) expect(Object.keys(t)).toHaveLength(6);
  });
});

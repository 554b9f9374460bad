import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { DEFAULT_DEMO_SEED, loadDemo } from '../../demo/demo.ts';
import { loadCenterNetworks } from '../load/network.repo.ts';
import { type CenterNetwork, CompactNetworkSchema } from './network.schema.ts';
import { decodeNetwork, encodeNetwork } from './network-wire.ts';

const ctx = useTestApp();
let networks: CenterNetwork[] = [];

beforeAll(async () => {
  await loadDemo(ctx.db, { seed: DEFAULT_DEMO_SEED });
  const centers = await ctx.db.selectFrom('centers').select('id').execute();
  const loaded = await loadCenterNetworks(
    ctx.db,
    centers.map((c) => c.id),
    null,
    undefined,
    { labels: true },
  );
  networks = [...loaded.values()];
}, 120_000);

describe('compact wire format', () => {
  it('round-trips every demo centre’s network exactly, through JSON as on the wire', () => {
    expect(networks.length).toBeGreaterThan(5);
    const largest = networks.reduce((x, y) => (y.ties.length > x.ties.length ? y : x));
    expect(largest.ties.length).toBeGreaterThan(1000);
    for (const network of networks) {
      const wire = JSON.parse(JSON.stringify(encodeNetwork(network)));
      expect(CompactNetworkSchema.parse(wire)).toEqual(wire);
      expect(decodeNetwork(wire)).toEqual(network);
    }
  });

  it('without the ties’ ids keeps everything else exactly, ties keyed by position, in a third of the bytes', () => {
    for (const network of networks) {
      const wire = JSON.parse(JSON.stringify(encodeNetwork(network, { tieIds: false })));
      expect(wire.ties.id).toBeUndefined();
      expect(CompactNetworkSchema.parse(wire)).toEqual(wire);
      const decoded = decodeNetwork(wire);
      expect(decoded.ties.map((t) => t.id)).toEqual(network.ties.map((_, k) => `tie-${k}`));
      expect(decoded.ties.map(({ id: _, ...rest }) => rest)).toEqual(
        network.ties.map(({ id: _, ...rest }) => rest),
      );
      expect(decoded.nodes).toEqual(network.nodes);
    }
    const largest = networks.reduce((x, y) => (y.ties.length > x.ties.length ? y : x));
    const withIds = JSON.stringify(encodeNetwork(largest)).length;
    const without = JSON.stringify(encodeNetwork(largest, { tieIds: false })).length;
    expect(without).toBeLessThan(withIds - 36 * largest.ties.length);
  });

  it('is much smaller than the full shape and repeats no id per tie', () => {
    const largest = networks.reduce((x, y) => (y.ties.length > x.ties.length ? y : x));
    const full = JSON.stringify(largest).length;
    const compact = JSON.stringify(encodeNetwork(largest)).length;
    console.log(`largest demo network: ${largest.ties.length} ties, ${full} B full, ${compact} B compact`);
    expect(compact).toBeLessThan(full / 2);
  });

  it('passes the full shape through and refuses a tie end that is not a node', () => {
    const network = networks[0] as CenterNetwork;
    expect(decodeNetwork(network)).toBe(network);
    const tie = { ...(networks.find((n) => n.ties.length > 0)?.ties[0] as CenterNetwork['ties'][number]) };
    expect(() => encodeNetwork({ ...network, ties: [{ ...tie, source: crypto.randomUUID() }] })).toThrow(
      /not a node/,
    );
  });
});

import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import type { Db } from '../../db/database.ts';
import { centerWith, enterpriseIn, tie } from '../../interactions/interactions.test-helpers.ts';
import { centerNetworkVersions } from './network.repo.ts';
import { openNetworkVersionsCache, rememberedNetworkVersions } from './versions-cache.ts';

const ctx = useTestApp();

/** Counts the SELECTs compiled through the database it is plugged into. */
function selectCounter(): KyselyPlugin & { selects: number } {
  return {
    selects: 0,
    transformQuery(args: PluginTransformQueryArgs) {
      if (args.node.kind === 'SelectQueryNode') this.selects++;
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs) {
      return args.result;
    },
  };
}

let centers: string[];
let counter: ReturnType<typeof selectCounter>;
let counted: Db;
let cache: { close(): Promise<void> };

beforeAll(async () => {
  const [a, b] = [await enterpriseIn(ctx), await enterpriseIn(ctx)];
  centers = [await centerWith(ctx, [a, b]), await centerWith(ctx, [a]), await centerWith(ctx, [b])];
  await tie(ctx, a, b, { centerId: centers[0], startDate: '2020-01-01' });
  counter = selectCounter();
  counted = ctx.db.withPlugin(counter);
  cache = openNetworkVersionsCache(counted);
});

afterAll(async () => cache.close());

describe('remembered network versions', () => {
  it('reads the versions of centres asked for together in one query, a missing centre as none', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const asked = [...centers, missing, centers[0] as string];
    const before = counter.selects;
    const found = await Promise.all(asked.map((id) => rememberedNetworkVersions(counted, id)));
    expect(counter.selects - before).toBe(1);
    for (const [i, id] of asked.entries()) {
      expect(found[i]).toEqual(await centerNetworkVersions(ctx.db, id));
    }
    expect(found[3]).toBeUndefined();
    expect(found[0]?.version).toBeGreaterThan(0);
  });

  it('fails every request of a read that fails, and remembers nothing of it', async () => {
    const failing = ctx.db.withPlugin({
      transformQuery(args: PluginTransformQueryArgs) {
        if (args.node.kind === 'SelectQueryNode') throw new Error('the database is gone');
        return args.node;
      },
      async transformResult(args: PluginTransformResultArgs) {
        return args.result;
      },
    });
    const opened = openNetworkVersionsCache(failing);
    try {
      const outcomes = await Promise.allSettled(centers.map((id) => rememberedNetworkVersions(failing, id)));
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    } finally {
      await opened.close();
    }
  });
});

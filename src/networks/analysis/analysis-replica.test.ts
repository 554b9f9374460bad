import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CONFIG, useTestApp } from '../../../test/app.ts';
import { loadPseudonymKey } from '../../auth/pseudonym.ts';
import { createKysely, type Db } from '../../db/database.ts';
import { buildApp } from '../../http/app.ts';
import type { SimpulApp } from '../../http/types.ts';
import { BANDUNG, centerWith, enterpriseIn, tie } from '../../interactions/interactions.test-helpers.ts';

// A standby cannot write. The "replica" here is the test database itself through sessions that refuse every
// write (`default_transaction_read_only`): an analysis missing on it must be computed and stored through the
// primary, and one stored must be served from it. (src/http/read-db.test.ts shows, with a second database,
// that the stored analysis is read from the replica.)
const ctx = useTestApp();
let readOnly: Db;
let app: SimpulApp;
let center = '';

beforeAll(async () => {
  const [a, b, c] = [await enterpriseIn(ctx), await enterpriseIn(ctx), await enterpriseIn(ctx)];
  center = await centerWith(ctx, [a, b, c], BANDUNG);
  await tie(ctx, a, b, { centerId: center, startDate: '2020-01-01' });
  await tie(ctx, b, c, { centerId: center, type: 'PRICE_UNDERCUTTING', startDate: '2021-01-01' });
  const url = new URL(ctx.url);
  url.searchParams.set('options', '-c default_transaction_read_only=on');
  readOnly = createKysely(url.toString(), { applicationName: 'simpul-test-replica', poolSize: 2 });
  app = await buildApp(
    { db: ctx.db, dbRead: readOnly, mode: 'external', pseudonymKey: await loadPseudonymKey(ctx.db) },
    { ...TEST_CONFIG, replicaReadAfterWriteSeconds: 30 },
  );
});
afterAll(async () => {
  await app?.close();
  await readOnly?.destroy();
});

const stored = () =>
  ctx.db.selectFrom('center_analyses').where('center_id', '=', center).select('network_version').execute();

describe("a centre's analysis with a replica", () => {
  it('is computed and stored through the primary when the replica has no current result', async () => {
    const { rows } = await sql<{
      ro: string;
    }>`SELECT current_setting('default_transaction_read_only') AS ro`.execute(readOnly);
    expect(rows[0]?.ro).toBe('on');
    expect(await stored()).toEqual([]);
    const response = await app.inject({
      url: `/api/centers/${center}/analysis`,
      headers: await ctx.as('admin'),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ indicators: { firms: number } }>().indicators.firms).toBe(3);
    expect(await stored()).toHaveLength(1);
  });

  it('is then the stored result, the same as the primary answers', async () => {
    const headers = await ctx.as('admin');
    const fromReplica = await app.inject({ url: `/api/centers/${center}/analysis`, headers });
    const fromPrimary = await ctx.app.inject({ url: `/api/centers/${center}/analysis`, headers });
    expect(fromReplica.statusCode).toBe(200);
    expect(fromReplica.json()).toEqual(fromPrimary.json());
    expect(await stored()).toHaveLength(1);
  });
});

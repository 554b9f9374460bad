import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { verifyLedger } from '../design-ledger/ledger-verify.service.ts';
import { similarDesigns } from '../design-ledger/similar.service.ts';
import { loadDemo } from './demo.ts';

const ctx = useTestApp();

beforeAll(async () => {
  await loadDemo(ctx.db, { seed: 3 });
});

describe('demo design ledger', () => {
  it('records Trusmi and Jepara designs on an intact chain, and adds nothing when loaded again', async () => {
    const records = await ctx.db
      .selectFrom('design_records as r')
      .innerJoin('centers as c', 'c.id', 'r.center_id')
      .select(['r.id', 'r.title', 'r.enterprise_id', 'c.external_id'])
      .orderBy('r.seq')
      .execute();
    expect(records.map((r) => r.external_id).sort()).toEqual([
      'DEMO-JEPARA',
      'DEMO-JEPARA',
      'DEMO-TRUSMI',
      'DEMO-TRUSMI',
      'DEMO-TRUSMI',
    ]);
    expect(await verifyLedger(ctx.db)).toMatchObject({ intact: true, checked: 5 });
    expect(await loadDemo(ctx.db, { seed: 3 })).toMatch(/tidak ada yang berubah|nothing changed/);
    expect(await ctx.db.selectFrom('design_records').select('id').execute()).toHaveLength(5);
  });

  it('holds two near-duplicate motifs of different firms that the similar-design lookup pairs', async () => {
    const rows = await ctx.db
      .selectFrom('design_records')
      .select(['id', 'title', 'enterprise_id'])
      .where('title', 'like', 'Mega Mendung%')
      .orderBy('seq')
      .execute();
    const [original, copy] = rows;
    if (!original || !copy) throw new Error('the demo has no near-duplicate pair');
    expect(original.enterprise_id).not.toBe(copy.enterprise_id);
    const similar = await similarDesigns(ctx.db, copy.id, { within: 'center', maxDistance: 6 });
    expect(similar.matches.map((m) => m.recordId)).toEqual([original.id]);
    expect(similar.matches[0]?.distance).toBeLessThanOrEqual(6);
    // The unrelated motifs are far apart: nothing else is flagged, not even nationally.
    const national = await similarDesigns(ctx.db, copy.id, { within: 'national', maxDistance: 6 });
    expect(national.matches.map((m) => m.recordId)).toEqual([original.id]);
  });
});

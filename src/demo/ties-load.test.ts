import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { AppError } from '../shared/errors.ts';
import { loadDemo } from './demo.ts';
import { buildDemoDataset } from './generate.ts';

const ctx = useTestApp();
let summary = '';

beforeAll(async () => {
  summary = await loadDemo(ctx.db, { seed: 5 });
});

const allTies = () => ctx.db.selectFrom('interactions').selectAll().orderBy('id').execute();

describe('loading demo ties', () => {
  it('stores every generated tie and counts them in the summary', async () => {
    const planned = buildDemoDataset(5).batches.reduce((sum, b) => sum + b.rows.interactions.length, 0);
    const stored = await allTies();
    expect(stored).toHaveLength(planned);
    expect(summary).toContain(`${planned.toLocaleString('id-ID')} ikatan`);
  });

  it('links only firms that are both members of the tie centre when it starts', async () => {
    const { rows } = await sql<{ id: string }>`
      SELECT i.id FROM interactions i
      WHERE NOT EXISTS (
          SELECT 1 FROM center_memberships m WHERE m.center_id = i.center_id
            AND m.enterprise_id = i.from_enterprise_id AND m.valid_from <= i.start_date
            AND (m.valid_to IS NULL OR m.valid_to > i.start_date))
         OR NOT EXISTS (
          SELECT 1 FROM center_memberships m WHERE m.center_id = i.center_id
            AND m.enterprise_id = i.to_enterprise_id AND m.valid_from <= i.start_date
            AND (m.valid_to IS NULL OR m.valid_to > i.start_date))`.execute(ctx.db);
    expect(rows).toEqual([]);
  });

  it('changes no tie when the same seed is loaded again', async () => {
    const before = await allTies();
    expect(await loadDemo(ctx.db, { seed: 5 })).toContain('tidak ada yang berubah');
    expect(await allTies()).toEqual(before);
  });

  it('refuses to load over a demo tie that now links other firms', async () => {
    const tie = await ctx.db
      .selectFrom('interactions')
      .select(['id', 'from_enterprise_id', 'to_enterprise_id'])
      .where('type', '=', 'TOLL_MANUFACTURING')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const other = await ctx.db
      .selectFrom('enterprises')
      .select('id')
      .where('id', 'not in', [tie.from_enterprise_id, tie.to_enterprise_id ?? tie.from_enterprise_id])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await ctx.db
      .updateTable('interactions')
      .set({ to_enterprise_id: other.id })
      .where('id', '=', tie.id)
      .execute();
    const error = await loadDemo(ctx.db, { seed: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual([expect.objectContaining({ path: 'interactions.id' })]);

    await loadDemo(ctx.db, { seed: 5, reset: true });
    const restored = await ctx.db
      .selectFrom('interactions')
      .select('to_enterprise_id')
      .where('id', '=', tie.id)
      .executeTakeFirstOrThrow();
    expect(restored.to_enterprise_id).toBe(tie.to_enterprise_id);
  });
});

import type { Db } from '../db/database.ts';
import type { DemoDataset } from './dataset.ts';
import { demoId } from './ids.ts';

/**
 * One saved what-if scenario (issue 20, point 5) on the first demo centre with an ongoing conflict between
 * two of its firms: "mediate that conflict". Only the edits are stored; opening it simulates them again.
 * Written with a fixed id and ON CONFLICT DO NOTHING, so loading the same seed again changes nothing.
 */
export async function addDemoScenario(db: Db, dataset: DemoDataset): Promise<number> {
  for (const batch of dataset.batches) {
    if (batch.centerId === null) continue;
    const conflict = batch.rows.interactions.find(
      (t) =>
        t.valence === 'conflict' &&
        t.to_enterprise_id &&
        t.end_date === null &&
        t.center_id === batch.centerId,
    );
    if (!conflict?.to_enterprise_id) continue;
    const inserted = await db
      .insertInto('what_if_scenarios')
      .values({
        id: demoId(dataset.seed, `scenario/${batch.centerId}`),
        center_id: batch.centerId,
        name: 'Mediasi konflik harga / Mediate the price conflict',
        edits: JSON.stringify([
          { action: 'resolveConflict', a: conflict.from_enterprise_id, b: conflict.to_enterprise_id },
        ]),
        created_by: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0);
  }
  return 0;
}

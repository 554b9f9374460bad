import type { Db } from '../../db/database.ts';
import { insertProject } from '../research.test-helpers.ts';

/**
 * A project studying `centers` new centres of `firms` member firms each (written straight to the database,
 * members since 2020), for the survey tests that need firms but no API. Answers the ids.
 */
export async function insertSurveyWorld(
  db: Db,
  centers = 2,
  firms = 10,
): Promise<{ projectId: string; centerIds: string[]; firmIds: string[] }> {
  const centerIds: string[] = [];
  const firmIds: string[] = [];
  for (let c = 0; c < centers; c += 1) {
    const center = await db
      .insertInto('centers')
      .values({
        name: `Sentra survei ${c + 1}`,
        main_product: 'Sepatu',
        commodity_group: 'clothing',
        kbli: JSON.stringify([]),
        origin: 'organic',
        status: 'recorded',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    centerIds.push(center.id);
    for (let f = 0; f < firms; f += 1) {
      const firm = await db
        .insertInto('enterprises')
        .values({ name: `IKM survei ${c + 1}-${f + 1}`, external_id: `SRV-${c + 1}-${f + 1}` })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('center_memberships')
        .values({ center_id: center.id, enterprise_id: firm.id, valid_from: '2020-01-01' })
        .execute();
      firmIds.push(firm.id);
    }
  }
  return { projectId: await insertProject(db, centerIds), centerIds, firmIds };
}

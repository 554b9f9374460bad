import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput } from '../../test/factories.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';
import { InterventionCreateSchema } from '../interventions/interventions.schema.ts';
import { createIntervention } from '../interventions/interventions.service.ts';
import { buildInterventionInput } from '../interventions/interventions.test-helpers.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
let centerId = '';
let interventionId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const center = await createCenter(database.db, CenterCreateSchema.parse(buildCenterInput()));
  centerId = center.id;
  const created = await createIntervention(
    database.db,
    centerId,
    InterventionCreateSchema.parse(buildInterventionInput({ title: 'Pelatihan CLI' })),
  );
  interventionId = created.id;
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul interventions', () => {
  it("lists a centre's interventions and prints one's before/after with the caveats", async () => {
    const list = await simpul('interventions', 'list', centerId, '--lang', 'en');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain(
      `${interventionId}\tTraining\tPelatihan CLI\t2021-03-01–2021-10-31\tRp 150.000.000`,
    );
    expect(list.stderr).toContain('1 interventions');
    const effect = await simpul('interventions', 'effect', interventionId, '--lang', 'en');
    expect(effect.code, effect.stderr).toBe(0);
    expect(effect.stdout).toContain('indicator\t2020\t2022\tchange');
    expect(effect.stdout).toContain('Only 0 comparison centre(s)');
    expect(effect.stdout).toContain('Parallel trends');
    const json = JSON.parse((await simpul('interventions', 'effect', interventionId, '--json')).stdout);
    expect(json).toMatchObject({ interventionId, beforeYear: 2020, afterYear: 2022, didShown: false });
  }, 60_000);
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput } from '../../test/factories.ts';
import { createUser } from '../auth/users.service.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';
import { InterventionCreateSchema } from '../interventions/interventions.schema.ts';
import { createIntervention } from '../interventions/interventions.service.ts';
import { buildInterventionInput } from '../interventions/interventions.test-helpers.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
let centerId = '';
let interventionId = '';
const firmIds: string[] = [];
let outsiderId = '';

/** A firm, a member of the test centre from 2015 when `member`. */
async function firm(name: string, member: boolean): Promise<string> {
  const { id } = await database.db
    .insertInto('enterprises')
    .values({ name })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (member) {
    await database.db
      .insertInto('center_memberships')
      .values({ center_id: centerId, enterprise_id: id, valid_from: '2015-01-01' } as never)
      .execute();
  }
  return id;
}

const officer = (email: string, regions: string[]) =>
  createUser(database.db, {
    email,
    displayName: email,
    role: 'regional_officer',
    scopes: { regions, centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });

const interventionCount = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM interventions`.execute(database.db)).rows[0]?.n);

beforeAll(async () => {
  database = await createTestDatabase();
  const center = await createCenter(
    database.db,
    CenterCreateSchema.parse(buildCenterInput({ regionCodes: ['32.73.17.1003'] })),
  );
  centerId = center.id;
  firmIds.push(await firm('CV Sepatu Satu', true), await firm('CV Sepatu Dua', true));
  outsiderId = await firm('CV Luar Sentra', false);
  await officer('petugas@bandung.example', ['32.73']);
  await officer('petugas@jepara.example', ['33.20']);
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

describe('simpul interventions add|edit|delete', () => {
  const add = (...extra: string[]) =>
    simpul(
      'interventions',
      'add',
      centerId,
      '--as',
      'petugas@bandung.example',
      '--type',
      'machine_grant',
      '--title',
      'Hibah mesin jahit',
      '--start',
      '2022-02-01',
      '--funder',
      'apbn',
      '--lang',
      'en',
      ...extra,
    );

  it('refuses bad input naming the option, and writes nothing', async () => {
    const before = await interventionCount();
    const outside = await add('--end', '2022-01-01', '--firm', outsiderId, '--cost', 'banyak');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('--cost');
    const refused = await add('--end', '2022-01-01', '--firm', outsiderId);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      '--end: End date (2022-01-01) cannot be before the start date (2022-02-01).',
    );
    expect(refused.stderr).toContain('--firm: Beneficiary enterprise "CV Luar Sentra" was not a member');
    const kind = await add('--type', 'gift');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--type');
    const elsewhere = await simpul(
      'interventions',
      'add',
      centerId,
      '--as',
      'petugas@jepara.example',
      '--type',
      'training',
      '--title',
      'Bukan wilayahnya',
      '--start',
      '2022-02-01',
      '--funder',
      'apbd',
    );
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('Data ini di luar wilayah atau sentra tugas Anda.');
    expect(await interventionCount()).toBe(before);
  }, 60_000);

  it('records with two firms, changes the cost, and deletes only with --yes', async () => {
    const added = await add(
      '--cost',
      '250000000',
      '--firm',
      firmIds[0] ?? '',
      '--firm',
      firmIds[1] ?? '',
      '--json',
    );
    expect(added.code, added.stderr).toBe(0);
    const saved = JSON.parse(added.stdout);
    expect(saved.beneficiaryEnterprises.map((b: { name: string }) => b.name).sort()).toEqual([
      'CV Sepatu Dua',
      'CV Sepatu Satu',
    ]);
    expect(saved.costIdr).toBe(250_000_000);
    expect(added.stderr).toContain(`Intervention recorded: ${saved.id}`);

    const as = ['--as', 'petugas@bandung.example', '--lang', 'en'];
    const edited = await simpul('interventions', 'edit', saved.id, ...as, '--cost', '300000000');
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toContain('Hibah mesin jahit\t2022-02-01\tRp 300.000.000');
    expect(edited.stderr).toContain('version 1 → 2');
    const stale = await simpul(
      'interventions',
      'edit',
      saved.id,
      ...as,
      '--expect-version',
      '1',
      '--cost',
      '1',
    );
    expect(stale.code).toBe(2);
    const list = JSON.parse((await simpul('interventions', 'list', centerId, '--json')).stdout);
    const now = list.find((i: { id: string }) => i.id === saved.id);
    expect(now).toMatchObject({ costIdr: 300_000_000, version: 2 });
    expect(now.beneficiaryEnterprises).toHaveLength(2);

    const unconfirmed = await simpul('interventions', 'delete', saved.id, ...as);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('--yes');
    expect(await interventionCount()).toBeGreaterThan(1);
    const before = await interventionCount();
    const deleted = await simpul('interventions', 'delete', saved.id, ...as, '--yes');
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stderr).toContain('Intervention deleted: Hibah mesin jahit');
    expect(await interventionCount()).toBe(before - 1);
  }, 60_000);

  it('explains add, edit and delete in both languages', async () => {
    const en = await simpul('interventions', '--help', '--lang', 'en');
    expect(en.stdout).toContain("record a centre's intervention");
    expect(en.stdout).toContain('delete an intervention recorded in error');
    const id = await simpul('interventions', 'edit', '--help', '--lang', 'id');
    expect(id.stdout).toContain('ubah intervensi');
    expect(id.stdout).toContain('--expect-version');
  }, 60_000);
});
